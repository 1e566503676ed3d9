import { useFormatter, useNow, useTimeZone, useTranslations } from "next-intl";

import { dateOnly, daysUntil } from "./list-options";

const DAY_MS = 86_400_000;

/** Shows a YYYY-MM-DD date (registration, renewal) as that very day, in any time zone. */
export function useFormatDay() {
  const format = useFormatter();
  return (day: string) => format.dateTime(dateOnly(day), "date", { timeZone: "UTC" });
}

/** The days left until a date or a moment: the count, and "in 12 days", "tomorrow", "3 days ago". */
export function useDaysLeft() {
  const t = useTranslations("domains.days");
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  const now = useNow();
  return (when: string | Date) => {
    const days = daysUntil(when, timeZone, now);
    const label =
      days === 0
        ? t("today")
        : days === 1
          ? t("tomorrow")
          : days === -1
            ? t("yesterday")
            : format.relativeTime(now.getTime() + days * DAY_MS, { now, unit: "day" });
    return { days, label };
  };
}

import type { createFormatter } from "next-intl";

type DateFormat = Pick<ReturnType<typeof createFormatter>, "dateTime">;

const HOUR = 3_600_000;

/**
 * How a time axis over `dates` labels itself, in the request's language and time zone: dates
 * when the points span days; times of day when they fall within about a day and a half (with
 * seconds when within an hour, or points minutes apart would all read the same), the day then
 * said once in the axis title (`day`).
 */
export function timeAxis(dates: Date[], format: DateFormat) {
  const times = dates.map((date) => date.getTime());
  const span = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
  const formatPrecisely = (date: Date) => format.dateTime(date, "dateTime");
  if (times.length === 0 || span >= 36 * HOUR) {
    return {
      format: (date: Date) => format.dateTime(date, "monthDay"),
      unit: "date" as const,
      day: null,
      formatPrecisely,
    };
  }
  const precise = span < HOUR;
  return {
    format: (date: Date) =>
      format.dateTime(date, {
        hour: "2-digit",
        minute: "2-digit",
        second: precise ? "2-digit" : undefined,
      }),
    unit: "time" as const,
    day: format.dateTime(new Date(Math.max(...times)), "monthDay"),
    formatPrecisely,
  };
}

import type { Formats } from "next-intl";

/**
 * Named formats for `useFormatter()` / `getFormatter()`: `format.dateTime(date, "date")`. The
 * time zone is the request's (the organization's, see request.ts); "dateTimeZone" names it,
 * for the times that matter (SLA due times, expiry dates).
 */
export const formats = {
  dateTime: {
    date: { dateStyle: "medium" },
    dateTime: { dateStyle: "medium", timeStyle: "short" },
    // Intl refuses timeZoneName next to dateStyle/timeStyle: the same fields, spelled out.
    dateTimeZone: {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    },
    time: { timeStyle: "short" },
    monthDay: { month: "short", day: "numeric" },
    month: { month: "short", year: "numeric" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 0 },
  },
} satisfies Formats;

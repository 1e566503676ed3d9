const shortDate = new Intl.DateTimeFormat("en", { month: "short", day: "numeric" });
const shortTime = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit" });
const preciseTime = new Intl.DateTimeFormat("en", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const fullDate = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

const HOUR = 3_600_000;

/**
 * How a time axis over `dates` labels itself: dates when the points span days; times of day
 * when they fall within about a day and a half (with seconds when within an hour, or points
 * minutes apart would all read the same), the day then said once in the axis title.
 */
export function timeAxis(dates: Date[]) {
  const times = dates.map((date) => date.getTime());
  const span = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
  const formatPrecisely = (date: Date) => fullDate.format(date);
  if (times.length === 0 || span >= 36 * HOUR) {
    return { format: (date: Date) => shortDate.format(date), label: "Date", formatPrecisely };
  }
  const time = span < HOUR ? preciseTime : shortTime;
  const day = shortDate.format(Math.max(...times));
  return { format: (date: Date) => time.format(date), label: `Time, ${day}`, formatPrecisely };
}

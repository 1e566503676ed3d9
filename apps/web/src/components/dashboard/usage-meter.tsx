import { Progress } from "~/components/ui/progress";
import { cn } from "~/lib/utils";

/**
 * How much of a plan allowance is used: "12 of 15 tickets this month", with a bar that turns to
 * the warning colour at the limit. Without a limit, only the count is shown.
 */
export function UsageMeter({
  id,
  label,
  used,
  limit,
  format = String,
  unit = "",
  note,
  className,
}: {
  /** Unique on the page: the bar is labelled by it. */
  id: string;
  label: string;
  used: number;
  limit: number | null;
  format?: (value: number) => string;
  /** After the numbers: "tickets this month", "used". */
  unit?: string;
  note?: string;
  className?: string;
}) {
  const full = limit !== null && used >= limit;
  const text =
    limit === null
      ? `${format(used)}${unit ? ` ${unit}` : ""}, no limit on your plan`
      : `${format(used)} of ${format(limit)}${unit ? ` ${unit}` : ""}`;
  return (
    <div className={cn("grid gap-2", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="text-sm font-medium">{label}</p>
        <p className="text-sm text-muted-foreground" id={`${id}-value`}>
          {text}
        </p>
      </div>
      {limit !== null ? (
        <Progress
          value={limit === 0 ? 100 : Math.min(100, (used / limit) * 100)}
          aria-label={`${label}: ${text}`}
          indicatorClassName={full ? "bg-warning" : undefined}
        />
      ) : null}
      {note ? <p className="text-xs text-muted-foreground">{note}</p> : null}
    </div>
  );
}

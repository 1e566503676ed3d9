import { useTranslations } from "next-intl";

import { Progress } from "~/components/ui/progress";
import { cn } from "~/lib/utils";

/**
 * How much of a plan allowance is used: "12 of 15 this month", with a bar that turns to the
 * warning colour from `warnAt` (a share of the limit) on. Without a limit, only the count shows.
 */
export function UsageMeter({
  id,
  label,
  used,
  limit,
  format = String,
  unit = "",
  text,
  note,
  warnAt = 1,
  className,
}: {
  /** Unique on the page: the value's element is `${id}-value`. */
  id: string;
  /** What is measured ("Storage"); without it the value itself leads. */
  label?: string;
  used: number;
  limit: number | null;
  format?: (value: number) => string;
  /** After the numbers, in the person's language: "this month", "used". */
  unit?: string;
  /** Replaces the computed "12 of 15 …" wording. */
  text?: string;
  note?: string;
  warnAt?: number;
  className?: string;
}) {
  const t = useTranslations("dashboard.usageMeter");
  const value = text ?? meterText(t, format(used), limit === null ? null : format(limit), unit);
  const share = limit === null ? 0 : limit === 0 ? 1 : used / limit;
  return (
    <div className={cn("grid gap-2", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        {label ? <p className="text-sm font-medium">{label}</p> : null}
        <p id={`${id}-value`} className={label ? "text-sm text-muted-foreground" : "font-medium"}>
          {value}
        </p>
        {note && !label ? <p className="text-sm text-muted-foreground">{note}</p> : null}
      </div>
      {limit !== null ? (
        <Progress
          value={Math.min(100, share * 100)}
          aria-label={label ? `${label}: ${value}` : value}
          indicatorClassName={share >= warnAt ? "bg-warning" : undefined}
        />
      ) : null}
      {note && label ? <p className="text-xs text-muted-foreground">{note}</p> : null}
    </div>
  );
}

/** "12 of 15 this month", or "3 GB used, no limit on your plan". */
function meterText(
  t: ReturnType<typeof useTranslations<"dashboard.usageMeter">>,
  used: string,
  limit: string | null,
  unit: string,
) {
  if (limit === null) return unit ? t("unlimitedUnit", { used, unit }) : t("unlimited", { used });
  return unit ? t("ofUnit", { used, limit, unit }) : t("of", { used, limit });
}

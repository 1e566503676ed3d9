import { useFormatter, useTranslations } from "next-intl";

import { Progress } from "~/components/ui/progress";
import { cn } from "~/lib/utils";

/** The completion bar, named for screen readers and with the number shown beside it. */
export function ProjectProgress({
  percent,
  name,
  className,
}: {
  percent: number;
  name: string;
  className?: string;
}) {
  const t = useTranslations("projects.progress");
  const share = useFormatter().number(percent / 100, "percent");
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <Progress
        value={percent}
        aria-label={t("label", { name, percent: share })}
        className="flex-1"
      />
      <span className="w-10 text-right text-sm tabular-nums text-muted-foreground">{share}</span>
    </div>
  );
}

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
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <Progress value={percent} aria-label={`${name}: ${percent}% complete`} className="flex-1" />
      <span className="w-10 text-right text-sm tabular-nums text-muted-foreground">{percent}%</span>
    </div>
  );
}

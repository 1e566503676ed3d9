import { useTranslations } from "next-intl";

import { scoreTone, scoreVerdict } from "~/lib/score";
import { cn } from "~/lib/utils";

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const sizes = {
  lg: { box: "size-32 sm:size-36", number: "text-4xl sm:text-5xl", stroke: 7 },
  md: { box: "size-20", number: "text-2xl", stroke: 8 },
  sm: { box: "size-14", number: "text-lg", stroke: 9 },
} as const;

/**
 * A 0–100 score as a ring in Lighthouse's colour bands. The ring and the number are one image
 * with a spoken label, so the band is never told by colour alone. The label follows the findings
 * too: with `serious` (critical or high-impact) problems open, a good score "needs attention".
 */
export function ScoreGauge({
  score,
  label,
  serious = 0,
  size = "md",
  className,
}: {
  score: number | null;
  label: string;
  serious?: number;
  size?: keyof typeof sizes;
  className?: string;
}) {
  const t = useTranslations("report.gauge");
  const dims = sizes[size];
  const tone = score === null ? null : scoreTone(score);
  return (
    <div
      role="img"
      aria-label={
        score === null
          ? t("notScored", { label })
          : t("scored", { label, score, verdict: scoreVerdict(score, serious) })
      }
      className={cn("relative", dims.box, className)}
    >
      <svg aria-hidden viewBox="0 0 100 100" className="size-full -rotate-90">
        <circle
          cx="50"
          cy="50"
          r={RADIUS}
          className="fill-none stroke-muted"
          strokeWidth={dims.stroke}
        />
        {tone && score !== null ? (
          <>
            <circle
              cx="50"
              cy="50"
              r={RADIUS - dims.stroke / 2}
              className={cn(tone.text, "fill-current opacity-10")}
            />
            <circle
              cx="50"
              cy="50"
              r={RADIUS}
              className={cn("fill-none", tone.stroke)}
              strokeWidth={dims.stroke}
              strokeLinecap="round"
              strokeDasharray={CIRCUMFERENCE}
              strokeDashoffset={CIRCUMFERENCE * (1 - Math.max(score, 1) / 100)}
            />
          </>
        ) : null}
      </svg>
      <span
        aria-hidden
        className={cn(
          "absolute inset-0 grid place-items-center font-semibold tabular-nums",
          dims.number,
          tone?.text ?? "text-muted-foreground",
        )}
      >
        {score ?? "–"}
      </span>
    </div>
  );
}

const legend = [
  { band: "poor", shape: "triangle", tone: "text-destructive" },
  { band: "average", shape: "square", tone: "text-warning" },
  { band: "good", shape: "circle", tone: "text-success" },
] as const;

/** The bands, with a shape each as well as a colour. */
export function ScoreLegend({ className }: { className?: string }) {
  const t = useTranslations("report.legend");
  return (
    <ul className={cn("flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground", className)}>
      {legend.map(({ band, shape, tone }) => (
        <li key={band} className="flex items-center gap-1.5">
          <svg aria-hidden viewBox="0 0 10 10" className={cn("size-2.5 fill-current", tone)}>
            {shape === "triangle" ? (
              <path d="M5 0.5 9.5 9.5H0.5Z" />
            ) : shape === "square" ? (
              <rect x="1" y="1" width="8" height="8" />
            ) : (
              <circle cx="5" cy="5" r="4.5" />
            )}
          </svg>
          <span>{t(band)}</span>
        </li>
      ))}
    </ul>
  );
}

import { CircleAlert, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";

import { scoreTone } from "~/lib/score";
import { cn } from "~/lib/utils";

const categories = [
  { name: "seo", score: 92 },
  { name: "performance", score: 71 },
  { name: "security", score: 84 },
  { name: "accessibility", score: 96 },
  { name: "bestPractices", score: 88 },
] as const;

const fixes = [
  { icon: TriangleAlert, message: "image" },
  { icon: CircleAlert, message: "csp" },
  { icon: CircleAlert, message: "titles" },
] as const;

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function SampleReport() {
  const t = useTranslations("marketing");
  const overall = Math.round(
    categories.reduce((sum, category) => sum + category.score, 0) / categories.length,
  );
  const tone = scoreTone(overall);

  return (
    <figure className="rounded-2xl border bg-card p-5 text-card-foreground shadow-xl shadow-primary/5 sm:p-6">
      <div className="flex items-center gap-5">
        <div className="relative size-24 shrink-0">
          <svg aria-hidden viewBox="0 0 100 100" className="size-full -rotate-90">
            <circle cx="50" cy="50" r={RADIUS} className="fill-none stroke-muted" strokeWidth="8" />
            <circle
              cx="50"
              cy="50"
              r={RADIUS}
              className={cn("fill-none", tone.stroke)}
              strokeWidth="8"
              strokeLinecap="round"
              strokeDasharray={CIRCUMFERENCE}
              strokeDashoffset={CIRCUMFERENCE * (1 - overall / 100)}
            />
          </svg>
          <span className="absolute inset-0 grid place-items-center text-2xl font-semibold tabular-nums">
            {overall}
          </span>
        </div>
        <div className="min-w-0">
          <p className="text-sm text-muted-foreground">{t("sampleReport.overall")}</p>
          <p className="truncate text-lg font-semibold">{t("sampleReport.site")}</p>
          <p className="text-sm text-muted-foreground">
            {t("sampleReport.fixCount", { count: fixes.length })}
          </p>
        </div>
      </div>

      <dl className="mt-6 grid gap-3">
        {categories.map((category) => {
          const categoryTone = scoreTone(category.score);
          return (
            <div
              key={category.name}
              className="grid grid-cols-[7.5rem_1fr] items-center gap-3 text-sm"
            >
              <dt className="text-muted-foreground">{t(`categories.${category.name}`)}</dt>
              <dd className="flex items-center gap-3">
                <span aria-hidden className="h-2 flex-1 overflow-hidden rounded-full bg-muted">
                  <span
                    className={cn("block h-full rounded-full", categoryTone.fill)}
                    style={{ width: `${category.score}%` }}
                  />
                </span>
                <span
                  className={cn("w-7 text-right font-semibold tabular-nums", categoryTone.text)}
                >
                  {category.score}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>

      <div className="mt-6 border-t pt-5">
        <p className="text-sm font-medium">{t("sampleReport.topFixes")}</p>
        <ul className="mt-3 grid gap-3">
          {fixes.map((fix) => (
            <li key={fix.message} className="flex gap-3 text-sm">
              <fix.icon aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
              <span>{t(`sampleReport.fixes.${fix.message}`)}</span>
            </li>
          ))}
        </ul>
      </div>

      <figcaption className="mt-5 text-xs text-muted-foreground">
        {t("sampleReport.caption")}
      </figcaption>
    </figure>
  );
}

import { ExternalLink } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { displayUrl, formatMs } from "~/lib/analysis";

const analyzedAtFormat = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
} as const;

/** The page's h1: which page, when, and how long it took. */
export function ReportHeader({
  url,
  finalUrl,
  analyzedAt,
  durationMs,
  eyebrow,
}: {
  url: string;
  /** Where the address ended up after redirects, when that differs. */
  finalUrl?: string;
  analyzedAt?: Date;
  durationMs?: number | null;
  /** The line above the address; "Site analysis" by default. */
  eyebrow?: string;
}) {
  const t = useTranslations("report.header");
  const format = useFormatter();
  const redirected = finalUrl && finalUrl !== url ? finalUrl : null;
  // The zone is named: a visitor's run is shown in the request's zone, not necessarily theirs.
  // (Spelled out: Intl refuses `timeZoneName` beside the "dateTimeZone" format's `dateStyle`.)
  const date = analyzedAt ? format.dateTime(analyzedAt, analyzedAtFormat) : null;
  return (
    <div className="grid min-w-0 gap-2">
      <p className="text-sm font-semibold text-primary">{eyebrow ?? t("eyebrow")}</p>
      <h1 className="text-3xl font-semibold tracking-tight wrap-anywhere sm:text-4xl">
        {displayUrl(url)}
      </h1>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
        <a
          href={redirected ?? url}
          target="_blank"
          rel="nofollow ugc noopener noreferrer"
          className="inline-flex min-w-0 items-center gap-1 font-medium text-foreground underline-offset-4 hover:underline"
        >
          <span className="break-all">{redirected ?? url}</span>
          <ExternalLink aria-hidden className="size-3.5 shrink-0" />
          <span className="sr-only">{t("newTab")}</span>
        </a>
        {redirected ? <span>{t("redirectedFrom", { url })}</span> : null}
        {date ? (
          <span>
            {durationMs
              ? t("analyzedIn", { date, duration: formatMs(durationMs, format) })
              : t("analyzed", { date })}
          </span>
        ) : null}
      </p>
    </div>
  );
}

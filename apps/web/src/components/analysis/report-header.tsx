import { ExternalLink } from "lucide-react";

import { displayUrl, formatMs } from "~/lib/analysis";
import { formatDateTime } from "~/lib/format";

/** The page's h1: which page, when, and how long it took. */
export function ReportHeader({
  url,
  finalUrl,
  analyzedAt,
  durationMs,
  eyebrow = "Site analysis",
}: {
  url: string;
  /** Where the address ended up after redirects, when that differs. */
  finalUrl?: string;
  analyzedAt?: Date;
  durationMs?: number | null;
  eyebrow?: string;
}) {
  const redirected = finalUrl && finalUrl !== url ? finalUrl : null;
  return (
    <div className="grid min-w-0 gap-2">
      <p className="text-sm font-semibold text-primary">{eyebrow}</p>
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
          <span className="sr-only">(opens in a new tab)</span>
        </a>
        {redirected ? <span>Redirected from {url}</span> : null}
        {analyzedAt ? <span>Analyzed {formatDateTime(analyzedAt)}</span> : null}
        {durationMs ? <span>in {formatMs(durationMs)}</span> : null}
      </p>
    </div>
  );
}

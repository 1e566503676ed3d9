import type { Report } from "@arco/analyzer/report";

import { Badge } from "~/components/ui/badge";
import { formatBytes } from "~/lib/format";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { formatDuration, formatMs } from "~/lib/analysis";
import { plural } from "~/lib/format";
import { cn } from "~/lib/utils";
import { SectionHeading } from "~/components/analysis/report/section-heading";

const cachingPolicy: Record<Report["signals"]["caching"]["policy"], string> = {
  "no-store": "Never stored (no-store)",
  revalidate: "Checked with the server on every visit",
  cacheable: "Cached by browsers",
  unspecified: "No caching headers",
};

const headerStatus = {
  good: { label: "Good", className: "border-success/40 bg-success/10 text-foreground" },
  weak: { label: "Weak", className: "border-warning/40 bg-warning/10 text-foreground" },
  missing: {
    label: "Missing",
    className: "border-destructive/40 bg-destructive/10 text-foreground",
  },
  "not-applicable": { label: "Not applicable", className: "text-muted-foreground" },
} as const;

/** What the response says about delivery: transfer, caching, page weight, security headers, cookies. */
export function NetworkSignals({ report }: { report: Report }) {
  const { network, caching, pageWeight, renderBlocking, securityHeaders, cookies } = report.signals;
  const saved =
    network.transferBytes !== null && network.decodedBytes > 0
      ? Math.round((1 - network.transferBytes / network.decodedBytes) * 100)
      : null;

  const stats: { label: string; value: string; note?: string; tone?: "good" | "bad" }[] = [
    {
      label: "Server response (TTFB)",
      value: network.ttfbMs === null ? "Unknown" : formatMs(network.ttfbMs),
      note: "Time until the first byte of the page arrived.",
      tone: network.ttfbMs === null ? undefined : network.ttfbMs <= 800 ? "good" : "bad",
    },
    {
      label: "Transferred",
      value: network.transferBytes === null ? "Unknown" : formatBytes(network.transferBytes),
      note: `${formatBytes(network.decodedBytes)} once decompressed${saved !== null && saved > 0 ? `: ${saved}% saved` : ""}.`,
    },
    {
      label: "Compression",
      value: network.compressed ? (network.contentEncoding ?? "Yes") : "None",
      note: network.compressed
        ? "The page is sent compressed."
        : "The page is sent uncompressed; gzip or Brotli would make it smaller.",
      tone: network.compressed ? "good" : "bad",
    },
    {
      label: "HTTP version",
      value: network.httpVersion ? `HTTP/${network.httpVersion}` : "Unknown",
      note:
        network.httpVersion === "1.1"
          ? "HTTP/2 or later loads many files at once over one connection."
          : undefined,
      tone:
        network.httpVersion === null ? undefined : network.httpVersion === "1.1" ? "bad" : "good",
    },
    {
      label: "Caching",
      value: cachingPolicy[caching.policy],
      note:
        [
          caching.maxAgeSeconds !== null
            ? `Kept for ${formatDuration(caching.maxAgeSeconds)}.`
            : null,
          caching.etag || caching.lastModified
            ? `Revalidates with ${[caching.etag && "ETag", caching.lastModified && "Last-Modified"].filter(Boolean).join(" and ")}.`
            : null,
        ]
          .filter(Boolean)
          .join(" ") || undefined,
    },
    {
      label: "Redirects",
      value: network.redirects.length === 0 ? "None" : String(network.redirects.length),
      note:
        network.redirects.length > 0
          ? `From ${network.redirects.join(" → ")} to ${report.url}.`
          : undefined,
      tone: network.redirects.length > 1 ? "bad" : undefined,
    },
  ];

  return (
    <section aria-labelledby="signals-title" className="grid gap-4">
      <SectionHeading id="signals-title" title="Network and page">
        How the page was delivered and what it is made of.
      </SectionHeading>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {stats.map((stat) => (
          <div
            key={stat.label}
            className="grid content-start gap-1 rounded-xl border bg-card p-4 shadow-sm"
          >
            <dt className="text-sm text-muted-foreground">{stat.label}</dt>
            <dd
              className={cn(
                "text-xl font-semibold wrap-anywhere",
                stat.tone === "good" && "text-success",
                stat.tone === "bad" && "text-warning",
              )}
            >
              {stat.value}
            </dd>
            {stat.note ? (
              <dd className="text-xs text-muted-foreground wrap-anywhere">{stat.note}</dd>
            ) : null}
          </div>
        ))}
      </dl>

      <div className="grid gap-4 lg:grid-cols-2 lg:items-start">
        <Card className="gap-4">
          <CardHeader>
            <CardTitle>
              <h3>Page weight</h3>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
              <Row label="HTML" value={formatBytes(pageWeight.htmlBytes)} />
              <Row
                label="Elements in the page"
                value={pageWeight.domElements.toLocaleString("en")}
              />
              <Row
                label="Scripts"
                value={`${plural(pageWeight.scripts.external, "file")}, ${pageWeight.scripts.inline} inline`}
              />
              <Row
                label="Stylesheets"
                value={`${plural(pageWeight.stylesheets.external, "file")}, ${pageWeight.stylesheets.inline} inline`}
              />
              <Row label="Images" value={String(pageWeight.images)} />
              <Row label="Frames" value={String(pageWeight.iframes)} />
              <Row label="Render-blocking in the head" value={String(renderBlocking.length)} />
              <Row
                label="Third-party hosts"
                value={
                  pageWeight.thirdPartyHosts.length === 0
                    ? "None"
                    : pageWeight.thirdPartyHosts.join(", ")
                }
              />
            </dl>
          </CardContent>
        </Card>

        <Card className="gap-4">
          <CardHeader>
            <CardTitle>
              <h3>Security headers</h3>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-3 text-sm">
              {securityHeaders.map((header) => (
                <li key={header.header} className="grid gap-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <code className="font-mono text-xs font-medium">{header.header}</code>
                    <Badge variant="outline" className={headerStatus[header.status].className}>
                      {headerStatus[header.status].label}
                    </Badge>
                  </div>
                  <p className="text-muted-foreground">{header.explanation}</p>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>

      {cookies.length > 0 ? (
        <Card className="gap-4">
          <CardHeader>
            <CardTitle>
              <h3>Cookies set by the page</h3>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-2 text-sm">
              {cookies.map((cookie) => (
                <li key={cookie.name} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <code className="font-mono text-xs font-medium">{cookie.name}</code>
                  <span className="text-muted-foreground">
                    {cookie.issues.length === 0 ? "Flags look right." : cookie.issues.join(" ")}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
    </section>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="text-right font-medium tabular-nums break-all">{value}</dd>
    </>
  );
}

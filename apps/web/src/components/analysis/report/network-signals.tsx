import type { Report } from "@arco/analyzer/report";
import { localizeCookieIssue, localizeHeaderExplanation } from "@arco/analyzer/text";
import { useFormatter, useLocale, useTranslations } from "next-intl";

import { SectionHeading } from "~/components/analysis/report/section-heading";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { formatDuration, formatMs } from "~/lib/analysis";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { cn } from "~/lib/utils";

/** Each caching policy's name under `report.signals.caching`. */
const cachingPolicy = {
  "no-store": "noStore",
  revalidate: "revalidate",
  cacheable: "cacheable",
  unspecified: "unspecified",
} as const satisfies Record<Report["signals"]["caching"]["policy"], string>;

const headerStatus = {
  good: { key: "good", className: "border-success/40 bg-success/10 text-foreground" },
  weak: { key: "weak", className: "border-warning/40 bg-warning/10 text-foreground" },
  missing: { key: "missing", className: "border-destructive/40 bg-destructive/10 text-foreground" },
  "not-applicable": { key: "notApplicable", className: "text-muted-foreground" },
} as const;

/** What the response says about delivery: transfer, caching, page weight, security headers, cookies. */
export function NetworkSignals({ report }: { report: Report }) {
  const formatBytes = useFormatBytes();
  const t = useTranslations("report.signals");
  const format = useFormatter();
  const locale = useLocale();
  const { network, caching, pageWeight, renderBlocking, securityHeaders, cookies } = report.signals;
  const saved =
    network.transferBytes !== null && network.decodedBytes > 0
      ? 1 - network.transferBytes / network.decodedBytes
      : null;
  const decoded = formatBytes(network.decodedBytes);
  const keptFor =
    caching.maxAgeSeconds === null ? null : formatDuration(caching.maxAgeSeconds, format);
  const validators = [
    caching.etag ? "ETag" : null,
    caching.lastModified ? "Last-Modified" : null,
  ].filter((v) => v !== null);
  const files = (external: number, inline: number) =>
    t("pageWeight.files", { files: external, inline });

  const stats: {
    key: string;
    label: string;
    value: string;
    note?: string;
    tone?: "good" | "bad";
  }[] = [
    {
      key: "ttfb",
      label: t("ttfb.label"),
      value: network.ttfbMs === null ? t("unknown") : formatMs(network.ttfbMs, format),
      note: t("ttfb.note"),
      tone: network.ttfbMs === null ? undefined : network.ttfbMs <= 800 ? "good" : "bad",
    },
    {
      key: "transferred",
      label: t("transferred.label"),
      value: network.transferBytes === null ? t("unknown") : formatBytes(network.transferBytes),
      note:
        saved !== null && Math.round(saved * 100) > 0
          ? t("transferred.noteSaved", { decoded, saved: format.number(saved, "percent") })
          : t("transferred.note", { decoded }),
    },
    {
      key: "compression",
      label: t("compression.label"),
      value: network.compressed
        ? (network.contentEncoding ?? t("compression.yes"))
        : t("compression.none"),
      note: network.compressed ? t("compression.compressed") : t("compression.uncompressed"),
      tone: network.compressed ? "good" : "bad",
    },
    {
      key: "http",
      label: t("httpVersion.label"),
      value: network.httpVersion ? `HTTP/${network.httpVersion}` : t("unknown"),
      note: network.httpVersion === "1.1" ? t("httpVersion.note") : undefined,
      tone:
        network.httpVersion === null ? undefined : network.httpVersion === "1.1" ? "bad" : "good",
    },
    {
      key: "caching",
      label: t("caching.label"),
      value: t(`caching.${cachingPolicy[caching.policy]}`),
      note:
        [
          caching.maxAgeSeconds === null
            ? null
            : keptFor === null
              ? t("caching.keptForNoTime")
              : t("caching.keptFor", { duration: keptFor }),
          validators.length > 0
            ? t("caching.revalidates", { validators: format.list(validators) })
            : null,
        ]
          .filter(Boolean)
          .join(" ") || undefined,
    },
    {
      key: "redirects",
      label: t("redirects.label"),
      value: network.redirects.length === 0 ? t("none") : format.number(network.redirects.length),
      note:
        network.redirects.length > 0
          ? t("redirects.note", { chain: network.redirects.join(" → "), url: report.url })
          : undefined,
      tone: network.redirects.length > 1 ? "bad" : undefined,
    },
  ];

  return (
    <section aria-labelledby="signals-title" className="grid gap-4">
      <SectionHeading id="signals-title" title={t("title")}>
        {t("intro")}
      </SectionHeading>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {stats.map((stat) => (
          <div
            key={stat.key}
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
              <h3>{t("pageWeight.title")}</h3>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
              <Row label={t("pageWeight.html")} value={formatBytes(pageWeight.htmlBytes)} />
              <Row label={t("pageWeight.elements")} value={format.number(pageWeight.domElements)} />
              <Row
                label={t("pageWeight.scripts")}
                value={files(pageWeight.scripts.external, pageWeight.scripts.inline)}
              />
              <Row
                label={t("pageWeight.stylesheets")}
                value={files(pageWeight.stylesheets.external, pageWeight.stylesheets.inline)}
              />
              <Row label={t("pageWeight.images")} value={format.number(pageWeight.images)} />
              <Row label={t("pageWeight.frames")} value={format.number(pageWeight.iframes)} />
              <Row
                label={t("pageWeight.renderBlocking")}
                value={format.number(renderBlocking.length)}
              />
              <Row
                label={t("pageWeight.thirdParty")}
                value={
                  pageWeight.thirdPartyHosts.length === 0
                    ? t("none")
                    : pageWeight.thirdPartyHosts.join(", ")
                }
              />
            </dl>
          </CardContent>
        </Card>

        <Card className="gap-4">
          <CardHeader>
            <CardTitle>
              <h3>{t("headers.title")}</h3>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-3 text-sm">
              {securityHeaders.map((header) => (
                <li key={header.header} className="grid gap-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <code className="font-mono text-xs font-medium">{header.header}</code>
                    <Badge variant="outline" className={headerStatus[header.status].className}>
                      {t(`headers.${headerStatus[header.status].key}`)}
                    </Badge>
                  </div>
                  <p className="text-muted-foreground">
                    {localizeHeaderExplanation(header.explanation, locale)}
                  </p>
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
              <h3>{t("cookies.title")}</h3>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-2 text-sm">
              {cookies.map((cookie) => (
                <li key={cookie.name} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <code className="font-mono text-xs font-medium">{cookie.name}</code>
                  <span className="text-muted-foreground">
                    {cookie.issues.length === 0
                      ? t("cookies.fine")
                      : cookie.issues.map((issue) => localizeCookieIssue(issue, locale)).join(" ")}
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

"use client";

import {
  ChevronRight,
  CircleAlert,
  CircleCheck,
  CircleMinus,
  Info,
  OctagonAlert,
  TriangleAlert,
} from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { useState } from "react";

import type {
  Category,
  Evidence,
  Finding,
  LighthouseAuditResult,
  Report,
  Severity,
  Verdict,
} from "@arco/analyzer/report";

import { ScoreGauge, ScoreLegend } from "~/components/analysis/score-gauge";
import { Badge } from "~/components/ui/badge";
import { formatBytes } from "~/lib/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import {
  categories,
  categoryLabel,
  formatDuration,
  formatMs,
  severities,
  severityHint,
  severityLabel,
} from "~/lib/analysis";
import { plural } from "~/lib/format";
import { scoreTone } from "~/lib/score";
import { cn } from "~/lib/utils";

/**
 * The whole report of one analysis, as the result page and the shared link show it: scores,
 * the categories, findings by impact with their fixes, the Lighthouse-equivalent audits, the
 * network signals and what could not be evaluated without a browser.
 */
export function AnalysisReport({
  report,
  auditTitles,
}: {
  report: Report;
  /** Titles of the audits that need a browser, keyed by Lighthouse id. */
  auditTitles: Record<string, string>;
}) {
  return (
    <div className="grid gap-8">
      <ScoreSummary report={report} />
      <CategoryBreakdown report={report} />
      <Findings findings={report.findings} />
      <LighthouseAudits
        audits={Object.values(report.lighthouse)}
        explained={new Set(report.findings.map((f) => f.lighthouseAuditId))}
      />
      <NetworkSignals report={report} />
      <NotEvaluated ids={report.notEvaluated} titles={auditTitles} warnings={report.warnings} />
    </div>
  );
}

// Scores -----------------------------------------------------------------------------------------

function ScoreSummary({ report }: { report: Report }) {
  const { overall, categories: scores } = report.scores;
  const estimated = categories.filter((c) => scores[c].estimated);
  return (
    <section aria-labelledby="scores-title">
      <Card className="gap-6">
        <CardHeader>
          <CardTitle>
            <h2 id="scores-title" className="text-lg">
              Scores
            </h2>
          </CardTitle>
          <CardDescription>
            Out of 100, in Lighthouse’s bands. The overall score weighs the five categories.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6 lg:grid-cols-[auto_1fr] lg:items-center lg:gap-10">
          <div className="grid justify-items-center gap-2">
            <ScoreGauge score={overall} label="Overall score" size="lg" />
            <p className="font-medium">Overall</p>
          </div>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5">
            {categories.map((category) => (
              <li key={category} className="grid justify-items-center gap-2 text-center">
                <ScoreGauge score={scores[category].score} label={categoryLabel[category]} />
                <p className="text-sm font-medium">
                  {categoryLabel[category]}
                  {scores[category].estimated ? (
                    <span className="text-muted-foreground">
                      {" "}
                      <abbr title="Estimated" className="no-underline">
                        *
                      </abbr>
                    </span>
                  ) : null}
                  {scores[category].score === null ? (
                    <span aria-hidden className="block text-xs font-normal text-muted-foreground">
                      Not scored
                    </span>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </CardContent>
        <CardContent className="grid gap-3 border-t pt-5">
          <ScoreLegend />
          {estimated.length > 0 ? (
            <p className="text-xs text-muted-foreground">
              * Estimated: {estimated.map((c) => categoryLabel[c]).join(", ")}. Without a browser
              some of Lighthouse’s checks can’t run; see how each score was obtained below.
            </p>
          ) : null}
        </CardContent>
      </Card>
    </section>
  );
}

function CategoryBreakdown({ report }: { report: Report }) {
  return (
    <section aria-labelledby="categories-title" className="grid gap-4">
      <SectionHeading id="categories-title" title="By category">
        How each score was reached and how many problems it found.
      </SectionHeading>
      <ul className="grid gap-3 md:grid-cols-2">
        {categories.map((category) => {
          const score = report.scores.categories[category];
          const found = report.findings.filter(
            (f) => f.category === category && f.severity !== "info",
          );
          const bySeverity = severities
            .map((severity) => ({
              severity,
              count: found.filter((f) => f.severity === severity).length,
            }))
            .filter(({ count }) => count > 0)
            .map(({ severity, count }) => `${count} ${severity}`);
          return (
            <li key={category} className="grid gap-3 rounded-xl border bg-card p-4 shadow-sm">
              <div className="flex items-center gap-3">
                <h3 className="font-semibold">{categoryLabel[category]}</h3>
                {score.estimated ? <Badge variant="outline">Estimate</Badge> : null}
                <span
                  className={cn(
                    "ml-auto text-lg font-semibold tabular-nums",
                    score.score === null ? "text-muted-foreground" : scoreTone(score.score).text,
                  )}
                >
                  {score.score ?? "–"}
                  <span className="sr-only"> out of 100</span>
                </span>
              </div>
              <span aria-hidden className="h-1.5 overflow-hidden rounded-full bg-muted">
                {score.score !== null ? (
                  <span
                    className={cn("block h-full rounded-full", scoreTone(score.score).fill)}
                    style={{ width: `${Math.max(score.score, 2)}%` }}
                  />
                ) : null}
              </span>
              <p className="text-sm">
                {found.length === 0
                  ? "No problems found."
                  : `${plural(found.length, "problem")}: ${bySeverity.join(", ")}.`}
              </p>
              <p className="text-xs text-muted-foreground">{sentence(score.basis)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// Findings ---------------------------------------------------------------------------------------

const severityIcon: Record<Severity, { icon: LucideIcon; tone: string }> = {
  critical: { icon: OctagonAlert, tone: "text-destructive" },
  high: { icon: TriangleAlert, tone: "text-destructive" },
  medium: { icon: TriangleAlert, tone: "text-warning" },
  low: { icon: CircleAlert, tone: "text-muted-foreground" },
  info: { icon: Info, tone: "text-primary" },
};

function Findings({ findings }: { findings: Finding[] }) {
  const [filter, setFilter] = useState<Category | "all">("all");
  const shown = filter === "all" ? findings : findings.filter((f) => f.category === filter);
  const countOf = (category: Category) => findings.filter((f) => f.category === category).length;

  return (
    <section aria-labelledby="findings-title" className="grid gap-4">
      <SectionHeading id="findings-title" title="What to fix">
        {findings.length === 0
          ? "Nothing to fix: every check this analysis could run passed."
          : `${plural(findings.length, "finding")}, most important first. Open one to see why it matters and how to fix it.`}
      </SectionHeading>
      {findings.length > 0 ? (
        <div role="group" aria-label="Show findings for" className="flex flex-wrap gap-2">
          <FilterButton active={filter === "all"} onClick={() => setFilter("all")}>
            All <span className="text-muted-foreground">{findings.length}</span>
          </FilterButton>
          {categories.map((category) =>
            countOf(category) > 0 ? (
              <FilterButton
                key={category}
                active={filter === category}
                onClick={() => setFilter(category)}
              >
                {categoryLabel[category]}{" "}
                <span className="text-muted-foreground">{countOf(category)}</span>
              </FilterButton>
            ) : null,
          )}
        </div>
      ) : null}
      {severities.map((severity) => {
        const group = shown.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const { icon: Icon, tone } = severityIcon[severity];
        return (
          <div key={severity} className="grid gap-2">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h3 className="flex items-center gap-2 font-semibold">
                <Icon aria-hidden className={cn("size-4", tone)} />
                {severityLabel[severity]}
                <span className="font-normal text-muted-foreground">({group.length})</span>
              </h3>
              <p className="text-sm text-muted-foreground">{severityHint[severity]}</p>
            </div>
            <ul className="grid gap-2">
              {group.map((finding) => (
                <li key={finding.id}>
                  <FindingItem finding={finding} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function FilterButton({
  active,
  onClick,
  children,
}: {
  active: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      className={cn(
        "inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        active
          ? "border-primary bg-primary/10 text-foreground"
          : "bg-background hover:bg-accent dark:bg-input/30",
      )}
    >
      {children}
    </button>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const { icon: Icon, tone } = severityIcon[finding.severity];
  const more = finding.count - finding.evidence.length;
  return (
    <details
      className="group rounded-xl border bg-card shadow-sm open:shadow-md"
      open={finding.severity === "critical"}
    >
      <summary className="flex cursor-pointer list-none items-start gap-3 rounded-xl p-4 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
        <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", tone)} />
        <span className="grid min-w-0 flex-1 gap-1">
          <span className="font-medium">{finding.title}</span>
          <span className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
            <Badge variant="secondary">{categoryLabel[finding.category]}</Badge>
            {finding.count > 1 ? <span>{plural(finding.count, "occurrence")}</span> : null}
            <span className="sr-only">, {severityLabel[finding.severity]}</span>
          </span>
        </span>
        <ChevronRight
          aria-hidden
          className="mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90"
        />
      </summary>
      <div className="grid gap-4 border-t px-4 pt-4 pb-5 sm:pl-11">
        <p className="text-sm text-pretty">{finding.explanation}</p>
        <div className="grid gap-1 rounded-lg bg-success/10 px-3 py-2.5 text-sm">
          <p className="font-medium">How to fix it</p>
          <p className="text-pretty">{finding.fix}</p>
        </div>
        {finding.evidence.length > 0 ? (
          <div className="grid gap-2">
            <p className="text-sm font-medium">
              {finding.evidence.length === 1 ? "Where" : `Where (${finding.count})`}
            </p>
            <ul className="grid gap-2">
              {finding.evidence.map((evidence, index) => (
                <li key={index}>
                  <EvidenceBlock evidence={evidence} />
                </li>
              ))}
            </ul>
            {more > 0 ? (
              <p className="text-xs text-muted-foreground">And {plural(more, "more")}.</p>
            ) : null}
          </div>
        ) : null}
        {finding.lighthouseAuditId || finding.learnMoreUrl ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
            {finding.lighthouseAuditId ? (
              <span>
                Lighthouse audit <code className="font-mono">{finding.lighthouseAuditId}</code>
              </span>
            ) : null}
            {finding.learnMoreUrl ? (
              <a
                href={finding.learnMoreUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                Learn more
                <span className="sr-only"> about {finding.title} (opens in a new tab)</span>
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </details>
  );
}

const evidenceKind: Record<Evidence["kind"], string> = {
  element: "Element",
  header: "Header",
  url: "Address",
  text: "Text",
  "robots-txt": "robots.txt",
  cookie: "Cookie",
};

function EvidenceBlock({ evidence }: { evidence: Evidence }) {
  const label = evidence.label?.replace(/\s+/g, " ").trim();
  return (
    <figure className="grid gap-1">
      <figcaption className="text-xs text-muted-foreground">
        {evidenceKind[evidence.kind]}
        {label ? `: ${label}` : null}
      </figcaption>
      <pre className="overflow-x-auto rounded-md border bg-muted/60 px-3 py-2 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all">
        <code>{evidence.value}</code>
      </pre>
    </figure>
  );
}

// Lighthouse audits ------------------------------------------------------------------------------

const verdictGroups: {
  verdict: Verdict;
  title: string;
  icon: LucideIcon;
  tone: string;
  open: boolean;
}[] = [
  { verdict: "fail", title: "Failed", icon: CircleAlert, tone: "text-destructive", open: true },
  { verdict: "pass", title: "Passed", icon: CircleCheck, tone: "text-success", open: false },
  { verdict: "info", title: "For manual review", icon: Info, tone: "text-primary", open: false },
  {
    verdict: "na",
    title: "Not applicable",
    icon: CircleMinus,
    tone: "text-muted-foreground",
    open: false,
  },
];

function LighthouseAudits({
  audits,
  explained,
}: {
  audits: LighthouseAuditResult[];
  /** Audits a finding above already shows with its evidence. */
  explained: Set<string | undefined>;
}) {
  const count = (verdict: Verdict) => audits.filter((a) => a.verdict === verdict).length;
  return (
    <section aria-labelledby="lighthouse-title" className="grid gap-4">
      <SectionHeading id="lighthouse-title" title="Lighthouse audits">
        The checks Lighthouse makes that can be decided from the page’s HTML and headers, with the
        same rules: {count("fail")} failed, {count("pass")} passed, {count("na")} not applicable.
      </SectionHeading>
      <div className="grid gap-2">
        {verdictGroups.map(({ verdict, title, icon: Icon, tone, open }) => {
          const group = audits.filter((a) => a.verdict === verdict);
          if (group.length === 0) return null;
          return (
            <details
              key={verdict}
              open={open}
              className="group rounded-xl border bg-card shadow-sm"
            >
              <summary className="flex cursor-pointer list-none items-center gap-3 rounded-xl px-4 py-3 font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
                <Icon aria-hidden className={cn("size-4", tone)} />
                <span className="flex-1">
                  {title} <span className="text-muted-foreground">({group.length})</span>
                </span>
                <ChevronRight
                  aria-hidden
                  className="size-4 text-muted-foreground transition-transform group-open:rotate-90"
                />
              </summary>
              <ul className="divide-y border-t">
                {group.map((audit) => (
                  <AuditRow key={audit.id} audit={audit} showItems={!explained.has(audit.id)} />
                ))}
              </ul>
            </details>
          );
        })}
      </div>
    </section>
  );
}

function AuditRow({ audit, showItems }: { audit: LighthouseAuditResult; showItems: boolean }) {
  const items = audit.verdict === "fail" && showItems ? audit.items.slice(0, 3) : [];
  return (
    <li className="grid gap-1.5 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{audit.title}</span>
        <code className="font-mono text-xs text-muted-foreground">{audit.id}</code>
        <span className="text-xs text-muted-foreground">
          {audit.engine === "axe" ? "axe-core" : "HTML and HTTP rules"}
        </span>
        {audit.verdict === "fail" && audit.itemCount > 0 ? (
          <Badge variant="outline" className="ml-auto">
            {plural(audit.itemCount, "item")}
          </Badge>
        ) : null}
      </div>
      {audit.explanation ? <p className="text-muted-foreground">{audit.explanation}</p> : null}
      {items.length > 0 ? (
        <ul className="grid gap-1.5">
          {items.map((item, index) => (
            <li key={index}>
              <EvidenceBlock evidence={item} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

// Network and page signals -----------------------------------------------------------------------

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

function NetworkSignals({ report }: { report: Report }) {
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

// Not evaluated ----------------------------------------------------------------------------------

function NotEvaluated({
  ids,
  titles,
  warnings,
}: {
  ids: string[];
  titles: Record<string, string>;
  warnings: string[];
}) {
  if (ids.length === 0 && warnings.length === 0) return null;
  return (
    <section aria-labelledby="not-evaluated-title" className="grid gap-4">
      <SectionHeading id="not-evaluated-title" title="Not evaluated without a browser">
        Arco reads the page the way a search engine does, without running it in a browser. These
        Lighthouse checks need a real browser (layout, colours, JavaScript, permissions), so they
        are listed here rather than guessed.
      </SectionHeading>
      {warnings.length > 0 ? (
        <ul className="grid gap-2">
          {warnings.map((warning) => (
            <li
              key={warning}
              className="flex gap-2 rounded-lg border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
            >
              <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
              {warning}
            </li>
          ))}
        </ul>
      ) : null}
      {ids.length > 0 ? (
        <ul className="grid gap-x-6 gap-y-2 rounded-xl border bg-card p-4 text-sm shadow-sm sm:grid-cols-2">
          {ids.map((id) => (
            <li key={id} className="flex gap-2">
              <CircleMinus aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
              <span>
                {titles[id] ?? id}{" "}
                <code className="font-mono text-xs text-muted-foreground">{id}</code>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

// Shared -----------------------------------------------------------------------------------------

/** Ends a phrase from the analyzer with one full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function SectionHeading({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="grid gap-1">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {children ? <p className="text-muted-foreground text-pretty">{children}</p> : null}
    </div>
  );
}

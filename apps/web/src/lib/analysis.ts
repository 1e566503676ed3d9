import type { Category, Finding, Report, Severity } from "@arco/analyzer/report";
import type { RouterOutputs } from "@arco/api";
import { reportSchema } from "@arco/analyzer/report";
import type { createFormatter } from "next-intl";

export type AnalysisStatus = RouterOutputs["analyses"]["byId"]["status"];

export const isFinished = (status: AnalysisStatus) => status === "done" || status === "failed";

/**
 * How long the result page waits before asking for news again, after `polls` questions: quick
 * at first (most runs finish in a second or two), then less and less often, never more than 5 s
 * apart. After `POLL_GIVE_UP_MS` it stops and offers to check again instead.
 */
export const pollDelay = (polls: number) => Math.min(400 * 1.5 ** polls, 5_000);
export const POLL_GIVE_UP_MS = 5 * 60_000;

export const categories: readonly Category[] = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
  "security",
];

/** Each category's key in the `report.categories` catalog (keys are camelCase). */
export const categoryKey = {
  performance: "performance",
  accessibility: "accessibility",
  "best-practices": "bestPractices",
  seo: "seo",
  security: "security",
} as const satisfies Record<Category, string>;

export const severities: readonly Severity[] = ["critical", "high", "medium", "low", "info"];

/** Severities that make a category need attention, whatever its score. */
export const isSerious = (severity: Severity) => severity === "critical" || severity === "high";

/**
 * A category's problems (its findings other than "worth knowing"), and how many of them are
 * serious: what its counts and wording are computed from, beside its score.
 */
export function categoryProblems(findings: Finding[], category: Category) {
  const problems = findings.filter((f) => f.category === category && f.severity !== "info");
  return { problems, serious: problems.filter((f) => isSerious(f.severity)).length };
}

/**
 * The failure codes (the analyzer's fetch errors plus INTERNAL, our own failure) and their
 * messages under `report.failures`: each says what happened and what to do about it.
 */
const failureKeys = {
  INVALID_URL: "invalidUrl",
  SSRF_BLOCKED: "ssrfBlocked",
  DNS_FAILURE: "dnsFailure",
  TIMEOUT: "timeout",
  STALLED: "stalled",
  TOO_LARGE: "tooLarge",
  TOO_MANY_REDIRECTS: "tooManyRedirects",
  NOT_HTML: "notHtml",
  HTTP_ERROR: "httpError",
  CONNECTION_FAILED: "connectionFailed",
  INVALID_RESPONSE: "invalidResponse",
  INTERNAL: "internal",
} as const;

export type FailureKey = (typeof failureKeys)[keyof typeof failureKeys];

/** Why a run failed, as its key under `report.failures`; unknown codes are our failure. */
export const failureKey = (code: string | null): FailureKey =>
  code !== null && Object.hasOwn(failureKeys, code)
    ? failureKeys[code as keyof typeof failureKeys]
    : "internal";

/**
 * The stored report, checked against the analyzer's schema: a report written by another version
 * is shown as unreadable instead of breaking the page.
 */
export function parseReport(report: unknown): Report | null {
  const parsed = reportSchema.safeParse(report);
  return parsed.success ? parsed.data : null;
}

/** "example.com" for https://example.com/, "example.com/pricing" for deeper pages. */
export function displayUrl(url: string) {
  const parsed = URL.parse(url);
  if (!parsed) return url;
  const path = parsed.pathname === "/" ? "" : parsed.pathname;
  return `${parsed.host}${path}${parsed.search}`;
}

type NumberFormat = Pick<ReturnType<typeof createFormatter>, "number">;

/** "850 ms", "1.5 s" (pt-BR "1,5 s"): a duration as the report shows it. */
export function formatMs(ms: number, format: NumberFormat) {
  if (ms < 1000) return `${format.number(Math.round(ms))} ms`;
  const digits = ms < 10_000 ? 1 : 0;
  const seconds = format.number(ms / 1000, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${seconds} s`;
}

/**
 * When a rate-limited person may try again, for the `{wait}`/`{minutes}` of a message: "later"
 * when unknown, "seconds" within the minute, else "minutes" with the minutes rounded up.
 */
export function retryWait(seconds: number | null) {
  if (seconds === null) return { wait: "later", minutes: 0 } as const;
  if (seconds < 60) return { wait: "seconds", minutes: 0 } as const;
  return { wait: "minutes", minutes: Math.ceil(seconds / 60) } as const;
}

const durationUnits = [
  ["year", 365 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
] as const;

/** "1 year", "2 hours" (pt-BR "2 horas"): a cache lifetime in words; null under a second. */
export function formatDuration(seconds: number, format: NumberFormat) {
  for (const [unit, size] of durationUnits) {
    if (seconds >= size) {
      return format.number(Math.floor(seconds / size), {
        style: "unit",
        unit,
        unitDisplay: "long",
      });
    }
  }
  return null;
}

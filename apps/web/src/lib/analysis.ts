import type { Category, Report, Severity } from "@arco/analyzer/report";
import type { RouterOutputs } from "@arco/api";
import { reportSchema } from "@arco/analyzer/report";

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

export const categoryLabel: Record<Category, string> = {
  performance: "Performance",
  accessibility: "Accessibility",
  "best-practices": "Best practices",
  seo: "SEO",
  security: "Security",
};

export const severities: readonly Severity[] = ["critical", "high", "medium", "low", "info"];

export const severityLabel: Record<Severity, string> = {
  critical: "Critical",
  high: "High impact",
  medium: "Medium impact",
  low: "Low impact",
  info: "Worth knowing",
};

export const severityHint: Record<Severity, string> = {
  critical: "Fix these first: they block visitors, search engines or security.",
  high: "Significant problems most visitors or crawlers run into.",
  medium: "Worth fixing soon; each one costs a little.",
  low: "Small improvements once the rest is done.",
  info: "Not problems as such, but things you may want to act on.",
};

export interface FailureMessage {
  title: string;
  message: string;
}

/**
 * Why a run failed, in words for the site owner. The codes are the analyzer's fetch errors plus
 * INTERNAL (our own failure); every one says what happened and what to do about it.
 */
export const failureMessages: Record<string, FailureMessage> = {
  INVALID_URL: {
    title: "That address can’t be opened",
    message:
      "It isn’t a complete web address Arco can open. Check it for typos: it should look like https://example.com/page.",
  },
  SSRF_BLOCKED: {
    title: "This address points to a private network",
    message:
      "It leads to a private or reserved network address, such as a home router or a company’s internal server, which Arco never fetches. Only pages on the public internet can be analyzed.",
  },
  DNS_FAILURE: {
    title: "We couldn’t find this website",
    message:
      "The domain name doesn’t exist or has no address on the internet. Check the spelling; if the domain is brand new, try again in a few hours.",
  },
  TIMEOUT: {
    title: "The website took too long to answer",
    message:
      "Its server didn’t send the page in time. It may be slow or down at the moment: open it in your browser, then try again in a few minutes.",
  },
  STALLED: {
    title: "The analysis took too long",
    message:
      "It didn’t finish in time, so Arco stopped it. This is on our side, not your site’s: try again in a minute.",
  },
  TOO_LARGE: {
    title: "The page is too large to analyze",
    message:
      "Its HTML is over 5 MB, more than Arco analyzes for one page. A page this heavy is slow for visitors too; consider splitting it up.",
  },
  TOO_MANY_REDIRECTS: {
    title: "The address redirects too many times",
    message:
      "Following it led through more than 5 redirects, or round in a loop. Open it in your browser to see where it ends up, and analyze that address instead.",
  },
  NOT_HTML: {
    title: "This address isn’t a web page",
    message:
      "The server answered with something other than a web page, such as an image, a PDF or data. Enter the address of a page people visit.",
  },
  HTTP_ERROR: {
    title: "The website answered with an error",
    message:
      "Instead of the page, its server returned an error. Check that the page opens in your browser, then try again.",
  },
  CONNECTION_FAILED: {
    title: "We couldn’t connect to the website",
    message:
      "Its server refused or dropped the connection, or its security certificate isn’t valid. Check that the site is up and that its HTTPS certificate hasn’t expired.",
  },
  INVALID_RESPONSE: {
    title: "The website’s answer couldn’t be read",
    message:
      "Its server sent a broken response (malformed headers or content that can’t be decoded). Browsers sometimes cope with this; search engines and other tools often don’t.",
  },
  INTERNAL: {
    title: "Something went wrong on our side",
    message:
      "The analysis failed because of a problem in Arco, not in your website. Try again in a moment.",
  },
};

export const failureMessage = (code: string | null): FailureMessage =>
  (code && failureMessages[code]) || failureMessages.INTERNAL!;

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

export function formatMs(ms: number) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** When a rate-limited person may try again: "in 42 minutes", "in a few seconds". */
export function retryIn(seconds: number | null) {
  if (seconds === null) return "later";
  if (seconds < 60) return "in a few seconds";
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** "1 year", "2 hours", "no time": a cache lifetime in words. */
export function formatDuration(seconds: number) {
  const units: [string, number][] = [
    ["year", 365 * 86_400],
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
    ["second", 1],
  ];
  for (const [unit, size] of units) {
    if (seconds >= size) {
      const n = Math.floor(seconds / size);
      return `${n} ${unit}${n === 1 ? "" : "s"}`;
    }
  }
  return "no time";
}

/**
 * analyzeUrl: fetch a page and its /robots.txt through safeFetch (the only way Arco fetches a
 * user-supplied URL), then analyze. A page that can't be fetched rejects with the typed
 * `SafeFetchError`; a robots.txt that can't be fetched is just the robots audit's verdict.
 */
import { analyzeHtml } from "./analyze-html.ts";
import { browserRedirectTarget } from "./browser-redirect.ts";
import { safeFetch } from "./fetch/index.ts";
import type { SafeFetchOptions, SafeFetchResult } from "./fetch/index.ts";
import { isSafeFetchError } from "./fetch/index.ts";
import type { AnalyzeOptions, RobotsTxtInput } from "./input.ts";
import type { AnalysisStage, Report } from "./report/schema.ts";

/** safeFetch settings the caller may tune (never the allow-list from user input). */
export type AnalyzeFetchOptions = Pick<
  SafeFetchOptions,
  | "allow"
  | "lookup"
  | "signal"
  | "timeoutMs"
  | "connectTimeoutMs"
  | "headersTimeoutMs"
  | "maxBytes"
  | "userAgent"
>;

export interface AnalyzeUrlOptions extends AnalyzeOptions {
  fetch?: AnalyzeFetchOptions;
  onProgress?: (stage: AnalysisStage) => void;
}

const ROBOTS_MAX_BYTES = 512 * 1024;
/** Browser-side moves followed (meta refresh, location scripts), on top of HTTP redirects. */
const MAX_BROWSER_REDIRECTS = 3;

async function fetchRobots(
  pageUrl: string,
  fetchOptions: AnalyzeFetchOptions,
): Promise<RobotsTxtInput> {
  const robotsUrl = new URL("/robots.txt", pageUrl).href;
  try {
    const res = await safeFetch(robotsUrl, {
      ...fetchOptions,
      accept: ["*/*"],
      maxBytes: Math.min(fetchOptions.maxBytes ?? ROBOTS_MAX_BYTES, ROBOTS_MAX_BYTES),
    });
    return { status: res.status, body: res.body };
  } catch (error) {
    if (isSafeFetchError(error))
      return { status: null, body: null, error: `${error.code}: ${error.message}` };
    throw error;
  }
}

function headersOf(res: SafeFetchResult): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = { ...res.headers };
  if (res.setCookie.length) headers["set-cookie"] = res.setCookie;
  return headers;
}

export async function analyzeUrl(url: string, options: AnalyzeUrlOptions = {}): Promise<Report> {
  const fetchOptions = options.fetch ?? {};
  options.onProgress?.("fetching");
  // robots.txt lives at the final origin; start on the requested one and refetch if it moved.
  const guessedRobots = (() => {
    try {
      return fetchRobots(new URL(url).href, fetchOptions);
    } catch {
      return null;
    }
  })();
  guessedRobots?.catch(() => {});
  let page = await safeFetch(url, fetchOptions);
  // Where the browser ends up is what Lighthouse audits: follow the page's own moves too.
  const redirects = [...page.redirects];
  for (let hop = 0; hop < MAX_BROWSER_REDIRECTS; hop++) {
    const next = browserRedirectTarget(page.body, page.url);
    if (!next) break;
    redirects.push(page.url);
    page = await safeFetch(next, fetchOptions);
    redirects.push(...page.redirects);
  }
  const sameOrigin = (() => {
    try {
      return new URL(page.url).origin === new URL(url).origin;
    } catch {
      return false;
    }
  })();
  const robotsTxt =
    sameOrigin && guessedRobots ? await guessedRobots : await fetchRobots(page.url, fetchOptions);

  options.onProgress?.("analyzing");
  const report = await analyzeHtml(
    {
      url: page.url,
      requestedUrl: url,
      status: page.status,
      headers: headersOf(page),
      html: page.body,
      robotsTxt,
      timing: { ttfbMs: page.timing.ttfbMs, totalMs: page.timing.totalMs },
      transferBytes: page.transferBytes,
      decodedBytes: page.decodedBytes,
      httpVersion: page.httpVersion,
      redirects,
    },
    options,
  );
  options.onProgress?.("done");
  return report;
}

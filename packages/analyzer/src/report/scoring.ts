/**
 * Category scores. Accessibility, best practices and SEO use Lighthouse's formula (the weighted
 * mean of the decided, scored audits) restricted to the audits decidable without a browser.
 * Performance and security are Arco's own, from the browserless signals; performance is an
 * estimate and says so.
 */
import {
  AUDITS_BY_ID,
  LIGHTHOUSE_AUDITS,
  type LighthouseCategory,
} from "../lighthouse/registry.ts";
import { formatText } from "../text/format.ts";
import { COOKIE_ISSUES, SCORE_BASIS } from "./catalog.ts";
import type { CategoryScore, LighthouseAuditResult, Signals } from "./schema.ts";

export function lighthouseCategoryScore(
  category: LighthouseCategory,
  audits: Record<string, LighthouseAuditResult>,
): CategoryScore {
  let weighted = 0;
  let total = 0;
  let decided = 0;
  const inCategory = LIGHTHOUSE_AUDITS.filter(
    (a) => (a.weights[category] ?? 0) > 0 && !a.informative,
  );
  for (const meta of inCategory) {
    const r = audits[meta.id];
    if (!r || (r.verdict !== "pass" && r.verdict !== "fail")) continue;
    const w = meta.weights[category] ?? 0;
    decided++;
    total += w;
    if (r.verdict === "pass") weighted += w;
  }
  const browserOnly = inCategory.filter((a) => a.class === "browser").length;
  return {
    score: total > 0 ? Math.round((weighted / total) * 100) : null,
    estimated: browserOnly > 0,
    basis:
      total === 0
        ? SCORE_BASIS.none
        : browserOnly
          ? formatText(SCORE_BASIS.lighthouseWithBrowserOnly, { decided, browserOnly }, "en")
          : formatText(SCORE_BASIS.lighthouse, { decided }, "en"),
  };
}

interface Part {
  weight: number;
  score: number | null;
}

function combine(parts: Part[]): number | null {
  const used = parts.filter((p): p is { weight: number; score: number } => p.score !== null);
  const total = used.reduce((s, p) => s + p.weight, 0);
  if (total === 0) return null;
  return Math.round(
    (used.reduce((s, p) => s + p.weight * Math.max(0, Math.min(1, p.score)), 0) / total) * 100,
  );
}

/** Linear between `good` (score 1) and `bad` (score 0) on a log scale. */
function logScale(value: number, good: number, bad: number): number {
  if (value <= good) return 1;
  if (value >= bad) return 0;
  return 1 - Math.log(value / good) / Math.log(bad / good);
}

function linear(value: number, good: number, bad: number): number {
  if (value <= good) return 1;
  if (value >= bad) return 0;
  return 1 - (value - good) / (bad - good);
}

export function performanceScore(s: Signals): CategoryScore {
  const imgs = s.images.total;
  const version = s.network.httpVersion;
  const score = combine([
    { weight: 25, score: s.network.ttfbMs === null ? null : logScale(s.network.ttfbMs, 200, 1800) },
    { weight: 15, score: s.network.compressed || s.pageWeight.htmlBytes < 1400 ? 1 : 0 },
    { weight: 20, score: Math.max(0, 1 - 0.15 * s.renderBlocking.length) },
    { weight: 10, score: linear(s.pageWeight.domElements, 800, 3000) },
    { weight: 10, score: linear(s.pageWeight.htmlBytes, 50_000, 500_000) },
    { weight: 10, score: imgs ? 1 - s.images.missingDimensions.length / imgs : 1 },
    { weight: 5, score: imgs ? 1 - s.images.legacyFormats.length / imgs : 1 },
    { weight: 5, score: version === null ? null : /^(2|3|h2|h3)/i.test(version) ? 1 : 0.5 },
  ]);
  return {
    score,
    estimated: true,
    basis: SCORE_BASIS.performance,
  };
}

export function securityScore(
  s: Signals,
  audits: Record<string, LighthouseAuditResult>,
  https: boolean,
): CategoryScore {
  const header = (name: string) => s.securityHeaders.find((h) => h.header === name);
  const statusScore = (name: string, missing = 0) => {
    const h = header(name);
    if (!h || h.status === "not-applicable") return null;
    return h.status === "good" ? 1 : h.status === "weak" ? 0.3 : missing;
  };
  const verdict = (id: string) => audits[id]?.verdict;
  const blockable = s.mixedContent.some((m) => m.blockable);
  const cookieIssues = s.cookies.filter((c) =>
    c.issues.some((i) => i !== COOKIE_ISSUES.noSameSite),
  ).length;
  const score = combine([
    { weight: 25, score: https ? 1 : 0 },
    { weight: 15, score: !https ? null : s.mixedContent.length === 0 ? 1 : blockable ? 0 : 0.5 },
    {
      weight: 15,
      score: !https
        ? 0
        : verdict("has-hsts") === "fail"
          ? 0
          : verdict("has-hsts") === "warn"
            ? 0.75
            : 1,
    },
    {
      weight: 15,
      score:
        verdict("csp-xss") === "fail"
          ? header("Content-Security-Policy")?.status === "weak"
            ? 0.3
            : 0
          : 1,
    },
    { weight: 10, score: verdict("clickjacking-mitigation") === "fail" ? 0 : 1 },
    { weight: 5, score: statusScore("X-Content-Type-Options") },
    { weight: 5, score: statusScore("Referrer-Policy", 0.75) },
    { weight: 5, score: statusScore("Cross-Origin-Opener-Policy") },
    { weight: 5, score: s.cookies.length ? 1 - cookieIssues / s.cookies.length : null },
  ]);
  return {
    score,
    estimated: false,
    basis: SCORE_BASIS.security,
  };
}

export function overallScore(scores: Array<number | null>): number | null {
  const present = scores.filter((s): s is number => s !== null);
  return present.length ? Math.round(present.reduce((a, b) => a + b, 0) / present.length) : null;
}

export function isScoredAudit(id: string): boolean {
  const meta = AUDITS_BY_ID.get(id);
  return !!meta && !meta.informative && Object.values(meta.weights).some((w) => (w ?? 0) > 0);
}

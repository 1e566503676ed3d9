/**
 * The analysis report: the JSON the web app renders and the database stores. Every shape the
 * analyzer returns is declared here with zod, so consumers can validate stored reports and
 * derive their TypeScript types from the same source. Bump `REPORT_SCHEMA_VERSION` on any
 * incompatible change.
 */
import { z } from "zod";

export const REPORT_SCHEMA_VERSION = 1;

/**
 * `pass`/`fail` as Lighthouse scores them; `na` not applicable; `info` an informative
 * accessibility audit that flagged something for review; `warn` an informative security audit
 * with only Medium/Low findings (`fail` when one is High).
 */
export const verdictSchema = z.enum(["pass", "fail", "na", "info", "warn"]);
export type Verdict = z.infer<typeof verdictSchema>;

export const severitySchema = z.enum(["critical", "high", "medium", "low", "info"]);
export type Severity = z.infer<typeof severitySchema>;

export const categorySchema = z.enum([
  "performance",
  "accessibility",
  "best-practices",
  "seo",
  "security",
]);
export type Category = z.infer<typeof categorySchema>;

export const evidenceSchema = z.object({
  kind: z.enum(["element", "header", "url", "text", "robots-txt", "cookie"]),
  /** Short label, e.g. the header name or "line 3". */
  label: z.string().optional(),
  /** The snippet itself, truncated to a readable length. */
  value: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const findingSchema = z.object({
  /** Stable across releases: `<category>/<slug>`; the web app keys translations and docs on it. */
  id: z.string(),
  category: categorySchema,
  severity: severitySchema,
  title: z.string(),
  /** What is wrong and why it matters, in plain language. */
  explanation: z.string(),
  /** What to change. */
  fix: z.string(),
  evidence: z.array(evidenceSchema),
  /** Number of affected items (evidence lists at most a few). */
  count: z.number().int().nonnegative(),
  /** The Lighthouse audit this finding reproduces, when there is one. */
  lighthouseAuditId: z.string().optional(),
  learnMoreUrl: z.string().optional(),
  /**
   * The values the text interpolates (counts, sizes, an audit's own detail), so the web app can
   * render title, explanation and fix in another language. Absent in older reports.
   */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const lighthouseAuditResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  verdict: verdictSchema,
  /** `axe` = decided by axe-core on a server-side DOM; `static` = by the HTML/HTTP rules. */
  engine: z.enum(["static", "axe"]),
  explanation: z.string().optional(),
  items: z.array(evidenceSchema),
  itemCount: z.number().int().nonnegative(),
  warnings: z.array(z.string()).optional(),
});
export type LighthouseAuditResult = z.infer<typeof lighthouseAuditResultSchema>;

export const categoryScoreSchema = z.object({
  /** 0–100, or null when nothing in the category could be decided. */
  score: z.number().int().min(0).max(100).nullable(),
  /** True when the score is an estimate rather than Lighthouse's own formula. */
  estimated: z.boolean(),
  /** How the score was obtained, shown next to the gauge. */
  basis: z.string(),
});
export type CategoryScore = z.infer<typeof categoryScoreSchema>;

const nullableNumber = z.number().nullable();

export const signalsSchema = z.object({
  network: z.object({
    ttfbMs: nullableNumber,
    totalMs: nullableNumber,
    transferBytes: nullableNumber,
    decodedBytes: z.number().int().nonnegative(),
    contentEncoding: z.string().nullable(),
    compressed: z.boolean(),
    httpVersion: z.string().nullable(),
    redirects: z.array(z.string()),
  }),
  caching: z.object({
    cacheControl: z.string().nullable(),
    expires: z.string().nullable(),
    etag: z.boolean(),
    lastModified: z.boolean(),
    maxAgeSeconds: nullableNumber,
    policy: z.enum(["no-store", "revalidate", "cacheable", "unspecified"]),
  }),
  pageWeight: z.object({
    htmlBytes: z.number().int().nonnegative(),
    domElements: z.number().int().nonnegative(),
    scripts: z.object({
      external: z.number().int(),
      inline: z.number().int(),
      inlineBytes: z.number().int(),
    }),
    stylesheets: z.object({
      external: z.number().int(),
      inline: z.number().int(),
      inlineBytes: z.number().int(),
    }),
    images: z.number().int(),
    iframes: z.number().int(),
    /** Distinct third-party hosts referenced by scripts, styles, images and frames. */
    thirdPartyHosts: z.array(z.string()),
  }),
  renderBlocking: z.array(
    z.object({ kind: z.enum(["script", "stylesheet"]), url: z.string(), snippet: z.string() }),
  ),
  images: z.object({
    total: z.number().int(),
    missingDimensions: z.array(z.object({ src: z.string(), snippet: z.string() })),
    legacyFormats: z.array(z.object({ src: z.string(), format: z.string() })),
    modernFormats: z.number().int(),
    lazyLoaded: z.number().int(),
  }),
  social: z.object({
    openGraph: z.record(z.string(), z.string()),
    twitter: z.record(z.string(), z.string()),
    missingOpenGraph: z.array(z.string()),
    missingTwitter: z.array(z.string()),
  }),
  jsonLd: z.array(
    z.object({ valid: z.boolean(), types: z.array(z.string()), error: z.string().optional() }),
  ),
  sitemaps: z.object({
    robotsTxtStatus: z.number().int().nullable(),
    urls: z.array(z.string()),
  }),
  mixedContent: z.array(z.object({ url: z.string(), element: z.string(), blockable: z.boolean() })),
  securityHeaders: z.array(
    z.object({
      header: z.string(),
      value: z.string().nullable(),
      status: z.enum(["good", "weak", "missing", "not-applicable"]),
      explanation: z.string(),
    }),
  ),
  cookies: z.array(
    z.object({
      name: z.string(),
      secure: z.boolean(),
      httpOnly: z.boolean(),
      sameSite: z.string().nullable(),
      issues: z.array(z.string()),
    }),
  ),
});
export type Signals = z.infer<typeof signalsSchema>;

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  analyzer: z.object({ name: z.string(), version: z.string(), lighthouseVersion: z.string() }),
  /** The URL analyzed (after redirects). */
  url: z.string(),
  requestedUrl: z.string(),
  status: z.number().int(),
  analyzedAt: z.string(),
  scores: z.object({
    overall: z.number().int().min(0).max(100).nullable(),
    categories: z.object({
      performance: categoryScoreSchema,
      accessibility: categoryScoreSchema,
      "best-practices": categoryScoreSchema,
      seo: categoryScoreSchema,
      security: categoryScoreSchema,
    }),
  }),
  /** Lighthouse-equivalent verdicts, keyed by Lighthouse audit id. */
  lighthouse: z.record(z.string(), lighthouseAuditResultSchema),
  /** Audits Lighthouse runs that need a real browser: listed, never guessed. */
  notEvaluated: z.array(z.string()),
  /** Anything that limited this analysis (e.g. accessibility audits that could not run). */
  warnings: z.array(z.string()),
  findings: z.array(findingSchema),
  signals: signalsSchema,
  timings: z.object({
    parseMs: z.number(),
    staticAuditsMs: z.number(),
    accessibilityMs: z.number().nullable(),
    totalMs: z.number(),
  }),
  /**
   * Where it ran: the thread (0 is a process's main thread; the analysis pool's workers are
   * others) and where the accessibility audits ran (null: not run). Absent in older reports.
   */
  runtime: z
    .object({
      threadId: z.number().int(),
      accessibility: z.enum(["worker", "in-process"]).nullable(),
    })
    .optional(),
});
export type Report = z.infer<typeof reportSchema>;

export const analysisStageSchema = z.enum(["fetching", "analyzing", "done"]);
export type AnalysisStage = z.infer<typeof analysisStageSchema>;

/** Findings: the failing audits and weak signals, each with evidence and a fix, most severe first. */
import { AUDITS_BY_ID } from "../lighthouse/registry.ts";
import { accessibilityEntry, LIGHTHOUSE_TEXT, type AxeRuleInfo } from "./catalog.ts";
import type { Evidence, Finding, LighthouseAuditResult, Severity, Signals } from "./schema.ts";

const SEVERITY_ORDER: Record<Severity, number> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
};
const MAX_EVIDENCE = 5;

function trim(evidence: Evidence[]): Evidence[] {
  return evidence.slice(0, MAX_EVIDENCE);
}

export interface AxeRuleFacts extends AxeRuleInfo {
  impact: string | null;
}

export function lighthouseFindings(
  audits: Record<string, LighthouseAuditResult>,
  axeFacts: Map<string, AxeRuleFacts>,
): Finding[] {
  const out: Finding[] = [];
  for (const r of Object.values(audits)) {
    if (r.verdict === "warn") {
      const meta = AUDITS_BY_ID.get(r.id);
      const entry = LIGHTHOUSE_TEXT[r.id];
      if (!entry || !meta) continue;
      out.push({
        id: `${entry.category}/${r.id}-improvable`,
        category: entry.category,
        severity: "low",
        title: `Could be stronger: ${meta.title.charAt(0).toLowerCase()}${meta.title.slice(1)}`,
        explanation: (r.explanation ?? "")
          .split("\n")
          .map((l) => l.replace(/^(Medium|Low|Syntax): /, ""))
          .join(" "),
        fix: entry.fix,
        evidence: trim(r.items),
        count: Math.max(r.itemCount, r.items.length),
        lighthouseAuditId: meta.id,
        ...(entry.learnMoreUrl ? { learnMoreUrl: entry.learnMoreUrl } : {}),
      });
      continue;
    }
    if (r.verdict !== "fail" && r.verdict !== "info") continue;
    const meta = AUDITS_BY_ID.get(r.id);
    const entry =
      r.engine === "axe" && r.id !== "document-title"
        ? accessibilityEntry(
            r.id,
            axeFacts.get(r.id)?.impact ?? null,
            r.verdict === "info",
            axeFacts.get(r.id),
          )
        : LIGHTHOUSE_TEXT[r.id];
    if (!entry) continue;
    // Informative findings without concrete items add noise.
    if (r.verdict === "info" && r.itemCount === 0) continue;
    // The audit's own first detail (e.g. "Multiple conflicting URLs (…)"), without severity tags.
    const detail = r.explanation?.split("\n")[0]?.replace(/^(High|Medium|Low|Syntax): /, "");
    const explanation =
      detail && entry.category !== "accessibility"
        ? `${entry.explanation} (${detail.replace(/\.$/, "")}.)`
        : entry.explanation;
    out.push({
      id: `${entry.category}/${r.id}`,
      category: entry.category,
      severity: r.verdict === "info" ? "info" : entry.severity,
      title: entry.title,
      explanation,
      fix: entry.fix,
      evidence: trim(r.items),
      count: Math.max(r.itemCount, r.items.length),
      lighthouseAuditId: meta?.id ?? r.id,
      ...(entry.learnMoreUrl ? { learnMoreUrl: entry.learnMoreUrl } : {}),
    });
  }
  return out;
}

function finding(f: Omit<Finding, "count" | "evidence"> & { evidence: Evidence[] }): Finding {
  return { ...f, evidence: trim(f.evidence), count: f.evidence.length };
}

export function signalFindings(s: Signals, https: boolean, robotsFetched: boolean): Finding[] {
  const out: Finding[] = [];
  const n = s.network;

  if (n.ttfbMs !== null && n.ttfbMs > 800) {
    out.push(
      finding({
        id: "performance/slow-server-response",
        category: "performance",
        severity: n.ttfbMs > 1800 ? "high" : "medium",
        title: `Slow server response (${Math.round(n.ttfbMs)} ms to first byte)`,
        explanation:
          "Nothing can render before the first byte of HTML arrives. Over 800 ms is slow; Google's guidance is under 800 ms.",
        fix: "Cache rendered pages (CDN or server cache), speed up database queries and avoid redirects before the page.",
        evidence: [{ kind: "text", label: "TTFB", value: `${Math.round(n.ttfbMs)} ms` }],
        learnMoreUrl: "https://web.dev/articles/ttfb",
      }),
    );
  }
  if (!n.compressed && s.pageWeight.htmlBytes >= 1400) {
    out.push(
      finding({
        id: "performance/no-text-compression",
        category: "performance",
        severity: s.pageWeight.htmlBytes > 20_000 ? "medium" : "low",
        title: "The HTML is sent uncompressed",
        explanation: `The page's ${Math.round(s.pageWeight.htmlBytes / 1024)} KB of HTML travel without gzip or Brotli, which typically shrinks HTML by 70–80%.`,
        fix: "Enable Brotli or gzip compression for text responses on the server or CDN.",
        evidence: [
          { kind: "header", label: "Content-Encoding", value: n.contentEncoding ?? "(none)" },
        ],
        learnMoreUrl:
          "https://developer.chrome.com/docs/lighthouse/performance/uses-text-compression/",
      }),
    );
  }
  if (s.renderBlocking.length > 0) {
    out.push(
      finding({
        id: "performance/render-blocking-resources",
        category: "performance",
        severity: s.renderBlocking.length >= 4 ? "medium" : "low",
        title: `${s.renderBlocking.length} render-blocking resource${s.renderBlocking.length > 1 ? "s" : ""} in <head>`,
        explanation:
          "Synchronous scripts and stylesheets in <head> must download before anything is painted.",
        fix: "Add `defer` (or `async`) to scripts, inline the critical CSS and load the rest without blocking (media queries, preload).",
        evidence: s.renderBlocking.map((r) => ({
          kind: "element" as const,
          label: r.kind,
          value: r.snippet,
        })),
        learnMoreUrl: "https://developer.chrome.com/docs/performance/insights/render-blocking",
      }),
    );
  }
  if (s.pageWeight.domElements > 1400) {
    out.push(
      finding({
        id: "performance/large-dom",
        category: "performance",
        severity: s.pageWeight.domElements > 3000 ? "medium" : "low",
        title: `Large DOM (${s.pageWeight.domElements} elements)`,
        explanation:
          "A large DOM costs memory and makes style calculation and layout slower on every interaction.",
        fix: "Paginate or lazily render long lists, and remove wrapper elements that aren't needed.",
        evidence: [{ kind: "text", label: "elements", value: String(s.pageWeight.domElements) }],
        learnMoreUrl: "https://developer.chrome.com/docs/performance/insights/dom-size",
      }),
    );
  }
  if (s.pageWeight.htmlBytes > 100_000) {
    out.push(
      finding({
        id: "performance/large-html",
        category: "performance",
        severity: s.pageWeight.htmlBytes > 500_000 ? "medium" : "low",
        title: `Heavy HTML document (${Math.round(s.pageWeight.htmlBytes / 1024)} KB)`,
        explanation:
          "Large documents take longer to download and parse, especially on mobile networks.",
        fix: "Move large inline scripts, styles and data (JSON, SVG) to cacheable files, and trim markup.",
        evidence: [
          { kind: "text", label: "decoded size", value: `${s.pageWeight.htmlBytes} bytes` },
        ],
      }),
    );
  }
  if (s.images.missingDimensions.length > 0) {
    out.push(
      finding({
        id: "performance/unsized-images",
        category: "performance",
        severity: "medium",
        title: `${s.images.missingDimensions.length} image${s.images.missingDimensions.length > 1 ? "s" : ""} without width and height`,
        explanation:
          "Without explicit dimensions the browser can't reserve space, so content jumps when images load (layout shift, CLS).",
        fix: "Add width and height attributes (the intrinsic size; CSS can still scale them), or a CSS aspect-ratio.",
        evidence: s.images.missingDimensions.map((i) => ({
          kind: "element" as const,
          value: i.snippet,
        })),
        learnMoreUrl: "https://web.dev/articles/optimize-cls#images-without-dimensions",
      }),
    );
  }
  if (s.images.legacyFormats.length > 0) {
    out.push(
      finding({
        id: "performance/legacy-image-formats",
        category: "performance",
        severity: "low",
        title: `${s.images.legacyFormats.length} image${s.images.legacyFormats.length > 1 ? "s" : ""} in JPEG/PNG/GIF`,
        explanation:
          "WebP and AVIF are typically 25–50% smaller than JPEG or PNG at the same quality.",
        fix: "Serve WebP or AVIF (through <picture> with a fallback, or your image CDN's automatic format).",
        evidence: s.images.legacyFormats.map((i) => ({
          kind: "url" as const,
          label: i.format,
          value: i.src,
        })),
      }),
    );
  }
  if (n.httpVersion !== null && /^(1|http\/1)/i.test(n.httpVersion)) {
    out.push(
      finding({
        id: "performance/http1",
        category: "performance",
        severity: "low",
        title: "Served over HTTP/1.1",
        explanation:
          "HTTP/2 and HTTP/3 load many resources over one connection; HTTP/1.1 queues them.",
        fix: "Enable HTTP/2 (and HTTP/3) on the server or put a CDN in front.",
        evidence: [{ kind: "text", label: "protocol", value: n.httpVersion }],
      }),
    );
  }
  if (s.caching.policy === "unspecified") {
    out.push(
      finding({
        id: "performance/no-cache-policy",
        category: "performance",
        severity: "info",
        title: "No caching headers on the page",
        explanation:
          "Without Cache-Control, ETag or Last-Modified, browsers and CDNs must guess how long the page may be reused and can't revalidate it cheaply.",
        fix: "Send `Cache-Control` (e.g. `no-cache` with an ETag for HTML that changes, or a short `max-age`).",
        evidence: [{ kind: "header", label: "Cache-Control", value: "(not set)" }],
      }),
    );
  }
  if (s.pageWeight.thirdPartyHosts.length > 10) {
    out.push(
      finding({
        id: "performance/many-third-parties",
        category: "performance",
        severity: "low",
        title: `${s.pageWeight.thirdPartyHosts.length} third-party hosts`,
        explanation:
          "Every extra origin costs a DNS lookup and connection, and third-party code competes with yours for the main thread.",
        fix: "Remove unused tags and widgets, self-host critical assets, and `preconnect` to the few origins you keep.",
        evidence: s.pageWeight.thirdPartyHosts.map((h) => ({ kind: "url" as const, value: h })),
      }),
    );
  }

  // --- SEO extras --------------------------------------------------------------------------------
  if (s.social.missingOpenGraph.length > 0) {
    out.push(
      finding({
        id: "seo/open-graph-incomplete",
        category: "seo",
        severity: s.social.missingOpenGraph.length === 5 ? "medium" : "low",
        title: "Incomplete Open Graph tags",
        explanation:
          "Facebook, LinkedIn, Slack and messengers build link previews from Open Graph tags; without them shares show a bare link or a random image.",
        fix: `Add ${s.social.missingOpenGraph.map((k) => `<meta property="${k}">`).join(", ")} in <head>.`,
        evidence: s.social.missingOpenGraph.map((k) => ({
          kind: "text" as const,
          label: "missing",
          value: k,
        })),
        learnMoreUrl: "https://ogp.me/",
      }),
    );
  }
  if (s.social.missingTwitter.length > 0) {
    out.push(
      finding({
        id: "seo/twitter-card-missing",
        category: "seo",
        severity: "low",
        title: "No Twitter/X card",
        explanation:
          "Without `twitter:card`, posts linking to the page show a small preview at best.",
        fix: 'Add <meta name="twitter:card" content="summary_large_image"> (title, description and image fall back to Open Graph).',
        evidence: [{ kind: "text", label: "missing", value: "twitter:card" }],
      }),
    );
  }
  const invalidJsonLd = s.jsonLd.filter((j) => !j.valid);
  if (invalidJsonLd.length > 0) {
    out.push(
      finding({
        id: "seo/json-ld-invalid",
        category: "seo",
        severity: "medium",
        title: "Structured data (JSON-LD) doesn't parse",
        explanation:
          "Search engines ignore a JSON-LD block that isn't valid JSON, so the page loses rich results.",
        fix: "Fix the JSON syntax (trailing commas, unescaped quotes) and check the block with Google's Rich Results Test.",
        evidence: invalidJsonLd.map((j) => ({
          kind: "text" as const,
          label: "parse error",
          value: j.error ?? "invalid JSON",
        })),
        learnMoreUrl: "https://search.google.com/test/rich-results",
      }),
    );
  } else if (s.jsonLd.length === 0) {
    out.push(
      finding({
        id: "seo/no-structured-data",
        category: "seo",
        severity: "info",
        title: "No structured data",
        explanation:
          "JSON-LD structured data (Organization, Product, Article, …) makes the page eligible for rich results.",
        fix: 'Add a <script type="application/ld+json"> describing the page with schema.org types.',
        evidence: [],
        learnMoreUrl:
          "https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data",
      }),
    );
  }
  if (
    robotsFetched &&
    s.sitemaps.robotsTxtStatus !== null &&
    s.sitemaps.robotsTxtStatus < 400 &&
    s.sitemaps.urls.length === 0
  ) {
    out.push(
      finding({
        id: "seo/no-sitemap-in-robots",
        category: "seo",
        severity: "low",
        title: "robots.txt doesn't point to a sitemap",
        explanation:
          "A `Sitemap:` line in robots.txt lets every search engine discover all your pages, not only those linked from the homepage.",
        fix: "Add `Sitemap: https://your-site/sitemap.xml` to robots.txt.",
        evidence: [],
      }),
    );
  }

  // --- Security extras -----------------------------------------------------------------------------
  if (https && s.mixedContent.length > 0) {
    const blockable = s.mixedContent.filter((m) => m.blockable);
    out.push(
      finding({
        id: "security/mixed-content",
        category: "security",
        severity: blockable.length ? "high" : "medium",
        title: "Mixed content: HTTP resources on an HTTPS page",
        explanation: blockable.length
          ? "Browsers block these scripts, styles or frames outright, so parts of the page break; those that load can be tampered with in transit."
          : "Browsers upgrade or flag these images/media, and the padlock may be lost.",
        fix: "Change the listed http:// URLs to https:// (or relative URLs).",
        evidence: s.mixedContent.map((m) => ({
          kind: "element" as const,
          label: m.blockable ? "blocked" : "upgraded",
          value: m.element,
        })),
      }),
    );
  }
  for (const h of s.securityHeaders) {
    if (h.status === "good" || h.status === "not-applicable") continue;
    // HSTS, CSP, XFO and COOP are covered by the Lighthouse security audits.
    if (
      [
        "Strict-Transport-Security",
        "Content-Security-Policy",
        "X-Frame-Options",
        "Cross-Origin-Opener-Policy",
        "Permissions-Policy",
      ].includes(h.header)
    )
      continue;
    if (h.header === "Referrer-Policy" && h.status === "missing") continue;
    out.push(
      finding({
        id: `security/${h.header.toLowerCase()}`,
        category: "security",
        severity: h.header === "X-XSS-Protection" ? "info" : "low",
        title: h.status === "missing" ? `${h.header} is not set` : `${h.header} is weak`,
        explanation: h.explanation,
        fix:
          h.header === "X-Content-Type-Options"
            ? "Send `X-Content-Type-Options: nosniff` on every response."
            : h.header === "Referrer-Policy"
              ? "Send `Referrer-Policy: strict-origin-when-cross-origin` (or stricter)."
              : "Remove the header, or set it to `0`.",
        evidence: [{ kind: "header", label: h.header, value: h.value ?? "(not set)" }],
      }),
    );
  }
  const cookieRules: Array<{
    slug: string;
    match: string;
    severity: Severity;
    title: string;
    fix: string;
  }> = [
    {
      slug: "cookie-samesite-none-insecure",
      match: "SameSite=None without Secure",
      severity: "high",
      title: "Cookies with SameSite=None but not Secure",
      fix: "Add `Secure` to every `SameSite=None` cookie.",
    },
    {
      slug: "cookie-not-secure",
      match: "Missing Secure",
      severity: "medium",
      title: "Cookies without the Secure flag",
      fix: "Add `Secure` so the cookie is only sent over HTTPS.",
    },
    {
      slug: "cookie-not-httponly",
      match: "Missing HttpOnly",
      severity: "low",
      title: "Cookies readable by JavaScript (no HttpOnly)",
      fix: "Add `HttpOnly` to session and auth cookies that scripts don't need.",
    },
    {
      slug: "cookie-no-samesite",
      match: "No SameSite",
      severity: "info",
      title: "Cookies without an explicit SameSite",
      fix: "Set `SameSite=Lax` (or `Strict`) explicitly.",
    },
  ];
  for (const rule of cookieRules) {
    const affected = s.cookies.filter((c) => c.issues.some((i) => i.startsWith(rule.match)));
    if (!affected.length) continue;
    out.push(
      finding({
        id: `security/${rule.slug}`,
        category: "security",
        severity: rule.severity,
        title: rule.title,
        explanation: affected[0]?.issues.find((i) => i.startsWith(rule.match)) ?? rule.title,
        fix: rule.fix,
        evidence: affected.map((c) => ({ kind: "cookie" as const, value: c.name })),
      }),
    );
  }
  return out;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id),
  );
}

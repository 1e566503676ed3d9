/** Findings: the failing audits and weak signals, each with evidence and a fix, most severe first. */
import { AUDITS_BY_ID } from "../lighthouse/registry.ts";
import { formatText, lowerFirst, type TextParams } from "../text/format.ts";
import {
  accessibilityEntry,
  AUDIT_SEVERITY,
  COOKIE_ISSUES,
  EVIDENCE_TEXT,
  findingText,
  LIGHTHOUSE_TEXT,
  MESSAGES,
  type AxeRuleInfo,
} from "./catalog.ts";
import type {
  Category,
  Evidence,
  Finding,
  LighthouseAuditResult,
  Severity,
  Signals,
} from "./schema.ts";

const SEVERITY_ORDER: Record<Severity, number> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
};
const MAX_EVIDENCE = 5;
/** "High: " before a line of an informative security audit's explanation. */
const SEVERITY_PREFIX = new RegExp(`^(${Object.values(AUDIT_SEVERITY).join("|")}): `);

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
      // The evaluators' findings, one a line, without their severity.
      const detail = (r.explanation ?? "")
        .split("\n")
        .map((l) => l.replace(SEVERITY_PREFIX, ""))
        .join("\n");
      out.push({
        id: `${entry.category}/${r.id}-improvable`,
        category: entry.category,
        severity: "low",
        title: formatText(MESSAGES.improvable, { audit: lowerFirst(meta.title) }, "en"),
        explanation: detail.split("\n").join(" "),
        fix: entry.fix,
        evidence: trim(r.items),
        count: Math.max(r.itemCount, r.items.length),
        lighthouseAuditId: meta.id,
        ...(entry.learnMoreUrl ? { learnMoreUrl: entry.learnMoreUrl } : {}),
        ...(detail ? { params: { detail } } : {}),
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
    const line = r.explanation?.split("\n")[0]?.replace(SEVERITY_PREFIX, "");
    const detail = line && entry.category !== "accessibility" ? line.replace(/\.$/, "") : "";
    const explanation = detail
      ? formatText(MESSAGES.withDetail, { explanation: entry.explanation, detail }, "en")
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
      ...(detail ? { params: { detail } } : {}),
    });
  }
  return out;
}

/** One of Arco's own findings, its text from `FINDING_TEXT[id]` filled with `params`. */
function finding(
  id: string,
  f: {
    category: Category;
    severity: Severity;
    evidence: Evidence[];
    params?: TextParams;
    learnMoreUrl?: string;
  },
): Finding {
  const text = findingText(id);
  if (!text) throw new Error(`No text for finding ${id}`);
  const params = f.params ?? {};
  return {
    id,
    category: f.category,
    severity: f.severity,
    title: formatText(text.title, params, "en"),
    explanation: formatText(text.explanation, params, "en"),
    fix: formatText(text.fix, params, "en"),
    evidence: trim(f.evidence),
    count: f.evidence.length,
    ...(f.learnMoreUrl ? { learnMoreUrl: f.learnMoreUrl } : {}),
    ...(f.params ? { params: f.params } : {}),
  };
}

export function signalFindings(s: Signals, https: boolean, robotsFetched: boolean): Finding[] {
  const out: Finding[] = [];
  const n = s.network;
  const htmlKb = Math.round(s.pageWeight.htmlBytes / 1024);

  if (n.ttfbMs !== null && n.ttfbMs > 800) {
    const ms = Math.round(n.ttfbMs);
    out.push(
      finding("performance/slow-server-response", {
        category: "performance",
        severity: n.ttfbMs > 1800 ? "high" : "medium",
        params: { ms },
        evidence: [{ kind: "text", label: "TTFB", value: `${ms} ms` }],
        learnMoreUrl: "https://web.dev/articles/ttfb",
      }),
    );
  }
  if (!n.compressed && s.pageWeight.htmlBytes >= 1400) {
    out.push(
      finding("performance/no-text-compression", {
        category: "performance",
        severity: s.pageWeight.htmlBytes > 20_000 ? "medium" : "low",
        params: { kb: htmlKb },
        evidence: [
          {
            kind: "header",
            label: "Content-Encoding",
            value: n.contentEncoding ?? EVIDENCE_TEXT.none,
          },
        ],
        learnMoreUrl:
          "https://developer.chrome.com/docs/lighthouse/performance/uses-text-compression/",
      }),
    );
  }
  if (s.renderBlocking.length > 0) {
    out.push(
      finding("performance/render-blocking-resources", {
        category: "performance",
        severity: s.renderBlocking.length >= 4 ? "medium" : "low",
        params: { count: s.renderBlocking.length },
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
      finding("performance/large-dom", {
        category: "performance",
        severity: s.pageWeight.domElements > 3000 ? "medium" : "low",
        params: { elements: s.pageWeight.domElements },
        evidence: [
          { kind: "text", label: EVIDENCE_TEXT.elements, value: String(s.pageWeight.domElements) },
        ],
        learnMoreUrl: "https://developer.chrome.com/docs/performance/insights/dom-size",
      }),
    );
  }
  if (s.pageWeight.htmlBytes > 100_000) {
    out.push(
      finding("performance/large-html", {
        category: "performance",
        severity: s.pageWeight.htmlBytes > 500_000 ? "medium" : "low",
        params: { kb: htmlKb },
        evidence: [
          {
            kind: "text",
            label: EVIDENCE_TEXT.decodedSize,
            value: formatText(EVIDENCE_TEXT.bytes, { bytes: s.pageWeight.htmlBytes }, "en"),
          },
        ],
      }),
    );
  }
  if (s.images.missingDimensions.length > 0) {
    out.push(
      finding("performance/unsized-images", {
        category: "performance",
        severity: "medium",
        params: { count: s.images.missingDimensions.length },
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
      finding("performance/legacy-image-formats", {
        category: "performance",
        severity: "low",
        params: { count: s.images.legacyFormats.length },
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
      finding("performance/http1", {
        category: "performance",
        severity: "low",
        evidence: [{ kind: "text", label: EVIDENCE_TEXT.protocol, value: n.httpVersion }],
      }),
    );
  }
  if (s.caching.policy === "unspecified") {
    out.push(
      finding("performance/no-cache-policy", {
        category: "performance",
        severity: "info",
        evidence: [{ kind: "header", label: "Cache-Control", value: EVIDENCE_TEXT.notSet }],
      }),
    );
  }
  if (s.pageWeight.thirdPartyHosts.length > 10) {
    out.push(
      finding("performance/many-third-parties", {
        category: "performance",
        severity: "low",
        params: { count: s.pageWeight.thirdPartyHosts.length },
        evidence: s.pageWeight.thirdPartyHosts.map((h) => ({ kind: "url" as const, value: h })),
      }),
    );
  }

  // --- SEO extras --------------------------------------------------------------------------------
  if (s.social.missingOpenGraph.length > 0) {
    out.push(
      finding("seo/open-graph-incomplete", {
        category: "seo",
        severity: s.social.missingOpenGraph.length === 5 ? "medium" : "low",
        params: {
          tags: s.social.missingOpenGraph.map((k) => `<meta property="${k}">`).join(", "),
        },
        evidence: s.social.missingOpenGraph.map((k) => ({
          kind: "text" as const,
          label: EVIDENCE_TEXT.missing,
          value: k,
        })),
        learnMoreUrl: "https://ogp.me/",
      }),
    );
  }
  if (s.social.missingTwitter.length > 0) {
    out.push(
      finding("seo/twitter-card-missing", {
        category: "seo",
        severity: "low",
        evidence: [{ kind: "text", label: EVIDENCE_TEXT.missing, value: "twitter:card" }],
      }),
    );
  }
  const invalidJsonLd = s.jsonLd.filter((j) => !j.valid);
  if (invalidJsonLd.length > 0) {
    out.push(
      finding("seo/json-ld-invalid", {
        category: "seo",
        severity: "medium",
        evidence: invalidJsonLd.map((j) => ({
          kind: "text" as const,
          label: EVIDENCE_TEXT.parseError,
          value: j.error ?? EVIDENCE_TEXT.invalidJson,
        })),
        learnMoreUrl: "https://search.google.com/test/rich-results",
      }),
    );
  } else if (s.jsonLd.length === 0) {
    out.push(
      finding("seo/no-structured-data", {
        category: "seo",
        severity: "info",
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
      finding("seo/no-sitemap-in-robots", { category: "seo", severity: "low", evidence: [] }),
    );
  }

  // --- Security extras -----------------------------------------------------------------------------
  if (https && s.mixedContent.length > 0) {
    const blockable = s.mixedContent.some((m) => m.blockable);
    out.push(
      finding("security/mixed-content", {
        category: "security",
        severity: blockable ? "high" : "medium",
        params: { blocked: blockable ? "yes" : "no" },
        evidence: s.mixedContent.map((m) => ({
          kind: "element" as const,
          label: m.blockable ? EVIDENCE_TEXT.blocked : EVIDENCE_TEXT.upgraded,
          value: m.element,
        })),
      }),
    );
  }
  for (const h of s.securityHeaders) {
    if (h.status === "good" || h.status === "not-applicable") continue;
    // HSTS, CSP, XFO and COOP are covered by the Lighthouse security audits, and have no text here.
    const id = `security/${h.header.toLowerCase()}`;
    if (!findingText(id)) continue;
    if (h.header === "Referrer-Policy" && h.status === "missing") continue;
    out.push(
      finding(id, {
        category: "security",
        severity: h.header === "X-XSS-Protection" ? "info" : "low",
        params: { status: h.status },
        evidence: [{ kind: "header", label: h.header, value: h.value ?? EVIDENCE_TEXT.notSet }],
      }),
    );
  }
  const cookieRules: Array<{ slug: string; issue: string; severity: Severity }> = [
    {
      slug: "cookie-samesite-none-insecure",
      issue: COOKIE_ISSUES.sameSiteNoneInsecure,
      severity: "high",
    },
    { slug: "cookie-not-secure", issue: COOKIE_ISSUES.notSecure, severity: "medium" },
    { slug: "cookie-not-httponly", issue: COOKIE_ISSUES.notHttpOnly, severity: "low" },
    { slug: "cookie-no-samesite", issue: COOKIE_ISSUES.noSameSite, severity: "info" },
  ];
  for (const rule of cookieRules) {
    const affected = s.cookies.filter((c) => c.issues.includes(rule.issue));
    if (!affected.length) continue;
    out.push(
      finding(`security/${rule.slug}`, {
        category: "security",
        severity: rule.severity,
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

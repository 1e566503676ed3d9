/**
 * Lighthouse's browserless best-practices audits. The five security audits (csp-xss, has-hsts,
 * origin-isolation, clickjacking-mitigation, trusted-types-xss) are "informative" in Lighthouse:
 * they list findings with a severity. Their verdict here is `fail` when a finding is High,
 * `warn` when there are only lesser findings (Medium, Low, syntax), `pass` when there is
 * nothing to report.
 */
import { directiveValues, evaluateCsps, parseCsp, splitPolicies } from "../lib/csp.ts";
import { isLocalhostLike, isSecureRequestUrl, tryParseUrl } from "../lib/url.ts";
import { AUDIT_SEVERITY, AUDIT_TEXT, EVIDENCE_TEXT } from "../report/catalog.ts";
import type { Evidence } from "../report/schema.ts";
import type { AuditContext, StaticAuditResult } from "./context.ts";
import type { Subresource } from "./resources.ts";

const MAX_ITEMS = 10;
const NA: StaticAuditResult = { verdict: "na", items: [], itemCount: 0 };
const CLEAN: StaticAuditResult = { verdict: "pass", items: [], itemCount: 0 };

interface Row {
  severity: "high" | "medium" | "low" | "syntax";
  description: string;
  directive?: string;
}

/** Verdict of an informative security audit from its rows (the corpus harness' rule). */
function fromRows(rows: Row[], evidence: Evidence[] = []): StaticAuditResult {
  if (rows.length === 0) return CLEAN;
  const high = rows.some((r) => r.severity === "high");
  return {
    verdict: high ? "fail" : "warn",
    items: evidence.slice(0, MAX_ITEMS),
    itemCount: evidence.length,
    explanation: rows.map((r) => `${AUDIT_SEVERITY[r.severity]}: ${r.description}`).join("\n"),
  };
}

// --- is-on-https / redirects-http ----------------------------------------------------------------

export function isOnHttps(ctx: AuditContext, resources: Subresource[]): StaticAuditResult {
  const insecure: Evidence[] = [];
  if (!isSecureRequestUrl(ctx.url))
    insecure.push({ kind: "url", label: EVIDENCE_TEXT.document, value: ctx.url.href });
  const seen = new Set<string>();
  for (const r of resources) {
    if (isSecureRequestUrl(r.url) || seen.has(r.url.href)) continue;
    seen.add(r.url.href);
    insecure.push({ kind: "url", label: r.kind, value: r.url.href });
  }
  return {
    verdict: insecure.length ? "fail" : "pass",
    items: insecure.slice(0, MAX_ITEMS),
    itemCount: insecure.length,
  };
}

export function redirectsHttp(ctx: AuditContext): StaticAuditResult {
  const requested = tryParseUrl(ctx.requestedUrl);
  if (!requested || requested.protocol !== "http:" || isLocalhostLike(requested.hostname))
    return NA;
  if (ctx.url.protocol === "https:") return { verdict: "pass", items: [], itemCount: 0 };
  return {
    verdict: "fail",
    items: [{ kind: "url", label: EVIDENCE_TEXT.finalUrl, value: ctx.url.href }],
    itemCount: 1,
    explanation: AUDIT_TEXT.noHttpsRedirect,
  };
}

// --- CSP ------------------------------------------------------------------------------------------

export function cspSources(ctx: AuditContext): { header: string[]; meta: string[] } {
  return {
    header: splitPolicies(ctx.headers.getAll("content-security-policy")),
    meta: splitPolicies(
      ctx.headMetas.filter((m) => m.httpEquiv === "content-security-policy").map((m) => m.content),
    ),
  };
}

export function cspXss(ctx: AuditContext): StaticAuditResult {
  const { header, meta } = cspSources(ctx);
  const ev = evaluateCsps(header, meta);
  if (ev.missing) {
    return fromRows(
      [{ severity: "high", description: AUDIT_TEXT.noCsp }],
      [{ kind: "header", label: "Content-Security-Policy", value: EVIDENCE_TEXT.notSet }],
    );
  }
  const rows: Row[] = [
    ...ev.syntax.map((f) => ({
      severity: "syntax" as const,
      description: f.description,
      directive: f.directive,
    })),
    ...ev.bypasses.map((f) => ({
      severity: "high" as const,
      description: f.description,
      directive: f.directive,
    })),
    ...ev.warnings.map((f) => ({
      severity: "medium" as const,
      description: f.description,
      directive: f.directive,
    })),
  ];
  if (ev.metaOnlyWarning) {
    rows.push({
      severity: "medium",
      description: AUDIT_TEXT.metaCsp,
    });
  }
  const evidence: Evidence[] = [
    ...header.map((v) => ({
      kind: "header" as const,
      label: "Content-Security-Policy",
      value: v.trim(),
    })),
    ...meta.map((v) => ({ kind: "element" as const, label: "meta CSP", value: v.trim() })),
  ];
  return fromRows(rows, evidence);
}

export function trustedTypesXss(ctx: AuditContext): StaticAuditResult {
  const { header, meta } = cspSources(ctx);
  for (const raw of [...header, ...meta]) {
    if (directiveValues(parseCsp(raw), "require-trusted-types-for").includes("'script'")) {
      return CLEAN;
    }
  }
  return fromRows(
    [
      {
        severity: "high",
        description: AUDIT_TEXT.noTrustedTypes,
      },
    ],
    [
      {
        kind: "header",
        label: "Content-Security-Policy",
        value: header.length ? header.join(", ") : EVIDENCE_TEXT.notSet,
      },
    ],
  );
}

// --- HSTS -----------------------------------------------------------------------------------------

/** Public suffixes on Chromium's HSTS preload list with include_subdomains. */
const HSTS_PRELOADED_SUFFIXES = new Set([
  "amazon",
  "android",
  "app",
  "audible",
  "azure",
  "bank",
  "bing",
  "bmoattachments.org",
  "boo",
  "channel",
  "chrome",
  "cnpy.gdn",
  "dad",
  "day",
  "dev",
  "eat",
  "esq",
  "fire",
  "fly",
  "foo",
  "fujitsu",
  "gentapps.com",
  "gle",
  "gmail",
  "google",
  "hangout",
  "hotmail",
  "imdb",
  "ing",
  "insurance",
  "kindle",
  "meet",
  "meme",
  "microsoft",
  "mov",
  "new",
  "nexus",
  "now.sh",
  "office",
  "onavstack.net",
  "page",
  "phd",
  "play",
  "prime",
  "prof",
  "rsvp",
  "search",
  "silk",
  "skype",
  "windows",
  "xbox",
  "xn--cckwcxetd",
  "xn--jlq480n2rg",
  "youtube",
  "zappos",
  "zip",
]);

function coveredByPreloadedSuffix(hostname: string): boolean {
  const h = hostname.toLowerCase();
  for (const s of HSTS_PRELOADED_SUFFIXES) if (h === s || h.endsWith(`.${s}`)) return true;
  return false;
}

export function hasHsts(ctx: AuditContext): StaticAuditResult {
  const raw = ctx.headers.getAll("strict-transport-security");
  const directives = raw
    .flatMap((v) => v.split(";"))
    .map((d) => d.toLowerCase().replace(/\s/g, ""));
  const evidence: Evidence[] = raw.length
    ? raw.map((v) => ({ kind: "header", label: "Strict-Transport-Security", value: v }))
    : [{ kind: "header", label: "Strict-Transport-Security", value: EVIDENCE_TEXT.notSet }];
  if (directives.length === 0)
    return fromRows([{ severity: "high", description: AUDIT_TEXT.noHsts }], evidence);
  const rows: Row[] = [];
  const all = directives.join(",");
  if (!all.includes("max-age")) rows.push({ severity: "high", description: AUDIT_TEXT.noMaxAge });
  if (!all.includes("includesubdomains"))
    rows.push({ severity: "medium", description: AUDIT_TEXT.noIncludeSubDomains });
  if (!all.includes("preload") && !coveredByPreloadedSuffix(ctx.url.hostname)) {
    rows.push({ severity: "medium", description: AUDIT_TEXT.noPreload });
  }
  for (const d of directives) {
    if (d.includes("max-age") && Number.parseInt(d.split("=")[1] ?? "", 10) < 31536000) {
      rows.push({ severity: "high", description: AUDIT_TEXT.lowMaxAge, directive: d });
    }
    if (!["max-age", "includesubdomains", "preload"].includes(d) && !d.includes("max-age")) {
      rows.push({ severity: "low", description: AUDIT_TEXT.invalidSyntax, directive: d });
    }
  }
  return fromRows(rows, evidence);
}

// --- COOP -----------------------------------------------------------------------------------------

export function originIsolation(ctx: AuditContext): StaticAuditResult {
  const values = ctx.headers
    .getAll("cross-origin-opener-policy")
    .map((v) => v.toLowerCase().replace(/\s/g, ""));
  const rows: Row[] = [];
  if (!values.length) rows.push({ severity: "high", description: AUDIT_TEXT.noCoop });
  for (const v of values) {
    if (!["unsafe-none", "same-origin-allow-popups", "same-origin"].includes(v)) {
      rows.push({ severity: "low", description: AUDIT_TEXT.invalidSyntax, directive: v });
    }
  }
  const raw = ctx.headers.getAll("cross-origin-opener-policy");
  return fromRows(rows, [
    {
      kind: "header",
      label: "Cross-Origin-Opener-Policy",
      value: raw.length ? raw.join(", ") : EVIDENCE_TEXT.notSet,
    },
  ]);
}

// --- clickjacking ---------------------------------------------------------------------------------

export function clickjackingMitigation(ctx: AuditContext): StaticAuditResult {
  const csps = splitPolicies(ctx.headers.getAll("content-security-policy"));
  if (csps.some((c) => c.includes("frame-ancestors"))) return CLEAN;
  const xfo = ctx.headers.getAll("x-frame-options").map((v) => v.toLowerCase().replace(/\s/g, ""));
  if (xfo.some((v) => v === "deny" || v === "sameorigin")) return CLEAN;
  return fromRows(
    [{ severity: "high", description: AUDIT_TEXT.noFrameProtection }],
    [
      {
        kind: "header",
        label: "X-Frame-Options",
        value: xfo.length ? xfo.join(", ") : EVIDENCE_TEXT.notSet,
      },
    ],
  );
}

// --- doctype / charset ----------------------------------------------------------------------------

export function doctype(ctx: AuditContext): StaticAuditResult {
  const { doctype: dt, mode } = ctx.doctype;
  const fail = (explanation: string): StaticAuditResult => ({
    verdict: "fail",
    items: [
      {
        kind: "text",
        label: "doctype",
        value: dt
          ? `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ""}${dt.systemId ? ` "${dt.systemId}"` : ""}>`
          : EVIDENCE_TEXT.none,
      },
    ],
    itemCount: 1,
    explanation,
  });
  if (!dt) return fail(AUDIT_TEXT.noDoctype);
  if (mode === "no-quirks") return { verdict: "pass", items: [], itemCount: 0 };
  if (mode === "limited-quirks") return fail(AUDIT_TEXT.limitedQuirks);
  if (dt.publicId !== "") return fail(AUDIT_TEXT.publicId);
  if (dt.systemId !== "") return fail(AUDIT_TEXT.systemId);
  if (dt.name !== "html") return fail(AUDIT_TEXT.doctypeName);
  return fail(AUDIT_TEXT.quirks);
}

const IANA_CHARSET = /^[a-zA-Z0-9-_:.()]{2,}$/;
const CHARSET_META_IN_SOURCE = /<meta[^>]+charset[^<]+>/i;
const CHARSET_IN_CONTENT_TYPE = /charset\s*=\s*[a-zA-Z0-9-_:.()]{2,}/i;

export function charset(ctx: AuditContext): StaticAuditResult {
  const contentType = ctx.headers.get("content-type");
  let ok = contentType !== null && CHARSET_IN_CONTENT_TYPE.test(contentType);
  ok ||= ctx.html.charCodeAt(0) === 0xfeff;
  // The meta must be early in the source AND be a real head meta with a valid charset.
  if (!ok && CHARSET_META_IN_SOURCE.test(ctx.html.slice(0, 1024))) {
    ok = ctx.headMetas.some(
      (m) =>
        (m.charset !== undefined && IANA_CHARSET.test(m.charset)) ||
        (m.httpEquiv === "content-type" &&
          m.content !== "" &&
          CHARSET_IN_CONTENT_TYPE.test(m.content)),
    );
  }
  if (ok) return { verdict: "pass", items: [], itemCount: 0 };
  return {
    verdict: "fail",
    items: [{ kind: "header", label: "Content-Type", value: contentType ?? EVIDENCE_TEXT.notSet }],
    itemCount: 1,
    explanation: AUDIT_TEXT.noCharset,
  };
}

/**
 * Lighthouse's browserless best-practices audits. The five security audits (csp-xss, has-hsts,
 * origin-isolation, clickjacking-mitigation, trusted-types-xss) are "informative" in Lighthouse:
 * they list findings with a severity. Their verdict here is `fail` when a finding is High,
 * `warn` when there are only lesser findings (Medium, Low, syntax), `pass` when there is
 * nothing to report.
 */
import { directiveValues, evaluateCsps, parseCsp, splitPolicies } from "../lib/csp.ts";
import { isLocalhostLike, isSecureRequestUrl, tryParseUrl } from "../lib/url.ts";
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
    explanation: rows
      .map(
        (r) =>
          `${r.severity === "syntax" ? "Syntax" : r.severity[0]?.toUpperCase() + r.severity.slice(1)}: ${r.description}`,
      )
      .join("\n"),
  };
}

// --- is-on-https / redirects-http ----------------------------------------------------------------

export function isOnHttps(ctx: AuditContext, resources: Subresource[]): StaticAuditResult {
  const insecure: Evidence[] = [];
  if (!isSecureRequestUrl(ctx.url))
    insecure.push({ kind: "url", label: "document", value: ctx.url.href });
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
    items: [{ kind: "url", label: "final URL", value: ctx.url.href }],
    itemCount: 1,
    explanation: "The HTTP URL does not redirect to HTTPS.",
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
      [{ severity: "high", description: "No CSP found in enforcement mode" }],
      [{ kind: "header", label: "Content-Security-Policy", value: "(not set)" }],
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
      description:
        "The page contains a CSP defined in a <meta> tag. Consider moving the CSP to an HTTP header.",
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
        description: "No `Content-Security-Policy` header with Trusted Types directive found",
      },
    ],
    [
      {
        kind: "header",
        label: "Content-Security-Policy",
        value: header.length ? header.join(", ") : "(not set)",
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
    : [{ kind: "header", label: "Strict-Transport-Security", value: "(not set)" }];
  if (directives.length === 0)
    return fromRows([{ severity: "high", description: "No HSTS header found" }], evidence);
  const rows: Row[] = [];
  const all = directives.join(",");
  if (!all.includes("max-age"))
    rows.push({ severity: "high", description: "No `max-age` directive" });
  if (!all.includes("includesubdomains"))
    rows.push({ severity: "medium", description: "No `includeSubDomains` directive found" });
  if (!all.includes("preload") && !coveredByPreloadedSuffix(ctx.url.hostname)) {
    rows.push({ severity: "medium", description: "No `preload` directive found" });
  }
  for (const d of directives) {
    if (d.includes("max-age") && Number.parseInt(d.split("=")[1] ?? "", 10) < 31536000) {
      rows.push({ severity: "high", description: "`max-age` is too low", directive: d });
    }
    if (!["max-age", "includesubdomains", "preload"].includes(d) && !d.includes("max-age")) {
      rows.push({ severity: "low", description: "Invalid syntax", directive: d });
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
  if (!values.length) rows.push({ severity: "high", description: "No COOP header found" });
  for (const v of values) {
    if (!["unsafe-none", "same-origin-allow-popups", "same-origin"].includes(v)) {
      rows.push({ severity: "low", description: "Invalid syntax", directive: v });
    }
  }
  const raw = ctx.headers.getAll("cross-origin-opener-policy");
  return fromRows(rows, [
    {
      kind: "header",
      label: "Cross-Origin-Opener-Policy",
      value: raw.length ? raw.join(", ") : "(not set)",
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
    [{ severity: "high", description: "No XFO or CSP frame-ancestors found" }],
    [
      {
        kind: "header",
        label: "X-Frame-Options",
        value: xfo.length ? xfo.join(", ") : "(not set)",
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
          : "(none)",
      },
    ],
    itemCount: 1,
    explanation,
  });
  if (!dt) return fail("Document must contain a doctype");
  if (mode === "no-quirks") return { verdict: "pass", items: [], itemCount: 0 };
  if (mode === "limited-quirks")
    return fail("Document contains a `doctype` that triggers `limited-quirks-mode`");
  if (dt.publicId !== "") return fail("Expected publicId to be an empty string");
  if (dt.systemId !== "") return fail("Expected systemId to be an empty string");
  if (dt.name !== "html") return fail("Doctype name must be the string `html`");
  return fail("Document contains a `doctype` that triggers `quirks-mode`");
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
    items: [{ kind: "header", label: "Content-Type", value: contentType ?? "(not set)" }],
    itemCount: 1,
    explanation:
      "No charset in the Content-Type header, no byte-order mark, and no <meta charset> in the first 1024 characters.",
  };
}

/**
 * Content-Security-Policy evaluation for XSS, following the checks Lighthouse runs through
 * Google's CSP Evaluator: a policy "fails" when it can be bypassed (High), gets warnings for
 * missing fallbacks (Medium), and syntax notes. Written from the rules, not from its code.
 */

export type CspSeverity = "high" | "medium" | "syntax";

export interface CspFinding {
  type: string;
  severity: CspSeverity;
  directive: string;
  value?: string;
  description: string;
}

export type Csp = Map<string, string[]>;

const KEYWORDS = new Set([
  "'self'",
  "'none'",
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'wasm-eval'",
  "'wasm-unsafe-eval'",
  "'strict-dynamic'",
  "'unsafe-hashed-attributes'",
  "'unsafe-hashes'",
  "'report-sample'",
  "'block'",
  "'allow'",
  "'script'",
  "'inline-speculation-rules'",
]);

const FETCH_DIRECTIVES = new Set([
  "child-src",
  "connect-src",
  "default-src",
  "font-src",
  "frame-src",
  "img-src",
  "manifest-src",
  "media-src",
  "object-src",
  "script-src",
  "script-src-attr",
  "script-src-elem",
  "style-src",
  "style-src-attr",
  "style-src-elem",
  "worker-src",
  "prefetch-src",
]);

const KNOWN_DIRECTIVES = new Set([
  ...FETCH_DIRECTIVES,
  "base-uri",
  "plugin-types",
  "sandbox",
  "disown-opener",
  "form-action",
  "frame-ancestors",
  "navigate-to",
  "report-to",
  "report-uri",
  "block-all-mixed-content",
  "upgrade-insecure-requests",
  "reflected-xss",
  "referrer",
  "require-sri-for",
  "require-trusted-types-for",
  "trusted-types",
  "webrtc",
  "fenced-frame-src",
]);

const DEPRECATED = new Set([
  "reflected-xss",
  "referrer",
  "disown-opener",
  "prefetch-src",
  "plugin-types",
]);

const NONCE = /^'nonce-(.+)'$/;
const HASH = /^'(sha256|sha384|sha512)-(.+)'$/;
const URL_SCHEME = /^[a-zA-Z][+a-zA-Z0-9.-]*:$/;

function normalizeValue(value: string): string {
  const lower = value.toLowerCase();
  if (KEYWORDS.has(lower) || URL_SCHEME.test(value)) return lower;
  return value;
}

export function parseCsp(raw: string): Csp {
  const csp: Csp = new Map();
  for (const token of raw.split(";")) {
    const parts = token.trim().match(/\S+/g);
    if (!parts || !parts[0]) continue;
    const name = parts[0].toLowerCase();
    // A repeated directive is ignored after its first occurrence.
    if (csp.has(name)) continue;
    const values: string[] = [];
    for (const v of parts.slice(1)) {
      const n = normalizeValue(v);
      if (!values.includes(n)) values.push(n);
    }
    csp.set(name, values);
  }
  return csp;
}

/** The directive that actually governs `directive` (fetch directives fall back to default-src). */
export function effectiveDirective(csp: Csp, directive: string): string {
  if (!csp.has(directive) && FETCH_DIRECTIVES.has(directive)) return "default-src";
  return directive;
}

function scriptValues(csp: Csp): string[] {
  return csp.get(effectiveDirective(csp, "script-src")) ?? [];
}
const hasNonces = (csp: Csp) => scriptValues(csp).some((v) => NONCE.test(v));
const hasHashes = (csp: Csp) => scriptValues(csp).some((v) => HASH.test(v));
const hasStrictDynamic = (csp: Csp) => scriptValues(csp).includes("'strict-dynamic'");

/** What a CSP3 browser enforces: nonces/hashes disable 'unsafe-inline', 'strict-dynamic' disables allowlists. */
function effectiveCsp(csp: Csp): Csp {
  const out: Csp = new Map([...csp].map(([k, v]) => [k, [...v]]));
  const name = effectiveDirective(csp, "script-src");
  const values = out.get(name);
  if (!values) return out;
  let kept = values;
  if (hasNonces(csp) || hasHashes(csp)) kept = kept.filter((v) => v !== "'unsafe-inline'");
  if (hasStrictDynamic(csp)) {
    kept = kept.filter((v) => v.startsWith("'") && v !== "'self'" && v !== "'unsafe-inline'");
  }
  out.set(name, kept);
  return out;
}

const XSS_DIRECTIVES = ["script-src", "object-src", "base-uri"];

function effectiveXssDirectives(csp: Csp): string[] {
  return [...new Set(XSS_DIRECTIVES.map((d) => effectiveDirective(csp, d)))];
}

type Check = (csp: Csp) => CspFinding[];

const missingScriptSrc: Check = (csp) =>
  csp.has("script-src") || csp.has("default-src")
    ? []
    : [
        {
          type: "missing-directive",
          severity: "high",
          directive: "script-src",
          description:
            "`script-src` directive is missing. This can allow the execution of unsafe scripts.",
        },
      ];

const missingObjectSrc: Check = (csp) => {
  const values = csp.get("object-src") ?? csp.get("default-src");
  return values && values.length >= 1
    ? []
    : [
        {
          type: "missing-directive",
          severity: "high",
          directive: "object-src",
          description:
            "Missing `object-src` allows the injection of plugins that execute unsafe scripts. Consider setting `object-src` to `'none'`.",
        },
      ];
};

const strictDynamic: Check = (csp) => {
  const name = effectiveDirective(csp, "script-src");
  const values = csp.get(name) ?? [];
  return values.some((v) => !v.startsWith("'")) && !values.includes("'strict-dynamic'")
    ? [
        {
          type: "strict-dynamic",
          severity: "high",
          directive: name,
          description:
            "Host allowlists can frequently be bypassed. Consider using CSP nonces or hashes instead, along with `'strict-dynamic'` if necessary.",
        },
      ]
    : [];
};

const unsafeInline: Check = (csp) => {
  const name = effectiveDirective(csp, "script-src");
  return (csp.get(name) ?? []).includes("'unsafe-inline'")
    ? [
        {
          type: "unsafe-inline",
          severity: "high",
          directive: name,
          value: "'unsafe-inline'",
          description:
            "`'unsafe-inline'` allows the execution of unsafe in-page scripts and event handlers. Consider using CSP nonces or hashes to allow scripts individually.",
        },
      ]
    : [];
};

const wildcards: Check = (csp) => {
  const out: CspFinding[] = [];
  for (const d of effectiveXssDirectives(csp)) {
    for (const v of csp.get(d) ?? []) {
      const schemeFree = v.replace(/^\w[+\w.-]*:\/\//i, "").replace(/^\/\//, "");
      if (schemeFree === "*") {
        out.push({
          type: "plain-wildcard",
          severity: "high",
          directive: d,
          value: v,
          description: `Avoid using plain wildcards (${v}) in \`${d}\`: they allow scripts from any domain.`,
        });
      }
    }
  }
  return out;
};

const plainSchemes: Check = (csp) => {
  const out: CspFinding[] = [];
  for (const d of effectiveXssDirectives(csp)) {
    for (const v of csp.get(d) ?? []) {
      if (v === "data:" || v === "http:" || v === "https:") {
        out.push({
          type: "plain-url-scheme",
          severity: "high",
          directive: d,
          value: v,
          description: `Avoid using plain URL schemes (${v}) in \`${d}\`: they allow scripts from any domain.`,
        });
      }
    }
  }
  return out;
};

const unsafeInlineFallback: Check = (csp) => {
  if (!hasNonces(csp) && !hasHashes(csp)) return [];
  const name = effectiveDirective(csp, "script-src");
  return (csp.get(name) ?? []).includes("'unsafe-inline'")
    ? []
    : [
        {
          type: "unsafe-inline-fallback",
          severity: "medium",
          directive: name,
          description:
            "Consider adding `'unsafe-inline'` (ignored by browsers supporting nonces/hashes) to be backward compatible with older browsers.",
        },
      ];
};

const allowlistFallback: Check = (csp) => {
  const name = effectiveDirective(csp, "script-src");
  const values = csp.get(name) ?? [];
  if (!values.includes("'strict-dynamic'")) return [];
  return values.some((v) => v === "http:" || v === "https:" || v === "*" || v.includes("."))
    ? []
    : [
        {
          type: "allowlist-fallback",
          severity: "medium",
          directive: name,
          description:
            "Consider adding `https:` and `http:` URL schemes (ignored by browsers supporting `'strict-dynamic'`) to be backward compatible with older browsers.",
        },
      ];
};

const reporting: Check = (csp) => {
  if ((csp.get("report-uri") ?? []).length > 0) return [];
  if ((csp.get("report-to") ?? []).length > 0) {
    return [
      {
        type: "report-to-only",
        severity: "medium",
        directive: "report-to",
        description:
          "The reporting destination is only configured via `report-to`; also set `report-uri` for browsers that don't support it.",
      },
    ];
  }
  return [
    {
      type: "reporting-missing",
      severity: "medium",
      directive: "report-uri",
      description:
        "No CSP configures a reporting destination, which makes the policy hard to maintain and monitor.",
    },
  ];
};

function syntaxFindings(csp: Csp): CspFinding[] {
  const out: CspFinding[] = [];
  for (const [name, values] of csp) {
    if (!KNOWN_DIRECTIVES.has(name)) {
      out.push({
        type: "unknown-directive",
        severity: "syntax",
        directive: name,
        description: `Unknown CSP directive \`${name}\`.`,
      });
    }
    if (DEPRECATED.has(name)) {
      out.push({
        type: "deprecated-directive",
        severity: "syntax",
        directive: name,
        description: `\`${name}\` is deprecated.`,
      });
    }
    for (const v of values) {
      if (KNOWN_DIRECTIVES.has(v)) {
        out.push({
          type: "missing-semicolon",
          severity: "syntax",
          directive: name,
          value: v,
          description: `Did you forget the semicolon? \`${v}\` seems to be a directive, not a keyword.`,
        });
      } else if (v.startsWith("'") && !KEYWORDS.has(v) && !NONCE.test(v) && !HASH.test(v)) {
        out.push({
          type: "invalid-keyword",
          severity: "syntax",
          directive: name,
          value: v,
          description: `\`${v}\` seems to be an invalid keyword.`,
        });
      }
      const nonce = NONCE.exec(v)?.[1];
      if (nonce !== undefined && (nonce.length < 8 || !/^[A-Za-z0-9+/_-]+=*$/.test(nonce))) {
        out.push({
          type: "nonce",
          severity: "syntax",
          directive: name,
          value: v,
          description: "Nonces should be at least 8 characters long and use the base64 charset.",
        });
      }
    }
  }
  return out;
}

const sameFinding = (a: CspFinding, b: CspFinding) =>
  a.type === b.type &&
  a.directive === b.directive &&
  a.value === b.value &&
  a.description === b.description;

/** Findings every policy has: one passing policy is enough to block the bypass. */
function inAll(csps: Csp[], check: Check): CspFinding[] {
  if (csps.length === 0) return [];
  const results = csps.map(check);
  return (results[0] ?? []).filter((f) => results.every((r) => r.some((g) => sameFinding(f, g))));
}

/** Findings any policy has. */
function inAny(csps: Csp[], check: Check): CspFinding[] {
  const out: CspFinding[] = [];
  for (const f of csps.flatMap(check)) if (!out.some((g) => sameFinding(f, g))) out.push(f);
  return out;
}

/** Bypasses (High): the policies as a whole don't stop XSS. */
export function cspBypasses(csps: Csp[]): CspFinding[] {
  const needsBaseUri = csps.some((c) => hasNonces(c) || (hasHashes(c) && hasStrictDynamic(c)));
  const baseUri: CspFinding[] =
    needsBaseUri && !csps.some((c) => c.has("base-uri"))
      ? [
          {
            type: "missing-directive",
            severity: "high",
            directive: "base-uri",
            description:
              "Missing `base-uri` allows injected `<base>` tags to point relative script URLs at an attacker's domain. Set `base-uri` to `'none'` or `'self'`.",
          },
        ]
      : [];
  const effective = csps.map(effectiveCsp);
  const withScript = effective.filter((c) => c.has(effectiveDirective(c, "script-src")));
  return [
    ...inAll(csps, missingScriptSrc),
    ...inAll(csps, missingObjectSrc),
    ...baseUri,
    ...inAll(withScript, strictDynamic),
    ...inAll(withScript, unsafeInline),
    ...inAll(effective, wildcards),
    ...inAll(effective, plainSchemes),
  ];
}

export function cspWarnings(csps: Csp[]): CspFinding[] {
  return [
    ...inAny(csps, unsafeInlineFallback),
    ...inAny(csps, allowlistFallback),
    ...inAny(csps, reporting),
  ];
}

export interface CspEvaluation {
  /** No enforced policy at all. */
  missing: boolean;
  bypasses: CspFinding[];
  warnings: CspFinding[];
  syntax: CspFinding[];
  /** A policy is set through `<meta>` and the header policies alone are not strict. */
  metaOnlyWarning: boolean;
}

export function evaluateCsps(headerCsps: string[], metaCsps: string[]): CspEvaluation {
  const all = [...headerCsps, ...metaCsps];
  if (all.length === 0)
    return { missing: true, bypasses: [], warnings: [], syntax: [], metaOnlyWarning: false };
  const parsed = all.map(parseCsp);
  const headerParsed = headerCsps.map(parseCsp);
  const headerInsecure = headerCsps.length === 0 || cspBypasses(headerParsed).length > 0;
  return {
    missing: false,
    bypasses: cspBypasses(parsed),
    warnings: cspWarnings(parsed),
    syntax: parsed.flatMap(syntaxFindings),
    metaOnlyWarning: metaCsps.length > 0 && headerInsecure,
  };
}

/** Split header/meta values into individual policies, the way Lighthouse does. */
export function splitPolicies(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(",")).filter((p) => p.replace(/\s/g, "") !== "");
}

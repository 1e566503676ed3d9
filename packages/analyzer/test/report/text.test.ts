import { afterAll, describe, expect, it } from "vitest";

import { analyzeHtml } from "../../src/analyze-html.ts";
import { closeAccessibilityWorker } from "../../src/audits/accessibility-runner.ts";
import { evaluateCsps } from "../../src/lib/csp.ts";
import { LIGHTHOUSE_AUDITS } from "../../src/lighthouse/registry.ts";
import {
  A11Y_FIX,
  AUDIT_SEVERITY,
  AUDIT_TEXT,
  COOKIE_ISSUES,
  CSP_EVALUATOR_TEXT,
  EVIDENCE_TEXT,
  FINDING_TEXT,
  HEADER_TEXT,
  LIGHTHOUSE_TEXT,
  MESSAGES,
  SCORE_BASIS,
  WARNINGS,
} from "../../src/report/catalog.ts";
import type { Finding } from "../../src/report/schema.ts";
import { formatText, matchTemplate, templateParams } from "../../src/text/format.ts";
import {
  auditTitle,
  localizeAudit,
  localizeCookieIssue,
  localizeFinding,
  localizeHeaderExplanation,
  localizeScoreBasis,
  localizeWarning,
} from "../../src/text/index.ts";
import {
  A11Y_TEXT_PT,
  AUDIT_SEVERITY_PT,
  AUDIT_TEXT_PT,
  AUDIT_TITLES_PT,
  COOKIE_ISSUES_PT,
  CSP_EVALUATOR_TEXT_PT,
  EVIDENCE_TEXT_PT,
  FINDING_TEXT_PT,
  HEADER_TEXT_PT,
  LIGHTHOUSE_TEXT_PT,
  MESSAGES_PT,
  SCORE_BASIS_PT,
  WARNINGS_PT,
} from "../../src/text/pt-BR.ts";
import { page } from "../analyzer/helpers.ts";

afterAll(() => closeAccessibilityWorker());

const keys = (record: object) => Object.keys(record).sort();

/** Every template of an entry, keyed `<entry>.<field>`, for comparing placeholders. */
function templates(record: Record<string, string | object>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).flatMap(([key, value]) =>
      typeof value === "string"
        ? [[key, value]]
        : Object.entries(value)
            .filter((entry): entry is [string, string] => typeof entry[1] === "string")
            .map(([field, text]) => [`${key}.${field}`, text]),
    ),
  );
}

describe("the pt-BR catalog", () => {
  const pairs: Array<[string, Record<string, string | object>, Record<string, string | object>]> = [
    ["LIGHTHOUSE_TEXT", LIGHTHOUSE_TEXT, LIGHTHOUSE_TEXT_PT],
    ["FINDING_TEXT", FINDING_TEXT, FINDING_TEXT_PT],
    ["A11Y_FIX", A11Y_FIX, A11Y_TEXT_PT],
    ["MESSAGES", MESSAGES, MESSAGES_PT],
    ["SCORE_BASIS", SCORE_BASIS, SCORE_BASIS_PT],
    ["WARNINGS", WARNINGS, WARNINGS_PT],
    ["COOKIE_ISSUES", COOKIE_ISSUES, COOKIE_ISSUES_PT],
    ["AUDIT_TEXT", AUDIT_TEXT, AUDIT_TEXT_PT],
    ["AUDIT_SEVERITY", AUDIT_SEVERITY, AUDIT_SEVERITY_PT],
    ["EVIDENCE_TEXT", EVIDENCE_TEXT, EVIDENCE_TEXT_PT],
    ["HEADER_TEXT", HEADER_TEXT, HEADER_TEXT_PT],
    ["CSP_EVALUATOR_TEXT", CSP_EVALUATOR_TEXT, CSP_EVALUATOR_TEXT_PT],
  ];

  it.each(pairs)("has an entry for every English entry of %s, and no other", (_, en, pt) => {
    expect(keys(pt)).toEqual(keys(en));
  });

  it("titles every Lighthouse audit, and nothing else", () => {
    expect(keys(AUDIT_TITLES_PT)).toEqual(LIGHTHOUSE_AUDITS.map((a) => a.id).sort());
  });

  it.each(pairs)("uses the same placeholders as the English in %s", (_, en, pt) => {
    const ptTemplates = templates(pt);
    for (const [key, english] of Object.entries(templates(en))) {
      if (key.endsWith(".learnMoreUrl") || !(key in ptTemplates)) continue;
      expect(templateParams(ptTemplates[key] ?? ""), key).toEqual(templateParams(english));
    }
  });

  it("gives every accessibility rule a title, an explanation and a fix", () => {
    for (const [id, text] of Object.entries(A11Y_TEXT_PT)) {
      expect([text.title, text.explanation, text.fix].every(Boolean), id).toBe(true);
    }
  });
});

describe("formatText", () => {
  it("fills placeholders, plurals and selects", () => {
    const plural = "{count, plural, one {# imagem} other {# imagens}} sem {what}";
    expect(formatText(plural, { count: 1, what: "alt" }, "pt-BR")).toBe("1 imagem sem alt");
    expect(formatText(plural, { count: 3, what: "alt" }, "pt-BR")).toBe("3 imagens sem alt");
    expect(formatText("{s, select, yes {sim} other {não}}", { s: "yes" }, "pt-BR")).toBe("sim");
    expect(formatText("{s, select, yes {sim} other {não}}", { s: "no" }, "pt-BR")).toBe("não");
  });

  it("reads the values back from a text made with a plain template", () => {
    expect(matchTemplate("over {n} audits ({m} skipped)", "over 12 audits (3 skipped)")).toEqual({
      n: "12",
      m: "3",
    });
    expect(matchTemplate("over {n} audits", "something else")).toBeNull();
  });
});

/** A page that fails on purpose in many ways, so most finding kinds show up. */
const BAD_PAGE = page(
  `<html><head><title>Tea</title>
    <link rel="canonical" href="/other">
    <script src="http://cdn.example/a.js"></script><link rel="stylesheet" href="/a.css">
    <script type="application/ld+json">{"@type": "Broken",}</script>
  </head><body>
    <img src="/a.png"><img src="/b.jpg">
    <a href="javascript:void(0)">click here</a><button></button>
    <input type="text"><ul><div>x</div></ul>
  </body></html>`,
  {
    headers: {
      "content-type": "text/html",
      "x-xss-protection": "1; mode=block",
      "referrer-policy": "unsafe-url",
      "strict-transport-security": "max-age=600",
      "set-cookie": "sid=1; SameSite=None",
    },
    timing: { ttfbMs: 2400, totalMs: 2600 },
    httpVersion: "1.1",
  },
);

describe("localizeFinding", () => {
  it("translates every finding of a report, title, explanation and fix", async () => {
    const report = await analyzeHtml(BAD_PAGE);
    expect(report.findings.length).toBeGreaterThan(15);
    for (const finding of report.findings) {
      const pt = localizeFinding(finding, "pt-BR");
      expect(pt.title, finding.id).not.toBe(finding.title);
      expect(pt.fix, finding.id).not.toBe(finding.fix);
      // An improvable audit's explanation is the security evaluators' own text.
      if (!finding.id.endsWith("-improvable")) {
        expect(pt.explanation, finding.id).not.toBe(finding.explanation);
      }
      const rest = (f: Finding) => ({ ...f, title: "", explanation: "", fix: "", evidence: [] });
      expect(rest(pt)).toEqual(rest(finding));
      expect(pt.evidence.map((e) => e.kind)).toEqual(finding.evidence.map((e) => e.kind));
      expect(localizeFinding(finding, "en")).toBe(finding);
    }
    const slow = report.findings.find((f) => f.id === "performance/slow-server-response");
    expect(slow && localizeFinding(slow, "pt-BR").title).toBe(
      "Resposta lenta do servidor (2400 ms até o primeiro byte)",
    );
    const og = report.findings.find((f) => f.id === "seo/open-graph-incomplete");
    expect(og && localizeFinding(og, "pt-BR").evidence[0]).toEqual({
      kind: "text",
      label: EVIDENCE_TEXT_PT.missing,
      value: og?.evidence[0]?.value,
    });
    const canonical = report.findings.find((f) => f.id === "seo/canonical");
    expect(canonical?.params?.detail).toBe("Is not an absolute URL (/other)");
    expect(canonical && localizeFinding(canonical, "pt-BR").explanation).toBe(
      `${LIGHTHOUSE_TEXT_PT.canonical?.explanation} (Não é um endereço absoluto (/other).)`,
    );
  });

  it("keeps the stored English when it can't reproduce it", () => {
    const unknown: Finding = {
      id: "seo/something-new",
      category: "seo",
      severity: "low",
      title: "Something new",
      explanation: "Why.",
      fix: "How.",
      evidence: [],
      count: 0,
    };
    expect(localizeFinding(unknown, "pt-BR")).toEqual(unknown);
    // An older report: no params, so the title with a count stays English; the rest translates.
    const older: Finding = {
      ...unknown,
      id: "performance/unsized-images",
      category: "performance",
      title: "2 images without width and height",
      explanation: FINDING_TEXT["performance/unsized-images"].explanation,
      fix: FINDING_TEXT["performance/unsized-images"].fix,
    };
    const pt = localizeFinding(older, "pt-BR");
    expect(pt.title).toBe(older.title);
    expect(pt.fix).toBe(FINDING_TEXT_PT["performance/unsized-images"].fix);
  });
});

describe("audit titles, score bases and warnings", () => {
  it("titles audits in the reader's language", async () => {
    expect(auditTitle("is-on-https", "pt-BR")).toBe("Usa HTTPS");
    expect(auditTitle("is-on-https", "en")).toBe("Uses HTTPS");
    expect(auditTitle("nope", "pt-BR")).toBeUndefined();
    const report = await analyzeHtml(BAD_PAGE, { accessibility: false });
    for (const audit of Object.values(report.lighthouse)) {
      expect(localizeAudit(audit, "pt-BR").title).toBe(AUDIT_TITLES_PT[audit.id]);
    }
    const hsts = report.lighthouse["has-hsts"];
    expect(hsts?.explanation).toContain(`${AUDIT_SEVERITY.high}: ${AUDIT_TEXT.lowMaxAge}`);
    expect(hsts && localizeAudit(hsts, "pt-BR").explanation).toContain(
      `${AUDIT_SEVERITY_PT.high}: ${AUDIT_TEXT_PT.lowMaxAge}`,
    );
    for (const score of Object.values(report.scores.categories)) {
      expect(localizeScoreBasis(score.basis, "pt-BR")).not.toBe(score.basis);
    }
  });

  it("translates the bases, warnings and cookie issues it recognises", () => {
    const basis = formatText(
      SCORE_BASIS.lighthouseWithBrowserOnly,
      { decided: 9, browserOnly: 2 },
      "en",
    );
    expect(localizeScoreBasis(basis, "pt-BR")).toBe(
      formatText(SCORE_BASIS_PT.lighthouseWithBrowserOnly, { decided: 9, browserOnly: 2 }, "pt-BR"),
    );
    const warning = formatText(WARNINGS.truncated, { depth: 256, chars: 1200 }, "en");
    expect(localizeWarning(warning, "pt-BR")).toContain("1200 caracteres");
    expect(localizeScoreBasis(WARNINGS.accessibilityFailed, "pt-BR")).toBe(
      WARNINGS_PT.accessibilityFailed,
    );
    expect(localizeWarning("Something else", "pt-BR")).toBe("Something else");
    expect(localizeCookieIssue(COOKIE_ISSUES.notSecure, "pt-BR")).toBe(COOKIE_ISSUES_PT.notSecure);
    expect(localizeWarning(warning, "en")).toBe(warning);
    expect(localizeHeaderExplanation(HEADER_TEXT.coopBad, "pt-BR")).toBe(HEADER_TEXT_PT.coopBad);
  });

  it("translates evidence labels with their own values, and leaves quoted text alone", () => {
    const audit = {
      id: "robots-txt",
      title: "robots.txt is valid",
      verdict: "fail" as const,
      engine: "static" as const,
      items: [
        { kind: "robots-txt" as const, label: "line 3: Unknown directive", value: "Nope: /" },
        { kind: "header" as const, label: "Strict-Transport-Security", value: "(not set)" },
        {
          kind: "element" as const,
          label: "Unexpected language code; Relative href value",
          value: "(none)",
        },
      ],
      itemCount: 3,
    };
    expect(localizeAudit(audit, "pt-BR").items).toEqual([
      { kind: "robots-txt", label: "linha 3: Diretiva desconhecida", value: "Nope: /" },
      { kind: "header", label: "Strict-Transport-Security", value: EVIDENCE_TEXT_PT.notSet },
      {
        kind: "element",
        label: `${EVIDENCE_TEXT_PT.unexpectedLanguage}; ${EVIDENCE_TEXT_PT.relativeHref}`,
        value: "(none)",
      },
    ]);
  });
});

describe("the CSP Evaluator's sentences", () => {
  it("are each one of CSP_EVALUATOR_TEXT, so they can be translated", () => {
    const policies = [
      "script-src 'unsafe-inline' 'unsafe-hashes' https://cdn.example *; object-src *",
      "script-src 'strict-dynamic'; base-uri 'none'; object-src 'none'",
      "script-src http: data: 'nonce-ab$'; report-uri /r",
      "script-src 'nonce-r4nd0mN0nce' 'strict-dynamic'; reflected-xss block; referrer no; disown-opener; prefetch-src 'self'; foo: bar; bogus x; default-src self script-src; img-src nonce-x",
    ];
    const seen = new Set<string>();
    for (const policy of policies) {
      const evaluation = evaluateCsps([policy], []);
      for (const finding of [
        ...evaluation.bypasses,
        ...evaluation.warnings,
        ...evaluation.syntax,
      ]) {
        const key = (
          Object.keys(CSP_EVALUATOR_TEXT) as Array<keyof typeof CSP_EVALUATOR_TEXT>
        ).find((k) => matchTemplate(CSP_EVALUATOR_TEXT[k], finding.description));
        expect(key, finding.description).toBeDefined();
        if (key) seen.add(key);
      }
    }
    expect(seen.size).toBeGreaterThan(12);
  });
});

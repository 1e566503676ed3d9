/**
 * @capyseo/core, a browserless SEO checker, as a peer: its checks translated to the Lighthouse
 * audits they overlap with. A mapped rule's issue (error or warning) means "fail"; quality hints
 * Lighthouse has no equivalent for (title length, "consider x-default") are not failures; where
 * the peer reports absence of something Lighthouse calls not-applicable (no canonical, no
 * viewport meta), the verdict is "na". Its live checks (fetching every link) are off.
 */
import { SEOAnalyzer } from "@capyseo/core";

import type { Verdict } from "../src/report/schema.ts";

interface PeerIssue {
  ruleId: string;
  severity: string;
  message: string;
}

type Mapper = (issues: PeerIssue[]) => Verdict | null;

const failing = (issues: PeerIssue[]) =>
  issues.filter((i) => i.severity === "error" || i.severity === "warning");

function byRule(ruleIds: string[], opts: { fail?: RegExp; na?: RegExp } = {}): Mapper {
  return (all) => {
    const issues = failing(all.filter((i) => ruleIds.includes(i.ruleId)));
    if (opts.na && issues.some((i) => opts.na?.test(i.message))) return "na";
    const relevant = opts.fail ? issues.filter((i) => opts.fail?.test(i.message)) : issues;
    return relevant.length ? "fail" : "pass";
  };
}

/** Lighthouse audit id → how to read the peer's issues. */
export const PEER_MAPPING: Record<string, Mapper> = {
  "document-title": byRule(["meta-title"], { fail: /missing|empty/i }),
  "meta-description": byRule(["meta-description"], { fail: /missing|empty/i }),
  "image-alt": byRule(["image-alt"]),
  "html-has-lang": byRule(["lang-attribute"], { fail: /missing/i }),
  "meta-viewport": byRule(["meta-viewport", "mobile-viewport"], { na: /missing viewport/i }),
  canonical: (issues) => {
    const canon = failing(issues.filter((i) => i.ruleId === "canonical-url"));
    if (canon.some((i) => /missing canonical/i.test(i.message))) return "na";
    return canon.length ? "fail" : "pass";
  },
  "is-crawlable": byRule(["robots-meta"], { fail: /noindex|none|block/i }),
  hreflang: byRule(["hreflang"]),
  "meta-refresh": byRule(["http-equiv-refresh"]),
  "heading-order": byRule(["heading-hierarchy"], { fail: /skipped heading level/i }),
  "is-on-https": byRule(["https"], { fail: /mixed content/i }),
  "csp-xss": byRule(["security-headers"], { fail: /content-security-policy/i }),
  charset: byRule(["meta-charset"]),
};

export function createPeer() {
  const analyzer = new SEOAnalyzer({ liveChecks: false });
  return async (html: string, url: string, headers: Record<string, string>) => {
    const report = await analyzer.analyzePage(html, url, new Headers(headers));
    // Its security-headers rule only reports at "info" level: treat a missing CSP as its verdict.
    const issues = report.issues.map((i) => ({
      ruleId: i.ruleId,
      severity: i.ruleId === "security-headers" ? "warning" : i.severity,
      message: i.message,
    }));
    const verdicts = new Map<string, Verdict>();
    for (const [audit, map] of Object.entries(PEER_MAPPING)) {
      const v = map(issues);
      if (v) verdicts.set(audit, v);
    }
    return verdicts;
  };
}

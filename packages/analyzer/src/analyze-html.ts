/**
 * analyzeHtml: one page (HTML + HTTP response + robots.txt) in, one report out. No network.
 */
import { threadId } from "node:worker_threads";

import {
  runAccessibility,
  type AccessibilityIsolation,
  type AxeRun,
} from "./audits/accessibility-runner.ts";
import {
  charset,
  clickjackingMitigation,
  cspXss,
  doctype,
  hasHsts,
  isOnHttps,
  originIsolation,
  redirectsHttp,
  trustedTypesXss,
} from "./audits/best-practices.ts";
import { buildContext, type AuditContext, type StaticAuditResult } from "./audits/context.ts";
import { collectSubresources } from "./audits/resources.ts";
import {
  canonical,
  collectAnchors,
  crawlableAnchors,
  documentTitle,
  hreflang,
  httpStatusCode,
  imageAlt,
  isCrawlable,
  linkText,
  metaDescription,
  robotsTxt,
} from "./audits/seo.ts";
import { computeSignals } from "./extras/signals.ts";
import { MAX_NESTING_DEPTH } from "./parse/page.ts";
import type { AnalyzeHtmlInput, AnalyzeOptions } from "./input.ts";
import { DECIDABLE_AUDITS, LIGHTHOUSE_AUDITS } from "./lighthouse/registry.ts";
import { AUDIT_TEXT, SCORE_BASIS, WARNINGS } from "./report/catalog.ts";
import {
  lighthouseFindings,
  signalFindings,
  sortFindings,
  type AxeRuleFacts,
} from "./report/findings.ts";
import { REPORT_SCHEMA_VERSION, type LighthouseAuditResult, type Report } from "./report/schema.ts";
import {
  lighthouseCategoryScore,
  overallScore,
  performanceScore,
  securityScore,
} from "./report/scoring.ts";
import { formatText } from "./text/format.ts";
import { ANALYZER_VERSION, LIGHTHOUSE_VERSION } from "./version.ts";

export interface StaticAnalysis {
  ctx: AuditContext;
  results: Record<string, StaticAuditResult>;
  resources: ReturnType<typeof collectSubresources>;
  parseMs: number;
  auditsMs: number;
}

/**
 * The fast path: every SEO and best-practices audit (plus the static twins of `image-alt` and
 * `document-title`), from htmlparser2 + parse5, without building a browser DOM.
 */
export function runStaticAudits(input: AnalyzeHtmlInput, now: Date = new Date()): StaticAnalysis {
  const t0 = performance.now();
  const ctx = buildContext(input, now);
  const t1 = performance.now();
  const resources = collectSubresources(ctx);
  const anchors = collectAnchors(ctx);
  const results: Record<string, StaticAuditResult> = {
    "is-crawlable": isCrawlable(ctx),
    "document-title": documentTitle(ctx),
    "meta-description": metaDescription(ctx),
    "http-status-code": httpStatusCode(ctx),
    "link-text": linkText(ctx, anchors),
    "crawlable-anchors": crawlableAnchors(ctx, anchors),
    "robots-txt": robotsTxt(ctx),
    "image-alt": imageAlt(ctx),
    hreflang: hreflang(ctx),
    canonical: canonical(ctx),
    "is-on-https": isOnHttps(ctx, resources),
    "redirects-http": redirectsHttp(ctx),
    "csp-xss": cspXss(ctx),
    "has-hsts": hasHsts(ctx),
    "origin-isolation": originIsolation(ctx),
    "clickjacking-mitigation": clickjackingMitigation(ctx),
    "trusted-types-xss": trustedTypesXss(ctx),
    doctype: doctype(ctx),
    charset: charset(ctx),
  };
  const t2 = performance.now();
  return { ctx, results, resources, parseMs: t1 - t0, auditsMs: t2 - t1 };
}

export async function analyzeHtml(
  input: AnalyzeHtmlInput,
  options: AnalyzeOptions = {},
): Promise<Report> {
  const started = performance.now();
  const now = options.now ?? new Date();
  // Everything that needs the parsed page is computed first, so the page's DOM can be released
  // while this analysis waits its turn for the accessibility worker.
  const {
    results,
    parseMs,
    auditsMs,
    pageUrl,
    requestedUrl,
    https,
    robotsChecked,
    elementCount,
    truncatedAt,
    signals,
  } = (() => {
    const stat = runStaticAudits(input, now);
    return {
      results: stat.results,
      parseMs: stat.parseMs,
      auditsMs: stat.auditsMs,
      pageUrl: stat.ctx.url.href,
      requestedUrl: stat.ctx.requestedUrl,
      https: stat.ctx.url.protocol === "https:",
      robotsChecked: stat.ctx.robots.checked,
      elementCount: stat.ctx.page.elementCount,
      truncatedAt: stat.ctx.page.truncatedAt,
      signals: computeSignals(stat.ctx, stat.resources),
    };
  })();

  let axe: AxeRun | null = null;
  let accessibilityEngine: AccessibilityIsolation | null = null;
  const warnings: string[] = [];
  if (truncatedAt !== null) {
    warnings.push(
      formatText(WARNINGS.truncated, { depth: MAX_NESTING_DEPTH, chars: truncatedAt }, "en"),
    );
  }
  if (options.accessibility !== false) {
    // truncatedAt counts from after a byte-order mark, which the parse skips.
    const bom = input.html.charCodeAt(0) === 0xfeff ? 1 : 0;
    const html = truncatedAt === null ? input.html : input.html.slice(0, truncatedAt + bom);
    const outcome = await runAccessibility(
      html,
      pageUrl,
      options.accessibilityIsolation,
      elementCount,
    );
    axe = outcome.run;
    accessibilityEngine = outcome.engine;
    // The report is read by site owners: the technical reason goes to the server log only.
    if (outcome.error) {
      console.error(`Accessibility audits failed for ${pageUrl}: ${outcome.error}`);
      warnings.push(WARNINGS.accessibilityFailed);
    }
  }

  const lighthouse: Record<string, LighthouseAuditResult> = {};
  const axeFacts = new Map<string, AxeRuleFacts>();
  for (const meta of DECIDABLE_AUDITS) {
    const fromAxe = meta.axe ? axe?.outcomes.get(meta.id) : undefined;
    if (fromAxe) {
      axeFacts.set(meta.id, {
        impact: fromAxe.impact,
        ...(fromAxe.help ? { help: fromAxe.help } : {}),
        ...(fromAxe.description ? { description: fromAxe.description } : {}),
        ...(fromAxe.helpUrl ? { helpUrl: fromAxe.helpUrl } : {}),
      });
      lighthouse[meta.id] = {
        id: meta.id,
        title: meta.title,
        verdict: fromAxe.verdict,
        engine: "axe",
        items: fromAxe.items,
        itemCount: fromAxe.itemCount,
        ...(fromAxe.error
          ? { explanation: formatText(AUDIT_TEXT.axeError, { error: fromAxe.error }, "en") }
          : {}),
      };
      continue;
    }
    const r = results[meta.id];
    if (!r) continue;
    lighthouse[meta.id] = {
      id: meta.id,
      title: meta.title,
      verdict: r.verdict,
      engine: "static",
      items: r.items,
      itemCount: r.itemCount ?? r.items.length,
      ...(r.explanation ? { explanation: r.explanation } : {}),
      ...(r.warnings?.length ? { warnings: r.warnings } : {}),
    };
  }

  const findings = sortFindings([
    ...lighthouseFindings(lighthouse, axeFacts),
    ...signalFindings(signals, https, robotsChecked),
  ]);

  const accessibility = axe
    ? lighthouseCategoryScore("accessibility", lighthouse)
    : { score: null, estimated: false, basis: warnings[0] ?? SCORE_BASIS.accessibilityNotRun };
  const categories = {
    performance: performanceScore(signals),
    accessibility,
    "best-practices": lighthouseCategoryScore("best-practices", lighthouse),
    seo: lighthouseCategoryScore("seo", lighthouse),
    security: securityScore(signals, lighthouse, https),
  };

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    analyzer: {
      name: "@arco/analyzer",
      version: ANALYZER_VERSION,
      lighthouseVersion: LIGHTHOUSE_VERSION,
    },
    url: pageUrl,
    requestedUrl,
    status: input.status,
    analyzedAt: now.toISOString(),
    scores: {
      overall: overallScore(Object.values(categories).map((c) => c.score)),
      categories,
    },
    lighthouse,
    notEvaluated: LIGHTHOUSE_AUDITS.filter((a) => a.class === "browser").map((a) => a.id),
    warnings,
    findings,
    signals,
    timings: {
      parseMs: round(parseMs),
      staticAuditsMs: round(auditsMs),
      accessibilityMs: axe ? round(axe.ms) : null,
      totalMs: round(performance.now() - started),
    },
    runtime: { threadId, accessibility: accessibilityEngine },
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * Agreement with Lighthouse 13.5 on the audited corpus (../shared/corpus/analyzer): analyzeHtml
 * on each page's files, headers.json and robots.txt — no network. The last 25% of pages by id
 * are held out: never looked at while tuning the analyzer, reported on their own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  agreement,
  corpusAvailable,
  corpusDir,
  emptyStats,
  failPrecision,
  failRecall,
  loadCorpus,
  pageInput,
  record,
  type AgreementStats,
} from "../../bench/corpus.ts";
import { analyzeHtml } from "../../src/analyze-html.ts";
import { closeAccessibilityWorker } from "../../src/audits/accessibility-runner.ts";

const all = emptyStats();
const tuning = emptyStats();
const heldOut = emptyStats();

const summary = (name: string, s: AgreementStats) =>
  `${name}: ${(agreement(s) * 100).toFixed(1)}% of ${s.compared} verdicts, fail precision ${(failPrecision(s) * 100).toFixed(1)}%, fail recall ${(failRecall(s) * 100).toFixed(1)}%`;

beforeAll(async () => {
  if (!corpusAvailable())
    throw new Error(`corpus not found at ${corpusDir} (set ANALYZER_CORPUS_DIR)`);
  const { pages } = loadCorpus();
  for (const p of pages) {
    const report = await analyzeHtml(pageInput(p));
    expect(report.warnings).toEqual([]);
    for (const [audit, truth] of Object.entries(p.truth.staticDecidable)) {
      const ours = report.lighthouse[audit]?.verdict ?? "missing";
      record(all, p.id, audit, truth, ours);
      record(p.heldOut ? heldOut : tuning, p.id, audit, truth, ours);
    }
  }
  console.info(
    [
      summary("corpus", all),
      summary("tuning pages", tuning),
      summary("held-out pages", heldOut),
    ].join("\n"),
  );
  if (all.mismatches.length)
    console.info(
      all.mismatches
        .map((m) => `  ${m.page} ${m.audit}: Lighthouse ${m.truth}, ours ${m.ours}`)
        .join("\n"),
    );
}, 300_000);

afterAll(() => closeAccessibilityWorker());

describe("agreement with Lighthouse on the static-decidable audits", () => {
  it("agrees on at least 98% of verdicts and catches at least 97% of failures", () => {
    expect(all.compared).toBeGreaterThan(1000);
    expect(agreement(all)).toBeGreaterThanOrEqual(0.98);
    expect(failRecall(all)).toBeGreaterThanOrEqual(0.97);
  });

  it("holds on the held-out pages", () => {
    expect(heldOut.compared).toBeGreaterThan(100);
    expect(agreement(heldOut)).toBeGreaterThanOrEqual(0.98);
    expect(failRecall(heldOut)).toBeGreaterThanOrEqual(0.97);
  });
});

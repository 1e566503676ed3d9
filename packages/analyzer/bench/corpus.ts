/**
 * The Lighthouse-audited corpus: pages (HTML + headers.json + robots.txt) and Lighthouse's
 * verdicts. Shared by the benchmark and the corpus test.
 */
import fs from "node:fs";
import path from "node:path";

import type { AnalyzeHtmlInput } from "../src/input.ts";
import type { Verdict } from "../src/report/schema.ts";
import { benchEnv } from "./env.ts";

export interface Truth {
  id: string;
  runtimeError: string | null;
  staticDecidable: Record<string, Verdict>;
  categories: Record<string, number | null>;
}

export interface CorpusPage {
  id: string;
  dir: string;
  truth: Truth;
  /** In the held-out set (last 25% by id): never used while tuning the analyzer. */
  heldOut: boolean;
}

export const corpusDir = benchEnv.corpusDir;

export function corpusAvailable(): boolean {
  return (
    fs.existsSync(path.join(corpusDir, "pages")) && fs.existsSync(path.join(corpusDir, "truth"))
  );
}

/** Every page with a Lighthouse verdict; pages Lighthouse could not audit (runtimeError) are left out. */
export function loadCorpus(): { pages: CorpusPage[]; skipped: string[] } {
  const ids = fs
    .readdirSync(path.join(corpusDir, "pages"))
    .filter((id) => fs.existsSync(path.join(corpusDir, "truth", `${id}.json`)))
    .sort();
  const heldOutFrom = ids.length - Math.ceil(ids.length * 0.25);
  const pages: CorpusPage[] = [];
  const skipped: string[] = [];
  ids.forEach((id, index) => {
    const truth = JSON.parse(
      fs.readFileSync(path.join(corpusDir, "truth", `${id}.json`), "utf8"),
    ) as Truth;
    if (truth.runtimeError) {
      skipped.push(id);
      return;
    }
    pages.push({
      id,
      dir: path.join(corpusDir, "pages", id),
      truth,
      heldOut: index >= heldOutFrom,
    });
  });
  return { pages, skipped };
}

/** The page as served by tools/serve.mjs (host mode), without a network round trip. */
export function pageInput(
  page: CorpusPage,
  origin = `http://p${page.id}.localhost:8080`,
): AnalyzeHtmlInput {
  const html = fs.readFileSync(path.join(page.dir, "index.html"), "utf8");
  let cfg: { status?: number; headers?: Record<string, string> } = {};
  try {
    cfg = JSON.parse(fs.readFileSync(path.join(page.dir, "headers.json"), "utf8"));
  } catch {
    // no headers.json
  }
  const headers: Record<string, string> = {
    "Content-Type": "text/html",
    "Cache-Control": "no-store",
  };
  for (const [name, value] of Object.entries(cfg.headers ?? {})) {
    for (const existing of Object.keys(headers)) {
      if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
    }
    headers[name] = value;
  }
  const robotsFile = path.join(page.dir, "robots.txt");
  const robotsTxt = fs.existsSync(robotsFile)
    ? { status: 200, body: fs.readFileSync(robotsFile, "utf8") }
    : { status: 404, body: "not found" };
  return { url: `${origin}/`, status: cfg.status ?? 200, headers, html, robotsTxt };
}

export interface AgreementStats {
  compared: number;
  agreed: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  perAudit: Map<string, { compared: number; agreed: number; tp: number; fp: number; fn: number }>;
  mismatches: Array<{ page: string; audit: string; truth: Verdict; ours: Verdict | "missing" }>;
}

export function emptyStats(): AgreementStats {
  return {
    compared: 0,
    agreed: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    perAudit: new Map(),
    mismatches: [],
  };
}

/** Counts one verdict against Lighthouse's; "fail" is the positive class for precision/recall. */
export function record(
  stats: AgreementStats,
  page: string,
  audit: string,
  truth: Verdict,
  ours: Verdict | "missing",
): void {
  const a = stats.perAudit.get(audit) ?? { compared: 0, agreed: 0, tp: 0, fp: 0, fn: 0 };
  stats.perAudit.set(audit, a);
  stats.compared++;
  a.compared++;
  if (truth === ours) {
    stats.agreed++;
    a.agreed++;
  } else {
    stats.mismatches.push({ page, audit, truth, ours });
  }
  if (truth === "fail" && ours === "fail") {
    stats.truePositives++;
    a.tp++;
  } else if (ours === "fail") {
    stats.falsePositives++;
    a.fp++;
  } else if (truth === "fail") {
    stats.falseNegatives++;
    a.fn++;
  }
}

export const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
export const failRecall = (s: AgreementStats): number =>
  ratio(s.truePositives, s.truePositives + s.falseNegatives);
export const failPrecision = (s: AgreementStats): number =>
  ratio(s.truePositives, s.truePositives + s.falsePositives);
export const agreement = (s: AgreementStats): number => ratio(s.agreed, s.compared);

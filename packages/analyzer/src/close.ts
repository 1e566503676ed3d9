import { closeAccessibilityWorker } from "./audits/accessibility-runner.ts";
import { closeAnalysisPool } from "./worker/analysis-pool.ts";

/** Ends the analyzer's worker threads (graceful shutdown, tests); they restart on demand. */
export async function closeAnalyzerWorkers() {
  await Promise.all([closeAnalysisPool(), closeAccessibilityWorker()]);
}

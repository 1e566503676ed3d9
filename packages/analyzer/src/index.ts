/**
 * @arco/analyzer — the instant URL analysis: Lighthouse's browserless audits reproduced from the
 * HTML and HTTP response, axe-core accessibility on a server-side DOM, and the signals a site
 * owner cares about. `safeFetch` (src/fetch) is the only way it reaches the network.
 */
export { analyzeHtml, runStaticAudits } from "./analyze-html.ts";
export { analyzeUrl, type AnalyzeUrlOptions, type AnalyzeFetchOptions } from "./analyze-url.ts";
export { closeAnalyzerWorkers } from "./close.ts";
export {
  ANALYSIS_WORKERS,
  analyzeInWorker,
  createAnalysisPool,
  type AnalysisPool,
  type AnalysisPoolOptions,
  type AnalysisRun,
  type PooledAnalysisOptions,
} from "./worker/analysis-pool.ts";
export type {
  AnalyzeHtmlInput,
  AnalyzeOptions,
  HeaderInput,
  RobotsTxtInput,
  TimingInput,
} from "./input.ts";
export * from "./report/schema.ts";
export {
  LIGHTHOUSE_AUDITS,
  DECIDABLE_AUDITS,
  AXE_RULES,
  FAST_AUDITS,
  type LighthouseAuditMeta,
} from "./lighthouse/registry.ts";
export { ANALYZER_VERSION, LIGHTHOUSE_VERSION } from "./version.ts";
export * from "./fetch/index.ts";

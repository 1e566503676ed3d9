export { normalizeAnalyzedUrl } from "./normalize";
export {
  analysisForViewer,
  analyzedPages,
  listAnalyses,
  scoreTrend,
  shareAnalysis,
  sharedAnalysis,
  startAnalysis,
} from "./queries";
export {
  ANALYSIS_CONCURRENCY,
  QUEUED_TOO_LONG_MS,
  STUCK_AFTER_MS,
  dispatchAnalyses,
  queuePosition,
  sweepStuckAnalyses,
} from "./queue";
export type { DispatchOptions } from "./queue";
export { runAnalysis } from "./run";
export type { Analyze } from "./run";

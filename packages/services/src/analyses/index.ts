export { visibleAnalysis } from "./access";
export { shareAnalysis, startAnalysis } from "./analyses";
export { runRequestedAnalysis, sweepStuckAnalyses } from "./background";
export { normalizeAnalyzedUrl } from "./normalize";
export {
  analysisForViewer,
  analyzedPages,
  listAnalyses,
  queuePosition,
  scoreTrend,
  sharedAnalysis,
} from "./read";
export { QUEUED_TOO_LONG_MS, STUCK_AFTER_MS, isStuck } from "./stuck";

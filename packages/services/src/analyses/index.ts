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
export { runAnalysis } from "./run";
export type { Analyze } from "./run";

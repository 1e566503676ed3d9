export { startOtlpCollector } from "./otlp-collector";
export type { CollectedSpan, OtlpCollector } from "./otlp-collector";

/** Bumped with every change that can alter a verdict or a score. */
export const ANALYZER_VERSION = "1.0.0";
/** The Lighthouse release whose rules the audits reproduce. */
export const LIGHTHOUSE_VERSION = "13.5.0";

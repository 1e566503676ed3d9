/**
 * Below the server's own threads, not at the very bottom: at nice 19 any other busy process on
 * the host (a build, a backup) starved analyses past their deadlines; at 10 they still yield to
 * requests (about a tenth of a shared core while both are busy).
 */
export const ANALYSIS_NICENESS = 10;

import type { urlAnalyses } from "@arco/db/schema";

/** A run still going after this long is stuck: every deadline of an analysis is far shorter. */
export const STUCK_AFTER_MS = 3 * 60_000;
/** Waiting this long in the queue means nothing is serving it: the visitor gets an answer. */
export const QUEUED_TOO_LONG_MS = 15 * 60_000;

export const RUNNING = ["fetching", "analyzing"] as const;

type Row = Pick<typeof urlAnalyses.$inferSelect, "status" | "startedAt" | "createdAt">;

/** Whether a run has been going, or waiting, longer than any run should. */
export function isStuck(row: Row, now: Date) {
  if (row.status === "queued") return now.getTime() - row.createdAt.getTime() > QUEUED_TOO_LONG_MS;
  return (
    (row.status === "fetching" || row.status === "analyzing") &&
    row.startedAt !== null &&
    now.getTime() - row.startedAt.getTime() > STUCK_AFTER_MS
  );
}

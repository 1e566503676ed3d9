import { logger } from "@arco/log";
import type { ObjectStore } from "@arco/storage";

/**
 * Removes objects whose rows are already gone or soft-deleted. Called after the transaction
 * commits; a failure only leaves an orphan object behind (the quota is already released), so
 * it is logged rather than surfaced.
 */
export async function deleteObjects(keys: string[], store: ObjectStore) {
  const results = await Promise.allSettled(keys.map((key) => store.delete(key)));
  for (const result of results) {
    if (result.status === "rejected") {
      logger.error({ err: result.reason }, "Could not delete a stored file");
    }
  }
}

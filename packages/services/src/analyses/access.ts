import type { DbOrTx } from "@arco/db";
import { urlAnalyses } from "@arco/db/schema";
import { and, eq, isNull, or } from "drizzle-orm";

import type { PublicScope } from "../context";
import { notFound } from "../errors";
import { sweepStuckAnalyses } from "./background";
import { isStuck } from "./stuck";

/**
 * Who may open an analysis by id: the signed-in user who ran it, or anyone for an anonymous
 * run (its random id is the capability, as the link to it is). Others get "not found".
 */
export const visibleTo = (id: string, userId: string | null) =>
  and(
    eq(urlAnalyses.id, id),
    userId
      ? or(eq(urlAnalyses.userId, userId), isNull(urlAnalyses.userId))
      : isNull(urlAnalyses.userId),
  );

const rowVisibleTo = async (db: DbOrTx, id: string, userId: string | null) => {
  const [row] = await db.select().from(urlAnalyses).where(visibleTo(id, userId));
  if (!row) throw notFound("Analysis");
  return row;
};

/** The analysis, if the scope's person may see it; NOT_FOUND otherwise. */
export async function visibleAnalysis(scope: PublicScope, id: string) {
  const row = await rowVisibleTo(scope.db, id, scope.actor.userId);
  // A run stuck past its time is answered as failed now, not whenever the sweep comes by.
  if (!isStuck(row, scope.now())) return row;
  await sweepStuckAnalyses(scope);
  return rowVisibleTo(scope.db, id, scope.actor.userId);
}

import { sessions } from "@arco/db/schema";
import { lt } from "drizzle-orm";

import type { SystemScope } from "../context";

/** Sessions past their end, gone for good; returns how many. */
export async function pruneExpiredSessions({ db, now }: SystemScope) {
  const pruned = await db
    .delete(sessions)
    .where(lt(sessions.expires, now()))
    .returning({ id: sessions.sessionToken });
  return pruned.length;
}

import { sessions } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { pruneExpiredSessions } from "./prune-expired-sessions";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();

describe("prune-expired-sessions", () => {
  it("deletes the sessions past their end and keeps the live ones", async () => {
    const { db } = testDb();
    const user = await createUser(db);
    await db.insert(sessions).values([
      { sessionToken: "ended-long-ago", userId: user.id, expires: new Date(Date.now() - 1000) },
      { sessionToken: "still-live", userId: user.id, expires: new Date(Date.now() + 60_000) },
    ]);
    const { result, error } = await runOnSchedule(pruneExpiredSessions, testDb().db);
    expect(error).toBeUndefined();
    expect(result).toEqual({ pruned: 1 });
    const left = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.sessionToken)).toEqual(["still-live"]);
  });
});

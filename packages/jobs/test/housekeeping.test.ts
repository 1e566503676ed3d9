import { sessions, urlAnalyses } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { pruneExpiredSessions } from "../src/functions/accounts/prune-expired-sessions";
import { sweepStuckAnalyses } from "../src/functions/analyses/sweep-stuck-analyses";

const testDb = useTestDb();

const runOnSchedule = (fn: typeof pruneExpiredSessions | typeof sweepStuckAnalyses) =>
  new InngestTestEngine({
    function: fn.inngest,
    events: [{ name: "inngest/scheduled.timer", data: {} }],
    transformCtx: (ctx) => ({ ...mockCtx(ctx), db: testDb().db }),
  }).execute();

describe("prune-expired-sessions", () => {
  it("deletes the sessions past their end and keeps the live ones", async () => {
    const { db } = testDb();
    const user = await createUser(db);
    await db.insert(sessions).values([
      { sessionToken: "ended-long-ago", userId: user.id, expires: new Date(Date.now() - 1000) },
      { sessionToken: "still-live", userId: user.id, expires: new Date(Date.now() + 60_000) },
    ]);
    const { result, error } = await runOnSchedule(pruneExpiredSessions);
    expect(error).toBeUndefined();
    expect(result).toEqual({ pruned: 1 });
    const left = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.sessionToken)).toEqual(["still-live"]);
  });
});

describe("sweep-stuck-analyses", () => {
  it("fails the analyses stuck past their time", async () => {
    const { db } = testDb();
    const [stuck] = await db
      .insert(urlAnalyses)
      .values({
        url: "https://stuck.example/",
        normalizedUrl: "https://stuck.example/",
        status: "analyzing",
        createdAt: new Date(Date.now() - 10 * 60_000),
        startedAt: new Date(Date.now() - 9 * 60_000),
      })
      .returning();
    const { result } = await runOnSchedule(sweepStuckAnalyses);
    expect(result).toEqual({ failed: 1 });
    const [after] = await db.select().from(urlAnalyses).where(eq(urlAnalyses.id, stuck!.id));
    expect(after).toMatchObject({ status: "failed", errorCode: "STALLED" });
  });
});

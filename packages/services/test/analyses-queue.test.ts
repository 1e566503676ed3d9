import { urlAnalyses } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  analysisForViewer,
  queuePosition,
  startAnalysis,
  sweepStuckAnalyses,
} from "../src/analyses";
import { publicScope, systemScope } from "../src/testing";

const testDb = useTestDb();

async function queue(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await startAnalysis(publicScope(testDb().db), {
      url: `https://site${i}.example.com/`,
      ipHash: null,
    });
    ids.push(id);
  }
  return ids;
}

const statusOf = async (ids: string[]) =>
  Object.fromEntries(
    (
      await testDb()
        .db.select({ id: urlAnalyses.id, status: urlAnalyses.status })
        .from(urlAnalyses)
        .where(inArray(urlAnalyses.id, ids))
    ).map((row) => [row.id, row.status]),
  );

describe("the analysis queue", () => {
  it("tells each waiting run its place, oldest first, until it starts", async () => {
    const { db } = testDb();
    const ids = await queue(4);
    await db.update(urlAnalyses).set({ status: "fetching" }).where(eq(urlAnalyses.id, ids[0]!));
    expect(await Promise.all(ids.map((id) => queuePosition(db, id)))).toEqual([null, 1, 2, 3]);
    expect((await analysisForViewer(publicScope(db), { id: ids[3]! })).queuePosition).toBe(3);
  });

  it("fails runs stuck past their time, and queued ones nothing served, freeing their places", async () => {
    const { db } = testDb();
    const [stuck, waitingLong, running, waiting] = await queue(4);
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db
      .update(urlAnalyses)
      .set({ status: "analyzing", startedAt: minutesAgo(4), createdAt: minutesAgo(5) })
      .where(eq(urlAnalyses.id, stuck!));
    await db
      .update(urlAnalyses)
      .set({ createdAt: minutesAgo(20) })
      .where(eq(urlAnalyses.id, waitingLong!));
    await db
      .update(urlAnalyses)
      .set({ status: "fetching", startedAt: minutesAgo(1), createdAt: minutesAgo(1) })
      .where(eq(urlAnalyses.id, running!));

    expect(await sweepStuckAnalyses(systemScope(db))).toBe(2);
    expect(await statusOf([stuck!, waitingLong!, running!, waiting!])).toEqual({
      [stuck!]: "failed",
      [waitingLong!]: "failed",
      [running!]: "fetching",
      [waiting!]: "queued",
    });
    const [failed] = await db.select().from(urlAnalyses).where(eq(urlAnalyses.id, stuck!));
    expect(failed).toMatchObject({ errorCode: "STALLED" });
    expect(failed!.finishedAt).toBeInstanceOf(Date);
  });

  it("answers a visitor whose run is stuck with the failure at once, without waiting for a sweep", async () => {
    const { db } = testDb();
    const [id] = await queue(1);
    await db
      .update(urlAnalyses)
      .set({
        status: "fetching",
        startedAt: new Date(Date.now() - 10 * 60_000),
        createdAt: new Date(Date.now() - 11 * 60_000),
      })
      .where(eq(urlAnalyses.id, id!));
    expect(await analysisForViewer(publicScope(db), { id: id! })).toMatchObject({
      status: "failed",
      errorCode: "STALLED",
    });
  });
});

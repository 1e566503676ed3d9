import { analyzeHtml } from "@arco/analyzer";
import { urlAnalyses } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  analysisForViewer,
  dispatchAnalyses,
  queuePosition,
  startAnalysis,
  sweepStuckAnalyses,
} from "../src/analyses";
import type { Analyze } from "../src/analyses";

const testDb = useTestDb();
const anonymous = { userId: null, actorUserId: null } as const;

const html =
  '<!doctype html><html lang="en"><head><title>Queued</title></head><body><h1>Hi</h1></body></html>';

/** An analyzer that holds each run until the test lets it go, counting how many run at once. */
function gatedAnalyzer() {
  const gates: (() => void)[] = [];
  let running = 0;
  let peak = 0;
  const analyze: Analyze = async (url) => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running -= 1;
    return analyzeHtml({
      url,
      status: 200,
      headers: { "content-type": "text/html" },
      html,
      robotsTxt: null,
    });
  };
  const started = () => gates.length;
  return { analyze, peak: () => peak, started, releaseOne: () => gates.shift()?.() };
}

async function queue(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await startAnalysis(testDb().db, anonymous, {
      url: `https://site${i}.example.com/`,
      orgId: null,
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

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 500 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
  expect(await check()).toBe(true);
};

describe("the analysis queue", () => {
  it("runs at most the cap at once, whoever dispatches, and the rest wait their turn in order", async () => {
    const { db } = testDb();
    const ids = await queue(6);
    const gate = gatedAnalyzer();
    const pending: Promise<unknown>[] = [];
    const defer = (task: () => Promise<unknown>) => void pending.push(task());

    // Many requests dispatch at the same moment, as parallel visitors would.
    await Promise.all(
      Array.from({ length: 8 }, () =>
        dispatchAnalyses(db, { analyze: gate.analyze, defer, concurrency: 2 }),
      ),
    );
    await until(() => gate.started() === 2);
    expect(Object.values(await statusOf(ids)).filter((s) => s === "fetching")).toHaveLength(2);
    // The waiting ones know their place: the oldest first.
    expect(await Promise.all(ids.slice(2).map((id) => queuePosition(db, id)))).toEqual([
      1, 2, 3, 4,
    ]);
    expect((await analysisForViewer(db, { id: ids[5]!, userId: null })).queuePosition).toBe(4);

    // Each run that ends lets the next one in, never more than two at a time.
    for (let finished = 1; finished <= 6; finished++) {
      gate.releaseOne();
      await until(
        async () =>
          Object.values(await statusOf(ids)).filter((s) => s === "done").length === finished,
      );
    }
    await Promise.all(pending);
    expect(gate.peak()).toBe(2);
    expect(await queuePosition(db, ids[5]!)).toBeNull();
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

    expect(await sweepStuckAnalyses(db)).toBe(2);
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
    expect(await analysisForViewer(db, { id: id!, userId: null })).toMatchObject({
      status: "failed",
      errorCode: "STALLED",
    });
  });
});

import { urlAnalyses } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { sweepStuckAnalyses } from "./sweep-stuck-analyses";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();

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
    const { result } = await runOnSchedule(sweepStuckAnalyses, testDb().db);
    expect(result).toEqual({ failed: 1 });
    const [after] = await db.select().from(urlAnalyses).where(eq(urlAnalyses.id, stuck!.id));
    expect(after).toMatchObject({ status: "failed", errorCode: "STALLED" });
  });
});

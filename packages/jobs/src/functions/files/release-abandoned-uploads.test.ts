import { orgQuotas, storageItems } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { ABANDONED_AFTER_MS, releaseAbandonedUploads } from "./release-abandoned-uploads";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();

const run = () => runOnSchedule(releaseAbandonedUploads, testDb().db);

describe("release-abandoned-uploads", () => {
  it("gives back the space of uploads pending for over a day, and only theirs", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { tier: "basic", owner });
    const old = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
    await db.update(orgQuotas).set({ storageUsedBytes: 3_000 }).where(eq(orgQuotas.orgId, org.id));
    await db.insert(storageItems).values([
      {
        orgId: org.id,
        name: "stale.bin",
        storageKey: `stale-${org.id}`,
        sizeBytes: 1_000,
        createdAt: old,
      },
      { orgId: org.id, name: "fresh.bin", storageKey: `fresh-${org.id}`, sizeBytes: 2_000 },
    ]);

    const first = await run();
    const second = await run();

    expect(first.error).toBeUndefined();
    expect(first.result).toEqual({ released: 1 });
    expect(second.result).toEqual({ released: 0 });
    const left = await db.select().from(storageItems).where(eq(storageItems.orgId, org.id));
    expect(left.map((item) => item.name)).toEqual(["fresh.bin"]);
    const [quota] = await db.select().from(orgQuotas).where(eq(orgQuotas.orgId, org.id));
    expect(quota!.storageUsedBytes).toBe(2_000);
  });
});

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { createDb } from "@arco/db";
import { jobRuns } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { createLocalStore } from "@arco/storage";
import { startS3StandIn } from "@arco/storage/testing";
import type { S3StandIn } from "@arco/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getHealth } from "../src/system";
import type { HealthProbes } from "../src/system";

/**
 * The database, the storage drivers (a folder, and S3 through s3rver) and the job_runs table
 * are real. The rate-limit store and the job runner are handed in by the web route from other
 * packages; here they are plain values (the Redis ping itself is tested in @arco/ratelimit).
 */
const testDb = useTestDb();
let dir: string;
let s3: S3StandIn;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "arco-health-"));
  s3 = await startS3StandIn();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await s3.close();
});

const local = { mode: "local", connected: true, message: "In the app process." } as const;

const allParts = (overrides: Partial<HealthProbes> = {}): HealthProbes => ({
  rateLimits: { store: "redis", reachable: async () => true },
  jobs: local,
  store: createLocalStore(dir),
  email: { provider: "outbox" },
  ...overrides,
});

describe("getHealth", () => {
  it("is degraded and names the pending migrations when the database is behind", async () => {
    const behind = await createDb({ dataDir: "memory://", migrate: false });
    try {
      const health = await getHealth(behind);
      expect(health.status).toBe("degraded");
      expect(health.database).toMatchObject({
        status: "degraded",
        mode: "embedded",
        reachable: true,
      });
      expect(health.database.migrations?.applied).toBe(0);
      expect(health.database.migrations?.pending).toContain("0000_init");
    } finally {
      await behind.close();
    }
  });

  it("reports every part, with the local runner's last finished run", async () => {
    const handle = testDb();
    const finishedAt = new Date("2026-03-01T11:00:05Z");
    await handle.db.insert(jobRuns).values({
      functionId: "reset-ticket-quotas",
      event: { name: "inngest/scheduled.timer", data: {}, ts: finishedAt.getTime() },
      status: "completed",
      runAt: new Date("2026-03-01T11:00:00Z"),
      startedAt: new Date("2026-03-01T11:00:01Z"),
      finishedAt,
    });
    const health = await getHealth(handle, allParts({ store: s3.store() }));
    expect(health).toMatchObject({
      status: "ok",
      database: { status: "ok", reachable: true },
      redis: { status: "ok", store: "redis", reachable: true },
      jobs: { status: "ok", mode: "local", lastRunAt: finishedAt },
      storage: { status: "ok", kind: "s3", reachable: true },
      email: { status: "ok", provider: "outbox" },
    });
  });

  it("says off for the parts not configured, and stays ok", async () => {
    const health = await getHealth(
      testDb(),
      allParts({
        rateLimits: { store: "memory", reachable: async () => true },
        jobs: { mode: "cloud", connected: true, message: "On Inngest Cloud." },
      }),
    );
    expect(health.status).toBe("ok");
    expect(health.redis).toEqual({ status: "off", store: "memory", reachable: null });
    expect(health.jobs).toMatchObject({ status: "ok", mode: "cloud", lastRunAt: null });
  });

  it("is degraded by any failing part, which says which", async () => {
    const failing = [
      { rateLimits: { store: "redis" as const, reachable: async () => false } },
      { jobs: { ...local, connected: false } },
      { store: s3.store({ bucket: "no-such-bucket" }) },
    ];
    const degraded = [];
    for (const overrides of failing) {
      const health = await getHealth(testDb(), allParts(overrides));
      expect(health.status).toBe("degraded");
      degraded.push(
        Object.entries(health)
          .filter(([, part]) => typeof part === "object" && part.status === "degraded")
          .map(([name]) => name),
      );
    }
    expect(degraded).toEqual([["redis"], ["jobs"], ["storage"]]);
  });

  it("finds a storage folder it cannot use", async () => {
    // A file where the folder should be: unusable even for root.
    const notAFolder = path.join(dir, "not-a-folder");
    await writeFile(notAFolder, "x");
    const health = await getHealth(testDb(), allParts({ store: createLocalStore(notAFolder) }));
    expect(health.status).toBe("degraded");
    expect(health.storage).toEqual({ status: "degraded", kind: "local", reachable: false });
  });

  it("keeps secrets and addresses out of the report", async () => {
    const store = s3.store({ secretAccessKey: "S3RVER" });
    const text = JSON.stringify(await getHealth(testDb(), allParts({ store })));
    expect(text).not.toContain("S3RVER");
    expect(text).not.toContain(s3.endpoint);
    expect(text).not.toContain("127.0.0.1");
  });
});

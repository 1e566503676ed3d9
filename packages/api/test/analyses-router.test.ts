import { analyzeHtml } from "@arco/analyzer";
import { useTestDb } from "@arco/db/testing";
import { createRateLimiter } from "@arco/ratelimit";
import type { Analyze } from "@arco/services";
import { beforeAll, describe, expect, it } from "vitest";

import { buildWorld, callerFor } from "./harness";
import type { World } from "./harness";

const testDb = useTestDb();
let world: World;
beforeAll(async () => {
  world = await buildWorld(testDb().db);
});

const html = `<!doctype html><html lang="en"><head><title>Local page</title></head><body><h1>Hi</h1></body></html>`;
const analyze: Analyze = async (url, { onProgress }) => {
  onProgress("fetching");
  onProgress("analyzing");
  const report = await analyzeHtml({
    url,
    status: 200,
    headers: { "content-type": "text/html" },
    html,
    robotsTxt: null,
  });
  return { report, threadId: 0 };
};

/** Callers sharing one limiter and one queue of analysis jobs, like one server process. */
function server(rules: Parameters<typeof createRateLimiter>[0]["rules"] = {}) {
  const rateLimiter = createRateLimiter({ store: { kind: "memory" }, rules });
  const deferred: (() => Promise<unknown>)[] = [];
  const as = (userId: string | null, ip = "198.51.100.20") =>
    callerFor({
      database: testDb(),
      userId,
      rateLimiter,
      analyze,
      deferred,
      headers: { "x-arco-client-ip": ip },
    });
  const drain = async () => {
    while (deferred.length) await deferred.shift()!();
  };
  return { as, drain };
}

describe("analyses.run", () => {
  it("lets an anonymous visitor run five an hour and explains the sixth refusal", async () => {
    const { as, drain } = server();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await (await as(null)).analyses.run({ url: `example.com/${i}` })).id);
    await expect((await as(null)).analyses.run({ url: "example.com/6" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many attempts\. Try again in (\d+ minutes|1 hour)\.$/),
    });
    // Another address has its own allowance.
    await expect(
      (await as(null, "198.51.100.21")).analyses.run({ url: "example.com/7" }),
    ).resolves.toBeDefined();

    expect((await (await as(null)).analyses.byId({ id: ids[0]! })).status).toBe("queued");
    await drain();
    const done = await (await as(null)).analyses.byId({ id: ids[0]! });
    expect(done).toMatchObject({ status: "done", url: "https://example.com/0" });
    expect(done.score).toBeGreaterThan(0);
  });

  it("counts a free user per account and a client per organization, at its plan's rate", async () => {
    const { as } = server({ "analyses.run.user": { limit: 2 }, "analyses.run.pro": { limit: 3 } });
    const free = await as(world.users.freeUser.id);
    await free.analyses.run({ url: "free.example/1" });
    await free.analyses.run({ url: "free.example/2" });
    await expect(free.analyses.run({ url: "free.example/3" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });

    // Org A is on the pro plan: its members share the organization's allowance.
    await (await as(world.users.ownerA.id)).analyses.run({ url: "a.example/1" });
    await (await as(world.users.memberA.id)).analyses.run({ url: "a.example/2" });
    await (await as(world.users.viewerA.id)).analyses.run({ url: "a.example/3" });
    await expect(
      (await as(world.users.adminA.id)).analyses.run({ url: "a.example/4" }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("shows a signed-in user their run in the history", async () => {
    const { as, drain } = server();
    const owner = await as(world.users.ownerB.id);
    const { id } = await owner.analyses.run({ url: "https://history.example/?utm_source=mail" });
    await drain();
    const { items } = await (await as(world.users.ownerB.id)).analyses.list({});
    expect(items.map((i) => i.id)).toContain(id);
    const trend = await (
      await as(world.users.ownerB.id)
    ).analyses.trend({ url: "history.example" });
    expect(trend.map((p) => p.id)).toEqual([id]);
  });

  it("refuses what is not a web address with a specific message", async () => {
    const { as } = server();
    await expect((await as(null)).analyses.run({ url: "ftp://example.com" })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
        message: expect.stringContaining("Only http and https addresses can be analyzed"),
      },
    );
  });
});

describe("leads.capture", () => {
  it("emails a report to one address at most three times a day, whoever asks", async () => {
    const { as, drain } = server();
    const { id } = await (await as(null)).analyses.run({ url: "mail.example" });
    await drain();
    const ask = async (ip: string) =>
      (await as(null, ip)).leads.capture({
        email: "target@example.test",
        consent: false,
        source: "report-email",
        analysisId: id,
      });
    for (const ip of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) await ask(ip);
    await expect(ask("203.0.113.4")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});

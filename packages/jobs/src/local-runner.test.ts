/**
 * The local runner on the real database: the functions Inngest serves, run in this process when
 * no Inngest is configured. The clock is the runner's own, moved by each test.
 */
import { emailOutbox, jobRuns, orgQuotas, urlAnalyses } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { captureLead } from "@arco/services/leads";
import { publicScope } from "@arco/services/testing";
import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { createLocalRunner } from "./local-runner";
import { sendWelcomeEmail } from "./functions/accounts/send-welcome-email";
import { nurtureLead } from "./functions/leads/nurture-lead";
import { resetTicketQuotas } from "./functions/tickets/reset-ticket-quotas";
import type { Job } from "./job";

const testDb = useTestDb();
const DAY = 86_400_000;

function clockAt(iso: string) {
  let now = new Date(iso);
  return { now: () => now, set: (next: string | number) => (now = new Date(next)) };
}

const runsOf = (functionId: string) =>
  testDb().db.select().from(jobRuns).where(eq(jobRuns.functionId, functionId));

/** A function that runs once at a time per organization (`concurrency` limit 1 on its org id). */
const onePerOrg = (id: string, handler: () => Promise<void>) =>
  ({
    id,
    name: "One per organization",
    trigger: { event: { name: "domains/check.due" } },
    retries: 0,
    concurrency: [{ key: "event.data.orgId", limit: 1 }],
    handler,
  }) as unknown as Job;

describe("the local runner", () => {
  it("runs a cron function at each slot of its schedule, once per slot", async () => {
    const { db } = testDb();
    const org = await createOrg(db, { tier: "basic", owner: await createUser(db) });
    await db
      .update(orgQuotas)
      .set({
        ticketsUsed: 7,
        ticketPeriodStart: new Date("2026-02-01T10:00:00Z"),
        ticketPeriodEnd: new Date("2026-03-01T10:00:00Z"),
      })
      .where(eq(orgQuotas.orgId, org.id));
    const clock = clockAt("2026-03-01T10:59:30Z");
    const runner = createLocalRunner({ db, jobs: [resetTicketQuotas], now: clock.now });

    await runner.drain();
    expect(await runsOf("reset-ticket-quotas")).toHaveLength(0);

    clock.set("2026-03-01T11:00:02Z");
    await runner.drain();
    await runner.drain();
    const [run] = await runsOf("reset-ticket-quotas");
    expect(run).toMatchObject({
      status: "completed",
      idempotencyKey: "cron:2026-03-01T11:00:00.000Z",
    });
    expect(run!.result).toMatchObject({ reset: 1 });
    const [quota] = await db.select().from(orgQuotas).where(eq(orgQuotas.orgId, org.id));
    expect(quota!.ticketsUsed).toBe(0);

    // Another process looking at the same slot starts nothing more.
    const other = createLocalRunner({
      db,
      jobs: [resetTicketQuotas],
      now: clockAt("2026-03-01T10:59:59Z").now,
    });
    await other.drain();
    expect(await runsOf("reset-ticket-quotas")).toHaveLength(1);

    clock.set("2026-03-01T12:00:01Z");
    await runner.drain();
    expect(await runsOf("reset-ticket-quotas")).toHaveLength(2);
  });

  it("runs on start the latest slot of a schedule nobody ran (the app was down), once", async () => {
    const { db } = testDb();
    const clock = clockAt("2026-04-10T08:20:00Z");
    const slotRuns = async () =>
      (await runsOf("reset-ticket-quotas")).filter((r) =>
        r.idempotencyKey?.startsWith("cron:2026-04"),
      );
    for (const _restart of [1, 2]) {
      const runner = createLocalRunner({
        db,
        jobs: [resetTicketQuotas],
        now: clock.now,
        pollMs: 60_000,
      });
      await runner.start();
      await runner.drain();
      await runner.stop();
    }
    // The 08:00 slot ran once; the 07:00 slot and earlier, missed too, are not replayed one by one.
    const runs = await slotRuns();
    expect(runs.map((r) => [r.idempotencyKey, r.status])).toEqual([
      ["cron:2026-04-10T08:00:00.000Z", "completed"],
    ]);
  });

  it("runs an event function when its event is sent, once per idempotency key", async () => {
    const { db } = testDb();
    const user = await createUser(db, { name: "Wanda" });
    const runner = createLocalRunner({ db, jobs: [sendWelcomeEmail] });

    expect(await runner.send([{ name: "user/signed-up", data: { userId: user.id } }])).toBe(1);
    expect(await runner.send([{ name: "user/signed-up", data: { userId: user.id } }])).toBe(0);
    await runner.drain();

    const [run] = await runsOf("send-welcome-email");
    expect(run).toMatchObject({ status: "completed" });
    const mails = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, user.email), eq(emailOutbox.template, "welcome")));
    expect(mails).toHaveLength(1);
  });

  it("keeps a sleeping run across a restart, and replays no finished step", async () => {
    const { db } = testDb();
    const [analysis] = await db
      .insert(urlAnalyses)
      .values({
        url: "https://shop.example/",
        normalizedUrl: "https://shop.example/",
        status: "done",
        score: 81,
        report: { findings: [] },
        createdAt: new Date(Date.now() - 60_000),
        finishedAt: new Date(),
      })
      .returning();
    const { leadId } = await captureLead(publicScope(db, { appUrl: "https://app.arco.test" }), {
      email: "sleepy-lead@example.test",
      consent: true,
      source: "report-email",
      analysisId: analysis!.id,
    });
    const capturedAt = Date.parse("2026-11-02T09:30:00Z");
    const clock = clockAt("2026-11-02T09:30:05Z");

    // The first process starts the sequence, which sleeps until day 3; then it goes away.
    const before = createLocalRunner({ db, jobs: [nurtureLead], now: clock.now });
    await before.send([{ name: "lead/captured", data: { leadId }, ts: capturedAt }]);
    await before.drain();
    await before.stop();
    const [sleeping] = await runsOf("nurture-lead");
    expect(sleeping).toMatchObject({ status: "sleeping", runAt: new Date(capturedAt + 3 * DAY) });

    // After a restart, a new process wakes it on day 3: the day-3 email, then sleep until day 7.
    clock.set(capturedAt + 3 * DAY + 60_000);
    const after = createLocalRunner({ db, jobs: [nurtureLead], now: clock.now });
    await after.drain();
    clock.set(capturedAt + 3 * DAY + 120_000);
    await after.drain();
    const [woken] = await runsOf("nurture-lead");
    expect(woken).toMatchObject({ status: "sleeping", runAt: new Date(capturedAt + 7 * DAY) });
    expect(Object.keys(woken!.steps)).toEqual(
      expect.arrayContaining(["wait-until-day-3", "send-day-3"]),
    );
    const sent = await db
      .select()
      .from(emailOutbox)
      .where(like(emailOutbox.idempotencyKey, `nurture:${leadId}:%`));
    expect(sent.map((mail) => mail.idempotencyKey)).toEqual([`nurture:${leadId}:day-3`]);

    // Its cancel event ends the waiting run.
    await after.send([{ name: "lead/converted", data: { leadId } }]);
    const [cancelled] = await runsOf("nurture-lead");
    expect(cancelled!.status).toBe("cancelled");
  });

  it("retries a failing run with back-off, then gives up after its retries", async () => {
    const { db } = testDb();
    let calls = 0;
    const flaky = {
      id: "flaky",
      name: "Fails twice",
      trigger: { event: { name: "user/signed-up" } },
      retries: 2,
      handler: async () => {
        calls += 1;
        if (calls <= 2) throw new Error(`attempt ${calls} failed`);
        return { calls };
      },
    } as unknown as Job;
    const hopeless = {
      ...flaky,
      id: "hopeless",
      handler: async () => Promise.reject(new Error("never")),
    } as Job;
    const clock = clockAt("2026-05-01T08:00:00Z");
    const runner = createLocalRunner({ db, jobs: [flaky, hopeless], now: clock.now });
    await runner.send([{ name: "user/signed-up", data: { userId: crypto.randomUUID() } }]);

    await runner.drain();
    const [first] = await runsOf("flaky");
    expect(first).toMatchObject({ status: "queued", attempt: 1, error: "attempt 1 failed" });
    expect(first!.runAt.getTime()).toBe(Date.parse("2026-05-01T08:00:10Z"));
    clock.set("2026-05-01T08:00:11Z");
    await runner.drain();
    clock.set("2026-05-01T08:01:00Z");
    await runner.drain();
    expect((await runsOf("flaky"))[0]).toMatchObject({ status: "completed", result: { calls: 3 } });
    expect((await runsOf("hopeless"))[0]).toMatchObject({
      status: "failed",
      attempt: 3,
      error: "never",
    });
  });

  it("drains the run a busy concurrency key held back, when the key frees during a look", async () => {
    const { db } = testDb();
    const orgId = crypto.randomUUID();
    let releaseFirst!: () => void;
    const firstReleased = new Promise<void>((resolve) => (releaseFirst = resolve));
    let started = 0;
    const perOrg = onePerOrg("per-org-race", async () => {
      started += 1;
      if (started === 1) await firstReleased;
    });
    // The look's second claim finds the key busy; before it returns, the first run finishes.
    let claims = 0;
    const racing = new Proxy(db, {
      get(target, property, receiver) {
        if (property !== "transaction") return Reflect.get(target, property, receiver);
        return async (...args: Parameters<typeof db.transaction>) => {
          const claimed = await target.transaction(...args);
          if (++claims === 2) {
            releaseFirst();
            for (;;) {
              const runs = await runsOf("per-org-race");
              if (runs.some((run) => run.status === "completed")) break;
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          return claimed;
        };
      },
    });
    const runner = createLocalRunner({ db: racing, jobs: [perOrg] });
    await runner.send([
      { name: "domains/check.due", data: { orgId } },
      { name: "domains/check.due", data: { orgId } },
    ]);
    await runner.drain();
    expect((await runsOf("per-org-race")).map((run) => run.status)).toEqual([
      "completed",
      "completed",
    ]);
  });

  it("never runs two runs with the same concurrency key at once", async () => {
    const { db } = testDb();
    const orgId = crypto.randomUUID();
    const gates: (() => void)[] = [];
    let running = 0;
    let peak = 0;
    const perOrg = onePerOrg("per-org", async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running -= 1;
    });
    const runner = createLocalRunner({ db, jobs: [perOrg] });
    await runner.send([
      { name: "domains/check.due", data: { orgId } },
      { name: "domains/check.due", data: { orgId } },
    ]);
    const drained = runner.drain();
    for (let i = 0; i < 2; i++) {
      while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      gates.shift()!();
    }
    await drained;
    expect(peak).toBe(1);
    expect((await runsOf("per-org")).map((run) => run.status)).toEqual(["completed", "completed"]);
  });
});

import { createDomain, createOrg, createUser, useTestDb } from "@arco/db/testing";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

import { runOrgDomainChecks } from "./run-org-domain-checks";
import { scheduleDomainChecks } from "./schedule-domain-checks";

const testDb = useTestDb();
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

function runFor(orgId: string) {
  return new InngestTestEngine({
    function: runOrgDomainChecks.inngest,
    events: [{ name: "domains/check.due", data: { orgId } }],
    transformCtx: (ctx) => ({ ...mockCtx(ctx), db: testDb().db }),
  }).execute();
}

describe("schedule-domain-checks", () => {
  it("fans out one event per organization with domains, every morning", async () => {
    const { db } = testDb();
    const withDomains = await createOrg(db, { tier: "pro" });
    const without = await createOrg(db, { tier: "pro" });
    await createDomain(db, { orgId: withDomains.id });
    await createDomain(db, { orgId: withDomains.id });

    const { result, ctx } = await new InngestTestEngine({
      function: scheduleDomainChecks.inngest,
      events: [{ name: "inngest/scheduled.timer", data: { cron: "0 6 * * *" } }],
      // Sending is Inngest's part: the mocked step records what would be sent.
      steps: [{ id: "fan-out", handler: () => ({ ids: [] }) }],
      transformCtx: (c) => ({ ...mockCtx(c), db }),
    }).execute();

    expect(result).toEqual({ scheduled: 1 });
    const [[id, events]] = vi.mocked(ctx.step.sendEvent).mock.calls as unknown as [
      [string, { name: string; data: { orgId: string } }[]],
    ];
    expect(id).toBe("fan-out");
    expect(events.map((e) => [e.name, e.data.orgId])).toEqual([
      ["domains/check.due", withDomains.id],
    ]);
    expect(JSON.stringify(events)).not.toContain(without.id);
    expect(scheduleDomainChecks.inngest.opts.triggers).toEqual([{ cron: "0 6 * * *" }]);
  });
});

describe("run-org-domain-checks", () => {
  it("checks each domain and warns owners once, however often it runs", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { tier: "pro", owner });
    // A reserved name: the check records why it cannot look it up, without any DNS query.
    const domain = await createDomain(db, {
      orgId: org.id,
      name: "loja.test",
      renewsOn: inDays(7),
    });

    const first = await runFor(org.id);
    expect(first.error).toBeUndefined();
    expect(first.result).toEqual({ checked: 1, withProblems: 1, warnings: 1 });
    const checked = await db.query.domains.findFirst({ where: (d, { eq }) => eq(d.id, domain.id) });
    expect(checked!.lastCheckError).toContain("reserved name");

    const second = await runFor(org.id);
    expect(second.result).toMatchObject({ warnings: 0 });
    const mails = await db.query.emailOutbox.findMany({
      where: (m, { eq }) => eq(m.orgId, org.id),
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: owner.email, template: "domain-expiry" });
    expect(mails[0]!.text).toContain(`https://app.arco.test/dashboard/domains/${domain.id}`);
  });

  it("runs one organization at a time and rejects an event without an org id", async () => {
    expect(runOrgDomainChecks.inngest.opts.concurrency).toEqual(
      expect.arrayContaining([{ key: "event.data.orgId", limit: 1 }]),
    );
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { error } = await runFor("not-a-uuid");
    expect(error).toMatchObject({ message: expect.stringContaining("orgId: Invalid UUID") });
    vi.restoreAllMocks();
  });
});

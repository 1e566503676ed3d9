import { urlAnalyses } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { captureLead, unsubscribeLead } from "@arco/services/leads";
import { publicScope } from "@arco/services/testing";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

import { nurtureLead } from "./nurture-lead";

const testDb = useTestDb();

const DAY_MS = 24 * 60 * 60 * 1000;
const capturedAt = Date.parse("2026-11-02T09:30:00.000Z");
const days = [3, 7, 14, 30] as const;

/** A lead who asked for a report and agreed to the nurture emails. */
async function capturedLead() {
  const { db } = testDb();
  const [analysis] = await db
    .insert(urlAnalyses)
    .values({
      url: "https://shop.example/",
      normalizedUrl: "https://shop.example/",
      status: "done",
      score: 81,
      seoScore: 90,
      report: { findings: [] },
      createdAt: new Date(Date.now() - 60_000),
      finishedAt: new Date(),
    })
    .returning();
  const email = `lead-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const { leadId } = await captureLead(publicScope(db, { appUrl: "https://app.arco.test" }), {
    email,
    consent: true,
    source: "report-email",
    analysisId: analysis!.id,
  });
  return { leadId, email };
}

type SleepMock = { id: string; handler: () => unknown };

/**
 * One run of the real handler for `lead/captured`. Unmocked, `step.sleepUntil` would wait
 * forever, so each wait is mocked; `during` runs inside the wait before that day's email.
 */
function nurture(
  leadId: string,
  during: Partial<Record<(typeof days)[number], () => unknown>> = {},
) {
  const steps: SleepMock[] = days.map((day) => ({
    id: `wait-until-day-${day}`,
    handler: () => during[day]?.(),
  }));
  return new InngestTestEngine({
    function: nurtureLead.inngest,
    events: [{ name: "lead/captured", data: { leadId }, ts: capturedAt }],
    steps,
    transformCtx: (ctx) => ({ ...mockCtx(ctx), db: testDb().db }),
  }).execute();
}

const nurtureMails = (leadId: string) =>
  testDb().db.query.emailOutbox.findMany({
    where: (mail, { like }) => like(mail.idempotencyKey, `nurture:${leadId}:%`),
    orderBy: (mail, { asc }) => [asc(mail.createdAt)],
  });

const leadRow = (leadId: string) =>
  testDb().db.query.leads.findFirst({ where: (lead, { eq }) => eq(lead.id, leadId) });

/** Follows the unsubscribe link of the first nurture email, as the recipient would. */
async function unsubscribeFromEmail(leadId: string) {
  const [mail] = await nurtureMails(leadId);
  const token = mail?.text?.match(/\/unsubscribe\/([\w.-]+)/)?.[1];
  if (!token) throw new Error("No unsubscribe link in the nurture email");
  await unsubscribeLead(publicScope(testDb().db), { token });
}

describe("nurture-lead", () => {
  it("sends the four emails of the sequence and completes", async () => {
    const { leadId, email } = await capturedLead();

    const { result, error } = await nurture(leadId);

    expect(error).toBeUndefined();
    expect(result).toEqual({ completed: true, sent: [3, 7, 14, 30] });
    const mails = await nurtureMails(leadId);
    expect(mails.map((mail) => mail.idempotencyKey).sort()).toEqual(
      days.map((day) => `nurture:${leadId}:day-${day}`).sort(),
    );
    expect(mails.every((mail) => mail.to === email && mail.template === "nurture")).toBe(true);
    expect(mails.map((mail) => mail.subject)).toContain("Want a hand with shop.example?");
    expect(await leadRow(leadId)).toMatchObject({ nurtureStep: 4, nurtureStatus: "completed" });
  });

  it("waits until 3, 7, 14 and 30 days after the capture event", async () => {
    const { leadId } = await capturedLead();

    const { ctx } = await nurture(leadId);

    for (const day of days) {
      expect(ctx.step.sleepUntil).toHaveBeenCalledWith(
        `wait-until-day-${day}`,
        new Date(capturedAt + day * DAY_MS),
      );
      expect(ctx.step.run).toHaveBeenCalledWith(`send-day-${day}`, expect.any(Function));
    }
    expect(new Date(capturedAt + 30 * DAY_MS).toISOString()).toBe("2026-12-02T09:30:00.000Z");
  });

  it("ends after the first check for a lead who already signed up on a paid plan", async () => {
    const { db } = testDb();
    const { leadId, email } = await capturedLead();
    await createOrg(db, { tier: "basic", owner: await createUser(db, { email }) });

    const { result, error, ctx } = await nurture(leadId);

    expect(error).toBeUndefined();
    expect(result).toEqual({ stopped: "converted", sent: [] });
    expect(ctx.step.run).toHaveBeenCalledWith("send-day-3", expect.any(Function));
    expect(ctx.step.run).not.toHaveBeenCalledWith("send-day-7", expect.any(Function));
    expect(ctx.step.sleepUntil).not.toHaveBeenCalledWith("wait-until-day-7", expect.any(Date));
    expect(await nurtureMails(leadId)).toHaveLength(0);
    expect(await leadRow(leadId)).toMatchObject({ nurtureStatus: "cancelled" });
  });

  it("stops when the lead upgrades between two emails", async () => {
    const { db } = testDb();
    const { leadId, email } = await capturedLead();

    const { result } = await nurture(leadId, {
      7: async () => createOrg(db, { tier: "pro", owner: await createUser(db, { email }) }),
    });

    expect(result).toEqual({ stopped: "converted", sent: [3] });
    expect((await nurtureMails(leadId)).map((mail) => mail.idempotencyKey)).toEqual([
      `nurture:${leadId}:day-3`,
    ]);
  });

  it("stops when the lead unsubscribes", async () => {
    const { leadId } = await capturedLead();

    const { result } = await nurture(leadId, { 14: () => unsubscribeFromEmail(leadId) });

    expect(result).toEqual({ stopped: "unsubscribed", sent: [3, 7] });
    expect(await nurtureMails(leadId)).toHaveLength(2);
  });

  it("registers its cancellation by lead/converted and one sequence per lead", () => {
    // The test engine does not apply these; Inngest reads them when the app is synced.
    expect(nurtureLead.inngest.opts.cancelOn).toEqual([
      { event: expect.objectContaining({ name: "lead/converted" }), match: "data.leadId" },
    ]);
    expect(nurtureLead.inngest.opts.idempotency).toBe("event.data.leadId");
  });

  it("rejects an event whose lead id is not a uuid", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { error } = await nurture("not-a-uuid");
    expect(error).toMatchObject({ message: expect.stringContaining("leadId: Invalid UUID") });
    vi.restoreAllMocks();
  });
});

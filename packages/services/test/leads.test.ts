import { auditLogs, emailOutbox, leads, urlAnalyses } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { and, eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { signUp } from "../src/accounts";
import { ServiceError } from "../src/errors";
import {
  NURTURE_DAYS,
  captureLead,
  convertLeads,
  nurtureDueAt,
  sendNurtureEmail,
  unsubscribeLead,
} from "../src/leads";
import { unsubscribeTokenFor } from "../src/leads/unsubscribe";
import type { CaptureLeadInput } from "../src/leads";
import type { Emit } from "../src/events";
import { publicScope, recordingEmit, systemScope, userScope } from "../src/testing";

const testDb = useTestDb();
const appUrl = "https://app.arco.test";

const findings = [
  { id: "seo/meta-description", severity: "low", title: "No meta description", fix: "Add one." },
  { id: "a11y/contrast", severity: "info", title: "Contrast checked", fix: "Nothing to do." },
  { id: "perf/images", severity: "critical", title: "Huge hero image", fix: "Serve WebP." },
  { id: "broken", severity: "urgent", title: "Not a severity", fix: "Skipped." },
  { id: "sec/hsts", severity: "high", title: "No HSTS header", fix: "Send HSTS." },
];

async function createAnalysis(overrides: Partial<typeof urlAnalyses.$inferInsert> = {}) {
  const [analysis] = await testDb()
    .db.insert(urlAnalyses)
    .values({
      url: "https://shop.example/produtos",
      normalizedUrl: "https://shop.example/produtos",
      status: "done",
      score: 72,
      performanceScore: 64,
      accessibilityScore: 88,
      bestPracticesScore: 100,
      seoScore: 91,
      report: { findings },
      createdAt: new Date(Date.now() - 60_000),
      finishedAt: new Date(),
      ...overrides,
    })
    .returning();
  return analysis!;
}

// The database is shared by the whole file: each test captures its own address.
let email: string;
beforeEach(() => {
  email = `rita-${crypto.randomUUID().slice(0, 8)}@example.test`;
});

const emitter = () => vi.fn<Emit>(async () => ({ sent: true }));

function capture(input: Partial<CaptureLeadInput> & { analysisId: string }, emit = emitter()) {
  return captureLead(publicScope(testDb().db, { appUrl, emit }), {
    email,
    consent: true,
    source: "report-email",
    ...input,
  });
}

const leadRow = async (id: string) =>
  (await testDb().db.select().from(leads).where(eq(leads.id, id)))[0]!;

const mailsKeyed = (prefix: string) =>
  testDb()
    .db.select()
    .from(emailOutbox)
    .where(like(emailOutbox.idempotencyKey, `${prefix}%`));

/** A lead with consent, as the nurture job receives it. */
async function consentingLead(address = `lead-${crypto.randomUUID()}@example.test`) {
  const analysis = await createAnalysis();
  const { leadId } = await capture({
    email: address,
    analysisId: analysis.id,
    source: "sign-up-prompt",
  });
  return { leadId, email: address, analysis };
}

async function unsubscribeTokenSentTo(leadId: string) {
  const [mail] = await mailsKeyed(`nurture:${leadId}:`);
  const token = mail?.text?.match(/\/unsubscribe\/([\w.-]+)/)?.[1];
  if (!token) throw new Error(`No unsubscribe link was emailed for lead ${leadId}`);
  return token;
}

describe("captureLead", () => {
  it("records the lead, emails the report with a public link and starts nurturing", async () => {
    const { db } = testDb();
    const analysis = await createAnalysis();
    const emit = emitter();

    const result = await capture(
      { email: `  ${email.toUpperCase()} `, name: "Rita", analysisId: analysis.id },
      emit,
    );

    expect(result.emailed).toBe(true);
    expect(await leadRow(result.leadId)).toMatchObject({
      email,
      name: "Rita",
      consent: true,
      consentAt: expect.any(Date),
      source: "report-email",
      sourceAnalysisId: analysis.id,
      nurtureStatus: "active",
      nurtureStep: 0,
    });
    expect(emit).toHaveBeenCalledExactlyOnceWith({
      name: "lead/captured",
      data: { leadId: result.leadId },
    });

    const [shared] = await db.select().from(urlAnalyses).where(eq(urlAnalyses.id, analysis.id));
    expect(shared!.shareToken).toMatch(/^[\w-]{43}$/);
    const [mail] = await mailsKeyed(`report:${analysis.id}:${email}`);
    expect(mail).toMatchObject({
      to: email,
      template: "analysis-report",
      subject: "Your Arco report for shop.example: 72/100",
    });
    expect(mail!.text).toContain(`${appUrl}/r/${shared!.shareToken}`);
    expect(mail!.text).toContain("Performance: 64/100");
    expect(mail!.text).toContain("SEO: 91/100");
    expect(mail!.text).not.toContain("Security:");
    // Worst first, observations and malformed findings left out.
    expect(mail!.text).toMatch(/1\. Huge hero image[\s\S]*2\. No HSTS header[\s\S]*3\. No meta/);
    expect(mail!.text).not.toContain("Contrast checked");
    expect(mail!.text).not.toContain("Not a severity");
  });

  it("does not resend the report or restart nurturing when asked again", async () => {
    const analysis = await createAnalysis();
    const emit = emitter();

    const first = await capture({ analysisId: analysis.id }, emit);
    const again = await capture({ email: email.toUpperCase(), analysisId: analysis.id }, emit);

    expect(again).toEqual({ leadId: first.leadId, emailed: false });
    expect(await mailsKeyed(`report:${analysis.id}:`)).toHaveLength(1);
    expect(emit).toHaveBeenCalledOnce();
  });

  it("starts nurturing only once consent is given, and never takes consent back", async () => {
    const analysis = await createAnalysis();
    const emit = emitter();

    const { leadId } = await capture({ consent: false, analysisId: analysis.id }, emit);
    expect(emit).not.toHaveBeenCalled();
    expect(await leadRow(leadId)).toMatchObject({ consent: false, consentAt: null });
    expect(await mailsKeyed(`report:${analysis.id}:`)).toHaveLength(1);

    await capture({ consent: true, source: "sign-up-prompt", analysisId: analysis.id }, emit);
    expect(emit).toHaveBeenCalledExactlyOnceWith({ name: "lead/captured", data: { leadId } });
    const consented = await leadRow(leadId);
    expect(consented).toMatchObject({ consent: true, consentAt: expect.any(Date) });
    expect(consented.nextNurtureAt).toEqual(nurtureDueAt(consented.consentAt!, 3));

    await capture({ consent: false, analysisId: analysis.id }, emit);
    expect(await leadRow(leadId)).toMatchObject({ consent: true, consentAt: consented.consentAt });
    expect(emit).toHaveBeenCalledOnce();
  });

  it("keeps the first analysis and name, and emails each analysis's report", async () => {
    const first = await createAnalysis();
    const second = await createAnalysis({ url: "https://other.example/" });

    const { leadId } = await capture({ name: "Rita", analysisId: first.id });
    await capture({ name: "Someone Else", analysisId: second.id });

    expect(await leadRow(leadId)).toMatchObject({ name: "Rita", sourceAnalysisId: first.id });
    expect(await mailsKeyed(`report:${second.id}:`)).toHaveLength(1);
  });

  it("sends nothing for the sign-up prompt", async () => {
    const analysis = await createAnalysis();
    const result = await capture({ source: "sign-up-prompt", analysisId: analysis.id });
    expect(result.emailed).toBe(false);
    expect(await mailsKeyed(`report:${analysis.id}:`)).toHaveLength(0);
    const [row] = await testDb()
      .db.select()
      .from(urlAnalyses)
      .where(eq(urlAnalyses.id, analysis.id));
    expect(row!.shareToken).toBeNull();
  });

  it("is NOT_FOUND for a missing analysis and PRECONDITION_FAILED for an unfinished one", async () => {
    const running = await createAnalysis({ status: "analyzing", score: null, finishedAt: null });
    const emit = emitter();

    for (const analysisId of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const missing = capture({ analysisId }, emit);
      await expect(missing).rejects.toBeInstanceOf(ServiceError);
      await expect(missing).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(capture({ analysisId: running.id }, emit)).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    expect(await testDb().db.select().from(leads).where(eq(leads.email, email))).toHaveLength(0);
    expect(emit).not.toHaveBeenCalled();
  });

  it("rejects an invalid email address", async () => {
    const analysis = await createAnalysis();
    await expect(capture({ email: "not an email", analysisId: analysis.id })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );
  });
});

describe("sendNurtureEmail", () => {
  it("sends the day-3 email once and moves the lead to the next step", async () => {
    const { leadId, email } = await consentingLead();

    const first = await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day: 3 });
    const again = await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day: 3 });

    expect(first).toEqual({ sent: true });
    expect(again).toEqual({ sent: false, reason: "already-sent" });
    const mails = await mailsKeyed(`nurture:${leadId}:day-3`);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: email, subject: "The quickest wins for shop.example" });
    expect(mails[0]!.text).toContain(`${appUrl}/unsubscribe/${leadId}.`);
    const lead = await leadRow(leadId);
    expect(lead).toMatchObject({ nurtureStep: 1, nurtureStatus: "active" });
    expect(lead.nextNurtureAt).toEqual(nurtureDueAt(lead.consentAt!, 7));
  });

  it("completes after day 30 and never moves the step backwards", async () => {
    const { leadId } = await consentingLead();
    const send = (day: 3 | 7 | 14 | 30) =>
      sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day });

    await send(14);
    await send(3);
    expect(await leadRow(leadId)).toMatchObject({ nurtureStep: 3 });

    await send(7);
    expect(await send(30)).toEqual({ sent: true });
    expect(await leadRow(leadId)).toMatchObject({
      nurtureStep: 4,
      nurtureStatus: "completed",
      nextNurtureAt: null,
    });
    expect(await mailsKeyed(`nurture:${leadId}:`)).toHaveLength(4);
  });

  it("stops for a lead who unsubscribed", async () => {
    const { leadId } = await consentingLead();
    await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day: 3 });
    await unsubscribeLead(publicScope(testDb().db), {
      token: await unsubscribeTokenSentTo(leadId),
    });

    const result = await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day: 7 });

    expect(result).toEqual({ sent: false, reason: "unsubscribed" });
    expect(await mailsKeyed(`nurture:${leadId}:day-7`)).toHaveLength(0);
  });

  it("cancels the sequence when the lead's address belongs to a user in a paid organization", async () => {
    const { db } = testDb();
    const { leadId } = await consentingLead(email);
    const user = await createUser(db, { email: email.toUpperCase() });
    await createOrg(db, { tier: "free", owner: user });
    await createOrg(db, { tier: "pro", owner: user });

    const result = await sendNurtureEmail(systemScope(db, { appUrl }), { leadId, day: 3 });

    expect(result).toEqual({ sent: false, reason: "converted" });
    expect(await leadRow(leadId)).toMatchObject({
      email,
      convertedUserId: user.id,
      nurtureStatus: "cancelled",
      nextNurtureAt: null,
    });
    expect(await mailsKeyed(`nurture:${leadId}:`)).toHaveLength(0);
  });

  it("stops for a lead whose address has an account, even only in a free organization", async () => {
    const { db } = testDb();
    const { leadId, email } = await consentingLead();
    const user = await createUser(db, { email });
    await createOrg(db, { tier: "free", owner: user });

    const result = await sendNurtureEmail(systemScope(db, { appUrl }), { leadId, day: 3 });

    expect(result).toEqual({ sent: false, reason: "converted" });
    expect(await leadRow(leadId)).toMatchObject({
      convertedUserId: user.id,
      convertedAt: expect.any(Date),
      nurtureStatus: "cancelled",
      nurtureStep: 0,
    });
    expect(await mailsKeyed(`nurture:${leadId}:`)).toHaveLength(0);
  });

  it("never emails a lead who unsubscribed, on any day of the sequence", async () => {
    const { leadId } = await consentingLead();
    const lead = await leadRow(leadId);
    await unsubscribeLead(publicScope(testDb().db), { token: unsubscribeTokenFor(lead) });

    for (const day of NURTURE_DAYS) {
      expect(await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day })).toEqual(
        { sent: false, reason: "unsubscribed" },
      );
    }
    expect(await mailsKeyed(`nurture:${leadId}:`)).toHaveLength(0);
    expect(await leadRow(leadId)).toMatchObject({ nurtureStep: 0, nextNurtureAt: null });
  });

  it("sends nothing to a lead without consent or to an unknown lead", async () => {
    const analysis = await createAnalysis();
    const { leadId } = await capture({ consent: false, analysisId: analysis.id });

    expect(
      await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day: 3 }),
    ).toEqual({
      sent: false,
      reason: "no-consent",
    });
    expect(
      await sendNurtureEmail(systemScope(testDb().db, { appUrl }), {
        leadId: "00000000-0000-4000-8000-000000000000",
        day: 3,
      }),
    ).toEqual({ sent: false, reason: "not-found" });
    expect(await mailsKeyed(`nurture:${leadId}:`)).toHaveLength(0);
  });
});

describe("unsubscribeLead", () => {
  it("unsubscribes with the emailed link, once", async () => {
    const { leadId } = await consentingLead();
    await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day: 3 });
    const token = await unsubscribeTokenSentTo(leadId);

    const first = await unsubscribeLead(publicScope(testDb().db), { token: token });
    const again = await unsubscribeLead(publicScope(testDb().db), { token: token });

    expect(first).toEqual({ unsubscribedAt: expect.any(Date), alreadyUnsubscribed: false });
    expect(again).toEqual({ unsubscribedAt: first.unsubscribedAt, alreadyUnsubscribed: true });
    expect(await leadRow(leadId)).toMatchObject({
      unsubscribedAt: first.unsubscribedAt,
      nurtureStatus: "cancelled",
      nextNurtureAt: null,
    });
  });

  it("is NOT_FOUND for a forged, foreign or malformed token", async () => {
    const { leadId } = await consentingLead();
    const other = await consentingLead();
    await sendNurtureEmail(systemScope(testDb().db, { appUrl }), { leadId, day: 3 });
    const token = await unsubscribeTokenSentTo(leadId);
    const [, digest] = token.split(".");
    const flipped = `${digest!.startsWith("A") ? "B" : "A"}${digest!.slice(1)}`;

    for (const wrong of [
      `${leadId}.${flipped}`,
      `${other.leadId}.${digest}`,
      leadId,
      "garbage",
      `${"0".repeat(36)}.${digest}`,
    ]) {
      const attempt = unsubscribeLead(publicScope(testDb().db), { token: wrong });
      await expect(attempt).rejects.toBeInstanceOf(ServiceError);
      await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await leadRow(leadId)).toMatchObject({ unsubscribedAt: null, nurtureStatus: "active" });
    expect(await leadRow(other.leadId)).toMatchObject({ unsubscribedAt: null });
  });
});

describe("conversion", () => {
  it("converts the lead when its address signs up, and says so once", async () => {
    const { db } = testDb();
    const { leadId } = await consentingLead(email);
    const other = await consentingLead();
    const events = recordingEmit();

    const signedUp = await signUp(publicScope(db, { appUrl, emit: events.emit }), {
      name: "Rita Lopes",
      email: ` ${email.toUpperCase()}`,
      password: "a long enough password",
    });
    if (signedUp.outcome !== "created") throw new Error("The address had an account");
    // Signing up again with the address, or converting again, changes nothing more.
    await signUp(publicScope(db, { appUrl, emit: events.emit }), {
      name: "Rita again",
      email,
      password: "another long password",
    });
    expect(await convertLeads(userScope(db, signedUp.user), { userId: signedUp.user.id })).toEqual(
      [],
    );

    expect(events.events.filter((event) => event.name === "lead/converted")).toEqual([
      { name: "lead/converted", data: { leadId } },
    ]);
    expect(await leadRow(leadId)).toMatchObject({
      convertedUserId: signedUp.user.id,
      convertedAt: expect.any(Date),
      nurtureStatus: "cancelled",
      nextNurtureAt: null,
    });
    expect(await leadRow(other.leadId)).toMatchObject({
      convertedUserId: null,
      convertedAt: null,
      nurtureStatus: "active",
    });
    const audited = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "leads.convert"), eq(auditLogs.resourceId, leadId)));
    expect(audited).toMatchObject([{ actorUserId: signedUp.user.id }]);
  });

  it("converts a lead captured for an address that has an account, and nurtures nothing", async () => {
    const { db } = testDb();
    const user = await createUser(db, { email });
    const analysis = await createAnalysis();
    const emit = emitter();

    const { leadId } = await capture({ analysisId: analysis.id }, emit);

    expect(await leadRow(leadId)).toMatchObject({
      convertedUserId: user.id,
      nurtureStatus: "cancelled",
    });
    expect(emit).not.toHaveBeenCalledWith(expect.objectContaining({ name: "lead/captured" }));
  });
});

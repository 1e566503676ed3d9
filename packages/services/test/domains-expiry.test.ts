import type { Database } from "@arco/db";
import { domainExpiryAlerts, domains, emailOutbox, notifications } from "@arco/db/schema";
import { addMember, createDomain, createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { inOrg } from "../src/context";
import {
  checkOrgDomains,
  orgsWithDomains,
  runDomainExpiryWarnings,
  thresholdFor,
} from "../src/domains";
import { setEmailPreferences } from "../src/accounts";
import { systemScope, userScope } from "../src/testing";

const testDb = useTestDb();
const APP = "https://app.arco.test";

async function team() {
  const { db } = testDb();
  const [owner, admin, member] = await Promise.all([1, 2, 3].map(() => createUser(db)));
  const org = await createOrg(db, { tier: "pro", owner: owner!, name: "Padaria Sol" });
  await addMember(db, { orgId: org.id, userId: admin!.id, role: "admin" });
  await addMember(db, { orgId: org.id, userId: member!.id, role: "member" });
  return { db, org, owner: owner!, admin: admin!, member: member! };
}

const mailsOf = (orgId: string) =>
  testDb().db.select().from(emailOutbox).where(eq(emailOutbox.orgId, orgId));
const notificationsOf = (orgId: string) =>
  testDb().db.select().from(notifications).where(eq(notifications.orgId, orgId));

/** The daily run for one organization, as the job makes it, at `now`. */
const warn = (db: Database, orgId: string, now: Date) =>
  runDomainExpiryWarnings(inOrg(systemScope(db, { now: () => now, appUrl: APP }), orgId));

describe("domain expiry warnings", () => {
  it("picks the most urgent threshold reached", () => {
    expect([45, 30, 20, 7, 3, 1, 0, -1].map(thresholdFor)).toEqual([
      null,
      30,
      30,
      7,
      7,
      1,
      1,
      null,
    ]);
  });

  it("warns owners and admins once per domain, kind, threshold and expiry date", async () => {
    const { db, org, owner, admin, member } = await team();
    const domain = await createDomain(db, {
      orgId: org.id,
      name: "padariasol.com.br",
      renewsOn: "2026-12-21",
      sslExpiresAt: new Date("2026-11-28T10:00:00Z"),
    });
    await createDomain(db, { orgId: org.id, name: "far-away.com", renewsOn: "2027-08-01" });
    const now = new Date("2026-11-21T06:00:00Z");

    const first = await warn(db, org.id, now);
    expect(first.warnings).toBe(2);

    const mails = await mailsOf(org.id);
    expect(mails).toHaveLength(4);
    expect(new Set(mails.map((m) => m.to))).toEqual(new Set([owner.email, admin.email]));
    expect(mails.some((m) => m.to === member.email)).toBe(false);
    expect(mails.every((m) => m.template === "domain-expiry")).toBe(true);
    expect(mails.map((m) => m.text).join("\n")).toContain(`${APP}/dashboard/domains/${domain.id}`);

    const notes = await notificationsOf(org.id);
    expect(notes).toHaveLength(4);
    expect(notes.map((n) => n.kind).sort()).toEqual([
      "domain.expiry.certificate",
      "domain.expiry.certificate",
      "domain.expiry.renewal",
      "domain.expiry.renewal",
    ]);
    expect(notes.every((n) => n.link === `/dashboard/domains/${domain.id}`)).toBe(true);
    expect(notes.map((n) => n.title)).toContain(
      "The HTTPS certificate of padariasol.com.br expires in 7 days",
    );

    const alerts = await db
      .select()
      .from(domainExpiryAlerts)
      .where(eq(domainExpiryAlerts.domainId, domain.id));
    expect(alerts.map((a) => [a.kind, a.thresholdDays, a.expiresOn]).sort()).toEqual([
      ["certificate", 7, "2026-11-28"],
      ["renewal", 30, "2026-12-21"],
    ]);

    // The same day again, and a later day within the same threshold: nothing new.
    expect((await warn(db, org.id, now)).warnings).toBe(0);
    const later = new Date("2026-11-23T06:00:00Z");
    expect((await warn(db, org.id, later)).warnings).toBe(0);
    expect(await mailsOf(org.id)).toHaveLength(4);
    expect(await notificationsOf(org.id)).toHaveLength(4);

    // One day before the certificate expires: the 1-day warning.
    const dayBefore = new Date("2026-11-27T06:00:00Z");
    expect((await warn(db, org.id, dayBefore)).warnings).toBe(1);
    expect(await mailsOf(org.id)).toHaveLength(6);
  });

  it("emails only those who want expiry reminders; the in-app notice reaches everyone", async () => {
    const { db, org, owner, admin } = await team();
    await setEmailPreferences(userScope(db, admin), { domainExpiry: false });
    await createDomain(db, { orgId: org.id, name: "quiet.com.br", renewsOn: "2026-12-21" });

    await warn(db, org.id, new Date("2026-11-21T06:00:00Z"));

    expect((await mailsOf(org.id)).map((m) => m.to)).toEqual([owner.email]);
    expect((await notificationsOf(org.id)).map((n) => n.userId).sort()).toEqual(
      [owner.id, admin.id].sort(),
    );
  });

  it("warns again after a renewal moves the date into the next cycle", async () => {
    const { db, org } = await team();
    const domain = await createDomain(db, { orgId: org.id, renewsOn: "2026-12-01" });
    const now = new Date("2026-11-21T06:00:00Z");
    expect((await warn(db, org.id, now)).warnings).toBe(1);

    await db.update(domains).set({ renewsOn: "2027-12-01" }).where(eq(domains.id, domain.id));
    expect((await warn(db, org.id, now)).warnings).toBe(0);

    const nextCycle = new Date("2027-11-15T06:00:00Z");
    expect((await warn(db, org.id, nextCycle)).warnings).toBe(1);
    const renewalMails = (await mailsOf(org.id)).filter((m) =>
      m.idempotencyKey.includes(":renewal:30:"),
    );
    expect(renewalMails.map((m) => m.idempotencyKey.split(":")[4]).sort()).toEqual([
      "2026-12-01",
      "2026-12-01",
      "2027-12-01",
      "2027-12-01",
    ]);
  });

  it("checks every domain of an organization, and lists the organizations with domains", async () => {
    const { db, org } = await team();
    const empty = await createOrg(db, { tier: "pro" });
    const domain = await createDomain(db, { orgId: org.id, name: "staging.padaria.test" });
    const scope = inOrg(systemScope(db, { appUrl: APP }), org.id);
    expect(await checkOrgDomains(scope)).toEqual({ checked: 1, withProblems: 1 });
    const [row] = await db.select().from(domains).where(eq(domains.id, domain.id));
    expect(row!.lastCheckError).toContain("reserved name");
    expect(row!.lastCheckedAt).toBeInstanceOf(Date);

    const orgIds = await orgsWithDomains(systemScope(db));
    expect(orgIds).toContain(org.id);
    expect(orgIds).not.toContain(empty.id);
  });
});

/** Rows of the identity, tenancy, analysis and admin procedures. */
import type { Database } from "@arco/db";
import { organizations } from "@arco/db/schema";
import { eq } from "drizzle-orm";
import { expect } from "vitest";

import { PASSWORD } from "../harness";
import type { World } from "../harness";
import { A_MEMBERS, inOrg, managersOfA, readersOfA, rowsOnly, signedIn, staffOnly } from "./kit";

const orgANameUnchanged = async (_: unknown, db: Database, _c: unknown, w: World) => {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, w.orgA.id));
  expect(org!.name).toBe("Org A");
};
const neverShowsOrgA = (result: unknown, _db: Database, _c: unknown, w: World) => {
  expect(JSON.stringify(result)).not.toContain(w.orgA.id);
  for (const name of ["Owner A", "Admin A", "Member A", "Viewer A", "outsider@example.test"]) {
    expect(JSON.stringify(result)).not.toContain(name);
  }
};

const neverShowsAnalysisA = (result: unknown, _db: Database, _c: unknown, w: World) => {
  expect(JSON.stringify(result)).not.toContain(w.analysisA.id);
  expect(JSON.stringify(result)).not.toContain("org-a.example");
};

export const corePart = rowsOnly({
  "system.health": { call: (c) => c.system.health(), expect: { default: "ok" } },

  "auth.signUp": {
    call: (c) =>
      c.auth.signUp({
        name: "New Person",
        email: `new-${crypto.randomUUID()}@example.test`,
        password: PASSWORD,
      }),
    expect: { default: "ok" },
  },
  "auth.verifyEmail": {
    call: (c) => c.auth.verifyEmail({ token: "a-token-that-was-never-issued-to-anyone" }),
    expect: { default: "BAD_REQUEST" },
  },
  "me.get": {
    call: (c) => c.me.get(),
    expect: signedIn({
      ok: (me, _db, caller, w) => {
        expect((me as { id: string }).id).toBe(w.users[caller as keyof World["users"]].id);
      },
    }),
  },
  "me.updateProfile": {
    call: (c) => c.me.updateProfile({ name: "Renamed" }),
    expect: signedIn("ok"),
  },
  "me.changePassword": {
    call: (c) =>
      c.me.changePassword({ currentPassword: PASSWORD, newPassword: "another long password" }),
    expect: signedIn("ok"),
  },
  "me.setLocale": {
    call: (c) => c.me.setLocale({ locale: "pt-BR" }),
    expect: signedIn("ok"),
  },
  "me.setEmailPreferences": {
    call: (c) => c.me.setEmailPreferences({ ticketUpdates: false }),
    expect: signedIn("ok"),
  },
  "auth.requestPasswordReset": {
    call: (c, w) => c.auth.requestPasswordReset({ email: w.users.memberA.email }),
    expect: { default: { ok: (r) => expect(r).toEqual({ ok: true }) } },
  },
  "auth.resetPassword": {
    call: (c) =>
      c.auth.resetPassword({
        token: "a-token-that-was-never-issued-to-anyone",
        password: PASSWORD,
      }),
    expect: { default: "BAD_REQUEST" },
  },
  "me.signOutEverywhere": { call: (c) => c.me.signOutEverywhere(), expect: signedIn("ok") },

  "orgs.list": {
    call: (c) => c.orgs.list(),
    expect: {
      ...signedIn({ ok: neverShowsOrgA }),
      ...Object.fromEntries(A_MEMBERS.map((m) => [m, "ok"])),
    },
  },
  "orgs.current": {
    call: (c) => c.orgs.current(),
    expect: inOrg(
      Object.fromEntries(
        [...A_MEMBERS, "staffInA"].map((m) => [
          m,
          {
            ok: (r: unknown, _db: Database, _c: unknown, w: World) =>
              expect((r as { id: string }).id).toBe(w.orgA.id),
          },
        ]),
      ),
      { ok: neverShowsOrgA },
    ),
  },
  "orgs.activity": {
    call: (c) => c.orgs.activity({}),
    expect: readersOfA(
      { ok: neverShowsOrgA },
      {
        ok: (r, _db, _c, w) => {
          const items = (r as { items: { action: string; actor: string | null }[] }).items;
          expect(items.length).toBeGreaterThan(0);
          expect(JSON.stringify(items)).not.toContain(w.orgB.id);
        },
      },
    ),
  },
  "orgs.create": {
    call: (c) => c.orgs.create({ name: "Side project" }),
    // One free organization per owner: the owners of org B and of the free org have theirs.
    expect: { ...signedIn("ok"), ownerB: "TOO_MANY_REQUESTS", freeUser: "TOO_MANY_REQUESTS" },
  },
  "orgs.switch": {
    call: (c, w) => c.orgs.switch({ orgId: w.orgA.id }),
    expect: { ...signedIn("NOT_FOUND"), ...Object.fromEntries(A_MEMBERS.map((m) => [m, "ok"])) },
  },
  "orgs.settings": {
    call: (c) => c.orgs.settings(),
    expect: readersOfA(
      { ok: neverShowsOrgA },
      { ok: (r) => expect((r as { name: string }).name).toBe("Org A") },
    ),
  },
  "orgs.update": {
    call: (c) => c.orgs.update({ name: "Hijacked", timeZone: "Europe/Lisbon" }),
    expect: inOrg(
      {
        memberA: "FORBIDDEN",
        viewerA: "FORBIDDEN",
        staffInA: "FORBIDDEN",
        ownerB: { ok: orgANameUnchanged },
        freeUser: { ok: orgANameUnchanged },
      },
      "ok",
    ),
  },

  "members.list": {
    call: (c) => c.members.list({}),
    expect: readersOfA({ ok: neverShowsOrgA }),
  },
  "members.updateRole": {
    call: (c, w) => c.members.updateRole({ membershipId: w.targetMembershipId, role: "viewer" }),
    expect: managersOfA("NOT_FOUND"),
  },
  "members.remove": {
    call: (c, w) => c.members.remove({ membershipId: w.targetMembershipId }),
    expect: managersOfA("NOT_FOUND"),
  },
  "members.leave": {
    call: (c) => c.members.leave(),
    // Sole owners may not leave; everyone else leaves their own organization only.
    expect: inOrg(
      { adminA: "ok", memberA: "ok", viewerA: "ok", staffInA: "FORBIDDEN" },
      "PRECONDITION_FAILED",
    ),
  },

  "invitations.list": {
    call: (c) => c.invitations.list(),
    expect: inOrg(
      {
        ownerA: "ok",
        adminA: "ok",
        memberA: "FORBIDDEN",
        viewerA: "FORBIDDEN",
        staffInA: "FORBIDDEN",
      },
      { ok: neverShowsOrgA },
    ),
  },
  "invitations.create": {
    call: (c) =>
      c.invitations.create({
        email: `invitee-${crypto.randomUUID()}@example.test`,
        role: "member",
      }),
    // Org B and the free org are on the free tier: one member, no room to invite.
    expect: managersOfA("TOO_MANY_REQUESTS"),
  },
  "invitations.revoke": {
    call: (c, w) => c.invitations.revoke({ invitationId: w.invitation.id }),
    expect: managersOfA("NOT_FOUND"),
  },
  "invitations.byToken": {
    call: (c, w) => c.invitations.byToken({ token: w.invitationToken }),
    // The token itself is the capability: whoever holds the link may read the invitation.
    expect: { default: "ok" },
  },
  "invitations.accept": {
    call: (c, w) => c.invitations.accept({ token: w.invitationToken }),
    expect: signedIn("FORBIDDEN"),
  },
  "invitations.decline": {
    call: (c, w) => c.invitations.decline({ token: w.invitationToken }),
    expect: signedIn("FORBIDDEN"),
  },

  "plans.list": {
    call: (c) => c.plans.list(),
    // The public catalogue: every caller sees the same plans, and only public ones.
    expect: {
      default: {
        ok: (result) => {
          const plans = result as Record<string, unknown>[];
          if (plans.length === 0) throw new Error("The catalogue is empty.");
          if (plans.some((plan) => "stripeMonthlyPriceId" in plan || plan.isActive !== true))
            throw new Error("The catalogue shows more than the public plans.");
        },
      },
    },
  },
  "analyses.run": {
    call: (c) => c.analyses.run({ url: "https://example.com/pricing" }),
    expect: { default: "ok" },
  },
  "analyses.byId": {
    call: (c, w) => c.analyses.byId({ id: w.analysisA.id }),
    expect: { default: "NOT_FOUND", ownerA: "ok" },
  },
  "analyses.share": {
    call: (c, w) => c.analyses.share({ id: w.analysisA.id }),
    expect: { default: "NOT_FOUND", ownerA: "ok" },
  },
  "analyses.shared": {
    call: (c, w) => c.analyses.shared({ token: w.analysisA.shareToken! }),
    // The share token is the capability, and the shared copy names nobody.
    expect: {
      default: {
        ok: (r) =>
          expect(Object.keys(r as object).sort()).toEqual(["createdAt", "report", "score", "url"]),
      },
    },
  },
  "analyses.list": {
    call: (c) => c.analyses.list({}),
    expect: { ...signedIn({ ok: neverShowsAnalysisA }), ownerA: "ok" },
  },
  "analyses.pages": {
    call: (c) => c.analyses.pages(),
    expect: { ...signedIn({ ok: neverShowsAnalysisA }), ownerA: "ok" },
  },
  "analyses.trend": {
    call: (c) => c.analyses.trend({ url: "https://org-a.example/" }),
    expect: { ...signedIn({ ok: (r) => expect(r).toEqual([]) }), ownerA: "ok" },
  },

  "leads.capture": {
    call: (c, w) =>
      c.leads.capture({
        email: `reader-${crypto.randomUUID()}@example.test`,
        consent: true,
        source: "report-email",
        analysisId: w.analysisA.id,
      }),
    // Someone else's analysis can't be mailed out by requesting its report.
    expect: { default: "NOT_FOUND", ownerA: "ok" },
  },
  "leads.unsubscribe": {
    call: (c) => c.leads.unsubscribe({ token: `${crypto.randomUUID()}.forged-digest-value` }),
    expect: { default: "NOT_FOUND" },
  },

  // Only the agency's admins read the outbox; support staff are refused.
  "admin.outbox.list": {
    call: (c) => c.admin.outbox.list({}),
    expect: { ...staffOnly("ok"), staffInA: "FORBIDDEN" },
  },
  "admin.outbox.byId": {
    call: (c, w) => c.admin.outbox.byId({ id: w.outboxMessageId }),
    expect: {
      ...staffOnly({
        // The invitation's link is the invitee's alone: the outbox shows that it was sent.
        ok: (r, _db, _c, w) => {
          expect(r).toMatchObject({ template: "invitation", linksWithheld: true });
          expect(JSON.stringify(r)).not.toContain(w.invitationToken);
        },
      }),
      staffInA: "FORBIDDEN",
    },
  },
  "admin.jobs.list": {
    call: (c) => c.admin.jobs.list(),
    expect: staffOnly({
      ok: (r) => {
        const { functions } = r as { functions: { id: string }[] };
        expect(functions.map((f) => f.id)).toContain("reset-ticket-quotas");
      },
    }),
  },
  "admin.clients.list": {
    call: (c) => c.admin.clients.list({ search: "Org A" }),
    expect: staffOnly({
      ok: (r, _db, _c, w) => {
        expect((r as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([w.orgA.id]);
      },
    }),
  },
});

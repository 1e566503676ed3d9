import { selectRows } from "@arco/db";
import type { Database } from "@arco/db";
import { auditLogs, users } from "@arco/db/schema";
import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from "@arco/db/seed";
import { addMember, createOrg, createUser, useTestDb } from "@arco/db/testing";
import { and, eq, inArray, sql } from "drizzle-orm";
import { setTimeout } from "node:timers/promises";
import { describe, expect, it } from "vitest";

import { requesterOfSession, startSession, verifyCredentials, verifyEmail } from "../src/accounts";
import {
  disableAccount,
  enableAccount,
  personById,
  resendVerification,
  searchPeople,
  setStaffRole,
} from "../src/people";
import { publicScope, staffScope } from "../src/testing";
import { linkTokenSentTo } from "./helpers";

const testDb = useTestDb();

const admin = async (db: Database) => createUser(db, { staffRole: "admin" });
const asStaff = (db: Database, user: { id: string } | null) => staffScope(db, user);

const auditOf = (db: Database, action: string, resourceId: string) =>
  db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.action, action), eq(auditLogs.resourceId, resourceId)));

/** Statements of this database waiting for a lock another transaction holds. */
const waitingOnLocks = async (db: Database) =>
  (
    await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`,
    )
  )[0]!.n;

/** Leaves `keep` as the only admins of the platform (the others become support staff). */
async function onlyAdmins(db: Database, ...keep: { id: string }[]) {
  const kept = keep.map((user) => user.id);
  const others = await db.select({ id: users.id }).from(users).where(eq(users.staffRole, "admin"));
  for (const { id } of others) {
    if (!kept.includes(id)) {
      await db.update(users).set({ staffRole: "support" }).where(eq(users.id, id));
    }
  }
}

describe("searchPeople", () => {
  it("finds people by part of their name or email, with their organizations and roles", async () => {
    const { db } = testDb();
    const tag = crypto.randomUUID().slice(0, 8);
    const lia = await createUser(db, {
      name: `Lia ${tag} Moraes`,
      email: `lia-${tag}@example.test`,
    });
    const rui = await createUser(db, { name: "Rui", email: `RUI.${tag}@Example.test` });
    const client = await createOrg(db, { tier: "pro", owner: lia, name: `Padaria ${tag}` });
    const own = await createOrg(db, { tier: "free", owner: rui, name: `A ${tag}` });
    await addMember(db, { orgId: client.id, userId: rui.id, role: "viewer" });

    const byName = await searchPeople(asStaff(db, null), { query: `${tag} moraes`, limit: 10 });
    const byEmail = await searchPeople(asStaff(db, null), { query: `rui.${tag}`, limit: 10 });

    expect(byName.items.map((p) => p.id)).toEqual([lia.id]);
    expect(byName.items[0]).toMatchObject({
      email: lia.email,
      staffRole: null,
      disabledAt: null,
      organizations: [{ id: client.id, name: client.name, role: "owner", tier: "pro" }],
    });
    expect(byEmail.items.map((p) => p.id)).toEqual([rui.id]);
    expect(byEmail.items[0]!.organizations).toEqual([
      { id: own.id, name: own.name, role: "owner", tier: "free" },
      { id: client.id, name: client.name, role: "viewer", tier: "pro" },
    ]);
  });

  it("takes % and _ in the search literally", async () => {
    const { db } = testDb();
    const tag = crypto.randomUUID().slice(0, 8);
    const literal = await createUser(db, { name: `100% ${tag}` });
    await createUser(db, { name: `1000 ${tag}` });

    const found = await searchPeople(asStaff(db, null), { query: `100% ${tag}`, limit: 10 });
    const underscore = await searchPeople(asStaff(db, null), { query: `10_ ${tag}`, limit: 10 });

    expect(found.items.map((p) => p.id)).toEqual([literal.id]);
    expect(underscore.items).toEqual([]);
  });

  it("filters agency staff and disabled accounts, and pages newest first", async () => {
    const { db } = testDb();
    const tag = crypto.randomUUID().slice(0, 8);
    const base = Date.now();
    const make = (n: number, values: Partial<typeof users.$inferInsert> = {}) =>
      createUser(db, {
        name: `Paged ${tag} ${n}`,
        createdAt: new Date(base - n * 1000),
        ...values,
      });
    const [newest, support, off, oldest] = [
      await make(1),
      await make(2, { staffRole: "support" }),
      await make(3, { disabledAt: new Date() }),
      await make(4),
    ];
    const search = (filters: { staffOnly?: boolean; disabled?: boolean }, cursor?: string) =>
      searchPeople(asStaff(db, null), { query: `paged ${tag}`, limit: 2, cursor, ...filters });

    const first = await search({});
    const second = await search({}, first.nextCursor!);

    expect(first.items.map((p) => p.id)).toEqual([newest.id, support.id]);
    expect(second.items.map((p) => p.id)).toEqual([off.id, oldest.id]);
    expect(second.nextCursor).toBeNull();
    expect((await search({ staffOnly: true })).items.map((p) => p.id)).toEqual([support.id]);
    expect((await search({ disabled: true })).items.map((p) => p.id)).toEqual([off.id]);
    expect((await search({ disabled: false })).items.map((p) => p.id)).toEqual([
      newest.id,
      support.id,
    ]);
  });

  it("knows the last sign-in from the password and from a session still open", async () => {
    const { db } = testDb();
    const never = await createUser(db);
    const signedIn = await createUser(db);
    const sessionStart = new Date(Date.now() - 3600_000);
    await startSession(db, signedIn.id, sessionStart);

    expect(await personById(asStaff(db, null), { userId: never.id })).toMatchObject({
      lastSignInAt: null,
      openSessions: 0,
    });
    expect(await personById(asStaff(db, null), { userId: signedIn.id })).toMatchObject({
      lastSignInAt: sessionStart,
      openSessions: 1,
    });
    await expect(
      personById(asStaff(db, null), { userId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("disableAccount and enableAccount", () => {
  it("ends every session, refuses sign-in and requests, and lets them back in once enabled", async () => {
    const { db } = testDb();
    const staff = await admin(db);
    const person = await createUser(db, { passwordHash: DEMO_PASSWORD_HASH });
    const phone = await startSession(db, person.id);
    const laptop = await startSession(db, person.id);
    const credentials = { email: person.email, password: DEMO_PASSWORD };

    const disabled = await disableAccount(asStaff(db, staff), { userId: person.id });

    expect(disabled.sessionsEnded).toBe(2);
    for (const sessionId of [phone, laptop]) {
      expect(await requesterOfSession(db, { userId: person.id, sessionId })).toBeNull();
    }
    expect(await verifyCredentials(db, credentials)).toEqual({ status: "invalid" });
    // Even a session started afterwards (a sign-in that raced) is no one while disabled.
    const raced = await startSession(db, person.id);
    expect(await requesterOfSession(db, { userId: person.id, sessionId: raced })).toBeNull();
    const [audited] = await auditOf(db, "admin.people.disable", person.id);
    expect(audited).toMatchObject({
      actorUserId: staff.id,
      orgId: null,
      after: { sessionsEnded: 2 },
    });

    await enableAccount(asStaff(db, staff), { userId: person.id });

    expect(await verifyCredentials(db, credentials)).toMatchObject({ status: "ok" });
    expect(await requesterOfSession(db, { userId: person.id, sessionId: phone })).toBeNull();
    expect(await auditOf(db, "admin.people.enable", person.id)).toHaveLength(1);
  });

  it("refuses one's own account, an account already in that state, and the last admin", async () => {
    const { db } = testDb();
    const staff = await admin(db);
    const person = await createUser(db);
    await disableAccount(asStaff(db, staff), { userId: person.id });

    await expect(disableAccount(asStaff(db, staff), { userId: staff.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(disableAccount(asStaff(db, staff), { userId: person.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await enableAccount(asStaff(db, staff), { userId: person.id });
    await expect(enableAccount(asStaff(db, staff), { userId: person.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // Someone holding a scope after losing the role (the API checks it on every request) still
    // cannot take the platform's last admin away.
    const last = await admin(db);
    await onlyAdmins(db, last);
    await expect(disableAccount(asStaff(db, staff), { userId: last.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await personById(asStaff(db, staff), { userId: last.id })).disabledAt).toBeNull();
  });
});

describe("resendVerification", () => {
  it("emails a fresh link that verifies the address, audited under the staff member", async () => {
    const { db } = testDb();
    const support = await createUser(db, { staffRole: "support" });
    const person = await createUser(db, { emailVerified: null });

    expect(
      await resendVerification(staffScope(db, support, { staffRole: "support" }), {
        userId: person.id,
      }),
    ).toEqual({ sent: true });

    await verifyEmail(publicScope(db), {
      token: await linkTokenSentTo(person.email, "verify-email"),
    });
    expect(
      (await personById(asStaff(db, support), { userId: person.id })).emailVerified,
    ).not.toBeNull();
    expect(await auditOf(db, "admin.people.resendVerification", person.id)).toMatchObject([
      { actorUserId: support.id },
    ]);
  });

  it("refuses a verified address and a disabled account", async () => {
    const { db } = testDb();
    const staff = await admin(db);
    const verified = await createUser(db);
    const disabled = await createUser(db, { emailVerified: null, disabledAt: new Date() });

    await expect(
      resendVerification(asStaff(db, staff), { userId: verified.id }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "This address is already verified.",
    });
    await expect(
      resendVerification(asStaff(db, staff), { userId: disabled.id }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await auditOf(db, "admin.people.resendVerification", verified.id)).toHaveLength(0);
  });
});

describe("setStaffRole", () => {
  it("grants, changes and revokes a staff role, audited with before and after", async () => {
    const { db } = testDb();
    const staff = await admin(db);
    const person = await createUser(db);
    // Everyone has their own free organization from the sign-up: it does not stand in the way.
    await createOrg(db, { tier: "free", owner: person });
    const scope = asStaff(db, staff);

    await setStaffRole(scope, { userId: person.id, staffRole: "support" });
    await setStaffRole(scope, { userId: person.id, staffRole: "admin" });
    await setStaffRole(scope, { userId: person.id, staffRole: null });

    expect((await personById(scope, { userId: person.id })).staffRole).toBeNull();
    const changes = await auditOf(db, "admin.people.setStaffRole", person.id);
    expect(changes.map((entry) => [entry.before, entry.after])).toEqual([
      [{ staffRole: null }, { staffRole: "support" }],
      [{ staffRole: "support" }, { staffRole: "admin" }],
      [{ staffRole: "admin" }, { staffRole: null }],
    ]);
  });

  it("refuses one's own role, no change, and a member of a client on a paid plan", async () => {
    const { db } = testDb();
    const staff = await admin(db);
    const scope = asStaff(db, staff);
    const member = await createUser(db);
    const client = await createOrg(db, { tier: "basic", owner: await createUser(db) });
    await addMember(db, { orgId: client.id, userId: member.id, role: "member" });

    await expect(
      setStaffRole(scope, { userId: staff.id, staffRole: "support" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setStaffRole(scope, { userId: member.id, staffRole: null })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
    await expect(
      setStaffRole(scope, { userId: member.id, staffRole: "support" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(client.name),
    });
    expect((await personById(scope, { userId: member.id })).staffRole).toBeNull();
  });

  it("never leaves the platform without an admin, even when two admins demote each other at once", async () => {
    const { db } = testDb();
    const [ana, bia] = [await admin(db), await admin(db)];
    await onlyAdmins(db, ana, bia);

    // Both changes start while another transaction holds the two rows, and go on together when
    // it lets go: each must see what the other did.
    let letGo!: () => void;
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const blocker = db.transaction(async (tx) => {
      await tx
        .select()
        .from(users)
        .where(inArray(users.id, [ana.id, bia.id]))
        .for("update");
      held();
      await new Promise<void>((resolve) => (letGo = resolve));
    });
    await holding;
    const changes = Promise.allSettled([
      setStaffRole(asStaff(db, ana), { userId: bia.id, staffRole: "support" }),
      setStaffRole(asStaff(db, bia), { userId: ana.id, staffRole: null }),
    ]);
    while ((await waitingOnLocks(db)) < 2) await setTimeout(10);
    letGo();
    await blocker;
    const outcomes = await changes;

    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.$count(users, eq(users.staffRole, "admin"))).toBe(1);
  });
});

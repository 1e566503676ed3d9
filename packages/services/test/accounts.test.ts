import type { Database } from "@arco/db";
import { auditLogs, memberships, organizations, plans, sessions, users } from "@arco/db/schema";
import { DEMO_PASSWORD } from "@arco/db/seed";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { latestDroppedMail } from "@arco/email";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  changePassword,
  endSession,
  describeMe,
  hashPassword,
  needsRehash,
  proveAddress,
  requestEmailVerification,
  signOutEverywhere,
  signUp,
  startSession,
  requesterOfSession,
  verifyCredentials,
  verifyEmail,
  verifyPassword,
} from "../src/accounts";
import { acceptInvitation, createInvitation } from "../src/invitations";
import { createOrganization } from "../src/orgs";
import { orgScope, publicScope, recordingEmit, userScope } from "../src/testing";
import { actorFor, linkTokenSentTo } from "./helpers";

const testDb = useTestDb();
const appUrl = "https://app.arco.test";
/** A visitor of the sign-up page. */
const visitor = (db: Database, emit = recordingEmit().emit) => ({
  ...publicScope(db, { appUrl, emit }),
  actor: { userId: null, actorUserId: null, ip: "203.0.113.5" },
});
/** A signed-in person, on the session they came with. */
/** The signed-in user as a request with a new session of theirs sees them. */
const meOf = async (db: Database, user: { id: string }) => {
  const sessionId = await startSession(db, user.id);
  return describeMe((await requesterOfSession(db, { userId: user.id, sessionId }))!);
};

const person = (db: Database, user: { id: string }, sessionId?: string) => ({
  ...userScope(db, user, { appUrl }),
  actor: { ...actorFor(user), sessionId },
});

/** scrypt (N = 2^17, r = 8, p = 1) of DEMO_PASSWORD: how passwords were stored before Argon2id. */
const LEGACY_SCRYPT_HASH =
  "scrypt$17$8$1$1H6EpMS6wKHgJPPitCa7sQ$BOJZoXmdETgje6QNnleGPWDzmYR1PDCrNeGdJ_tiyKM";

/** Signs up and proves the address with the emailed link, as a person finishing sign-up does. */
async function verifiedSignUp(name: string, email: string, password = "a long password") {
  const { db } = testDb();
  const result = await signUp(visitor(db), { name, email, password });
  if (result.outcome !== "created") throw new Error(`${email} already had an account`);
  await verifyEmail(visitor(db), {
    token: await linkTokenSentTo(result.user.email, "verify-email"),
  });
  return result;
}

const userRow = async (id: string) => {
  const [row] = await testDb().db.select().from(users).where(eq(users.id, id));
  return row!;
};

describe("passwords", () => {
  it("are hashed with Argon2id at OWASP's parameters and verified", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("made with scrypt still verify, and are marked for rehashing", async () => {
    expect(await verifyPassword(DEMO_PASSWORD, LEGACY_SCRYPT_HASH)).toBe(true);
    expect(await verifyPassword("not the demo password", LEGACY_SCRYPT_HASH)).toBe(false);
    expect(needsRehash(LEGACY_SCRYPT_HASH)).toBe(true);
    expect(await verifyPassword("anything", "garbage")).toBe(false);
  });

  it("made with scrypt become Argon2id at the next successful sign-in", async () => {
    const { db } = testDb();
    const user = await createUser(db, {
      email: "legacy@example.test",
      passwordHash: LEGACY_SCRYPT_HASH,
    });
    const wrong = await verifyCredentials(db, { email: user.email, password: "wrong one" });
    expect(wrong.status).toBe("invalid");
    expect((await userRow(user.id)).passwordHash).toBe(LEGACY_SCRYPT_HASH);

    const right = await verifyCredentials(db, { email: user.email, password: DEMO_PASSWORD });
    expect(right.status).toBe("ok");
    const stored = (await userRow(user.id)).passwordHash!;
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(DEMO_PASSWORD, stored)).toBe(true);
  });
});

describe("sign-up", () => {
  it("creates the user and their own free organization with them as owner, audited, welcomed", async () => {
    const { db } = testDb();
    const { events, emit } = recordingEmit();
    const result = await signUp(visitor(db, emit), {
      name: "Ana Souza",
      email: " Ana@Example.TEST ",
      password: "a long password",
    });
    if (result.outcome !== "created") throw new Error("expected a new account");
    const { user, org } = result;
    expect(user.email).toBe("ana@example.test");
    expect(user.emailVerified).toBeNull();
    const [row] = await db
      .select({ tier: plans.tier, role: memberships.role, name: organizations.name })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .innerJoin(plans, eq(plans.id, organizations.planId))
      .where(eq(memberships.userId, user.id));
    expect(row).toEqual({ tier: "free", role: "owner", name: "Ana's organization" });
    expect((await meOf(db, user)).activeOrg?.id).toBe(org.id);
    expect(events).toEqual([{ name: "user/signed-up", data: { userId: user.id } }]);
    const actions = (
      await db.select().from(auditLogs).where(eq(auditLogs.actorUserId, user.id))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["accounts.signUp", "orgs.create"]));
    expect((await latestDroppedMail("ana@example.test"))?.template).toBe("verify-email");
  });

  it("answers a taken address like a new one, creates nothing, and tells the owner", async () => {
    const { db } = testDb();
    await verifiedSignUp("Bia", "bia@example.test");
    const before = await db.$count(users);
    const { events, emit } = recordingEmit();

    const again = await signUp(visitor(db, emit), {
      name: "Someone else",
      email: "BIA@example.test",
      password: "another long one",
    });

    expect(again).toEqual({ outcome: "exists" });
    expect(events).toEqual([]);
    expect(await db.$count(users)).toBe(before);
    const notice = await latestDroppedMail("bia@example.test");
    expect(notice).toMatchObject({
      template: "sign-up-attempt",
      subject: "Someone tried to create an Arco account with your address",
    });
    expect(notice!.text).toContain(`${appUrl}/sign-in`);
    // The stranger's password was never stored anywhere.
    const [owner] = await db.select().from(users).where(eq(users.email, "bia@example.test"));
    expect(await verifyPassword("another long one", owner!.passwordHash!)).toBe(false);
  });
});

describe("credentials", () => {
  it("accept the right password of a verified address only, and never a disabled account", async () => {
    const { db } = testDb();
    const { user } = await verifiedSignUp("Caio", "caio@example.test");
    const check = (email: string, password: string) => verifyCredentials(db, { email, password });

    expect(await check("CAIO@example.test", "a long password")).toMatchObject({
      status: "ok",
      user: { id: user.id },
    });
    expect(await check("caio@example.test", "wrong password")).toEqual({ status: "invalid" });
    expect(await check("nobody@example.test", "a long password")).toEqual({ status: "invalid" });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await check("caio@example.test", "a long password")).toEqual({ status: "invalid" });
  });

  it("refuse a password set on an address that was never verified", async () => {
    const { db } = testDb();
    await signUp(visitor(db), {
      name: "Dora",
      email: "dora@example.test",
      password: "a long password",
    });
    const check = (password: string) =>
      verifyCredentials(db, { email: "dora@example.test", password });
    expect(await check("a long password")).toEqual({ status: "unverified" });
    // A wrong password learns nothing more than "invalid".
    expect(await check("not the password")).toEqual({ status: "invalid" });
  });
});

describe("an email address belongs to whoever proves it", () => {
  it("a stranger's sign-up with the owner's address loses its password and sessions once the owner proves it", async () => {
    const { db } = testDb();
    // A stranger signs up with the owner's address and chooses the password.
    const stranger = await signUp(visitor(db), {
      name: "Stranger",
      email: "owner@example.test",
      password: "the stranger's password",
    });
    if (stranger.outcome !== "created") throw new Error("expected a new account");
    const userId = stranger.user.id;
    // A session made with that password (as older versions allowed).
    const strangersSession = await startSession(db, userId);
    expect(await requesterOfSession(db, { userId, sessionId: strangersSession })).not.toBeNull();

    // The owner opens a sign-in link sent to their address.
    expect(await proveAddress(db, userId, { via: "email-link" })).toEqual({
      claimed: true,
      passwordRemoved: true,
    });

    const after = await userRow(userId);
    expect(after.emailVerified).toBeInstanceOf(Date);
    expect(after.passwordHash).toBeNull();
    expect(await requesterOfSession(db, { userId, sessionId: strangersSession })).toBeNull();
    expect(
      await verifyCredentials(db, {
        email: "owner@example.test",
        password: "the stranger's password",
      }),
    ).toEqual({ status: "invalid" });
    const [audit] = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "accounts.proveAddress"), eq(auditLogs.resourceId, userId)));
    expect(audit!.after).toEqual({ via: "email-link", passwordRemoved: true, sessionsEnded: 1 });

    // Proving it again changes nothing, and a password set afterwards is the owner's own.
    expect(await proveAddress(db, userId, { via: "email-link" })).toEqual({ claimed: false });
    const ownersSession = await startSession(db, userId);
    await changePassword(person(db, { id: userId }, ownersSession), {
      newPassword: "the owner's password",
    });
    expect(
      (
        await verifyCredentials(db, {
          email: "owner@example.test",
          password: "the owner's password",
        })
      ).status,
    ).toBe("ok");
  });

  it("the sign-up's own verification link keeps the password it confirms", async () => {
    const { user } = await verifiedSignUp("Edu", "edu@example.test");
    const row = await userRow(user.id);
    expect(row.emailVerified).toBeInstanceOf(Date);
    expect(await verifyPassword("a long password", row.passwordHash!)).toBe(true);
  });

  it("an invitation is accepted only by an account whose address is verified", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { tier: "pro", owner });
    const claimed = await createUser(db, { email: "invitee@example.test", emailVerified: null });
    await createInvitation(orgScope(db, actorFor(owner), org.id), {
      email: "invitee@example.test",
      role: "member",
    });
    const token = await linkTokenSentTo("invitee@example.test", "invite");

    await expect(acceptInvitation(person(db, claimed), { token })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: /Confirm your email address/,
    });
    expect(await db.$count(memberships, eq(memberships.orgId, org.id))).toBe(1);

    await proveAddress(db, claimed.id, { via: "email-link" });
    await acceptInvitation(person(db, claimed), { token });
    expect(await db.$count(memberships, eq(memberships.orgId, org.id))).toBe(2);
  });
});

describe("sessions", () => {
  it("live until signed out, expired, or the account is disabled", async () => {
    const { db } = testDb();
    const user = await createUser(db);
    const first = await startSession(db, user.id);
    const second = await startSession(db, user.id);
    const live = (sessionId: string) => requesterOfSession(db, { userId: user.id, sessionId });

    expect((await live(first))?.user.id).toBe(user.id);
    // A session id only works for its own user.
    const other = await createUser(db);
    expect(await requesterOfSession(db, { userId: other.id, sessionId: first })).toBeNull();

    await endSession(db, first);
    expect(await live(first)).toBeNull();
    expect(await live(second)).not.toBeNull();

    await db
      .update(sessions)
      .set({ expires: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, user.id));
    expect(await live(second)).toBeNull();

    const third = await startSession(db, user.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await live(third)).toBeNull();
  });

  it("all end with 'sign out everywhere', this one included, audited", async () => {
    const { db } = testDb();
    const user = await createUser(db);
    const ids = await Promise.all([1, 2, 3].map(() => startSession(db, user.id)));
    expect(await signOutEverywhere(person(db, user))).toEqual({ sessionsEnded: 3 });
    for (const sessionId of ids) {
      expect(await requesterOfSession(db, { userId: user.id, sessionId })).toBeNull();
    }
    const [audit] = await db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, "me.signOutEverywhere"));
    expect(audit!.actorUserId).toBe(user.id);
  });

  it("other than the current one all end when the password changes", async () => {
    const { db } = testDb();
    const { user } = await verifiedSignUp("Duda", "duda@example.test");
    const current = await startSession(db, user.id);
    const elsewhere = await startSession(db, user.id);

    await expect(
      changePassword(person(db, user, current), {
        currentPassword: "not it at all",
        newPassword: "a brand new password",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Your current password is not correct.",
    });
    expect(await requesterOfSession(db, { userId: user.id, sessionId: elsewhere })).not.toBeNull();

    expect(
      await changePassword(person(db, user, current), {
        currentPassword: "a long password",
        newPassword: "a brand new password",
      }),
    ).toEqual({ ok: true, otherSessionsEnded: 1 });
    expect(await requesterOfSession(db, { userId: user.id, sessionId: current })).not.toBeNull();
    expect(await requesterOfSession(db, { userId: user.id, sessionId: elsewhere })).toBeNull();
    expect(
      (
        await verifyCredentials(db, {
          email: "duda@example.test",
          password: "a brand new password",
        })
      ).status,
    ).toBe("ok");
  });
});

describe("email verification", () => {
  it("a link proves the address once; a newer link replaces the older", async () => {
    const { db } = testDb();
    const result = await signUp(visitor(db), {
      name: "Eva",
      email: "eva@example.test",
      password: "a long password",
    });
    if (result.outcome !== "created") throw new Error("expected a new account");
    const { user } = result;
    const first = await linkTokenSentTo(user.email, "verify-email");
    await requestEmailVerification(person(db, user));
    const second = await linkTokenSentTo(user.email, "verify-email");
    expect(second).not.toBe(first);
    await expect(verifyEmail(visitor(db), { token: first })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await verifyEmail(visitor(db), { token: second })).toEqual({
      email: "eva@example.test",
    });
    expect((await meOf(db, user)).emailVerified).toBeInstanceOf(Date);
    await expect(verifyEmail(visitor(db), { token: second })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(requestEmailVerification(person(db, user))).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
  });
});

describe("free organizations", () => {
  it("one per owner: a second one is refused, even when asked for in parallel", async () => {
    const { db } = testDb();
    const { user } = await verifiedSignUp("Fabi", "fabi@example.test");
    const attempts = await Promise.allSettled(
      [1, 2, 3].map((n) => createOrganization(person(db, user), { name: `Side project ${n}` })),
    );
    expect(attempts.every((a) => a.status === "rejected")).toBe(true);
    expect(attempts[0]).toMatchObject({
      reason: { code: "QUOTA_EXCEEDED", message: /already own a free organization/ },
    });
    const owned = await db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(owned).toHaveLength(1);
  });

  it("a member of someone else's free organization can still open their own", async () => {
    const { db } = testDb();
    const user = await createUser(db);
    const theirs = await createOrg(db, { tier: "free", owner: await createUser(db) });
    await db.insert(memberships).values({ orgId: theirs.id, userId: user.id, role: "member" });
    await expect(createOrganization(person(db, user), { name: "Mine" })).resolves.toMatchObject({
      name: "Mine",
    });
  });
});

import { auditLogs, memberships, organizations, plans, users } from "@arco/db/schema";
import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from "@arco/db/seed";
import { useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  changePassword,
  getMe,
  hashPassword,
  requestEmailVerification,
  signUp,
  verifyCredentials,
  verifyEmail,
  verifyPassword,
} from "../src/accounts";
import { actorFor, linkTokenSentTo } from "./helpers";

const testDb = useTestDb();
const appUrl = "https://app.arco.test";

describe("passwords", () => {
  it("hash with scrypt, verify, and accept the seeded demo password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword(DEMO_PASSWORD, DEMO_PASSWORD_HASH)).toBe(true);
  });
});

describe("sign-up", () => {
  it("creates the user and their own free organization with them as owner, audited", async () => {
    const { db } = testDb();
    const { user, org } = await signUp(db, {
      name: "Ana Souza",
      email: " Ana@Example.TEST ",
      password: "a long password",
    });
    expect(user.email).toBe("ana@example.test");
    const [row] = await db
      .select({ tier: plans.tier, role: memberships.role, name: organizations.name })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .innerJoin(plans, eq(plans.id, organizations.planId))
      .where(eq(memberships.userId, user.id));
    expect(row).toEqual({ tier: "free", role: "owner", name: "Ana's organization" });
    expect((await getMe(db, user.id)).activeOrg?.id).toBe(org.id);
    const actions = (
      await db.select().from(auditLogs).where(eq(auditLogs.actorUserId, user.id))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["accounts.signUp", "orgs.create"]));
  });

  it("refuses a second account with the same email in any case", async () => {
    const { db } = testDb();
    await signUp(db, { name: "Bia", email: "bia@example.test", password: "a long password" });
    await expect(
      signUp(db, { name: "Bia 2", email: "BIA@example.test", password: "another long one" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An account with this email already exists.",
    });
  });
});

describe("credentials", () => {
  it("accept the right password only, and never a disabled account", async () => {
    const { db } = testDb();
    const { user } = await signUp(db, {
      name: "Caio",
      email: "caio@example.test",
      password: "a long password",
    });
    expect(
      (await verifyCredentials(db, { email: "CAIO@example.test", password: "a long password" }))
        ?.id,
    ).toBe(user.id);
    expect(
      await verifyCredentials(db, { email: "caio@example.test", password: "wrong password" }),
    ).toBeNull();
    expect(
      await verifyCredentials(db, { email: "nobody@example.test", password: "a long password" }),
    ).toBeNull();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(
      await verifyCredentials(db, { email: "caio@example.test", password: "a long password" }),
    ).toBeNull();
  });

  it("change only with the current password", async () => {
    const { db } = testDb();
    const { user } = await signUp(db, {
      name: "Duda",
      email: "duda@example.test",
      password: "a long password",
    });
    await expect(
      changePassword(db, actorFor(user), {
        currentPassword: "not it at all",
        newPassword: "a brand new password",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Your current password is not correct.",
    });
    await changePassword(db, actorFor(user), {
      currentPassword: "a long password",
      newPassword: "a brand new password",
    });
    expect(
      await verifyCredentials(db, { email: "duda@example.test", password: "a brand new password" }),
    ).not.toBeNull();
  });
});

describe("email verification", () => {
  it("a link proves the address once; a newer link replaces the older", async () => {
    const { db } = testDb();
    const { user } = await signUp(db, {
      name: "Eva",
      email: "eva@example.test",
      password: "a long password",
    });
    await requestEmailVerification(db, actorFor(user), { appUrl });
    const first = await linkTokenSentTo(db, user.email, "verify-email");
    await requestEmailVerification(db, actorFor(user), { appUrl });
    const second = await linkTokenSentTo(db, user.email, "verify-email");
    expect(second).not.toBe(first);
    await expect(verifyEmail(db, first)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await verifyEmail(db, second)).toEqual({ email: "eva@example.test" });
    expect((await getMe(db, user.id)).emailVerified).toBeInstanceOf(Date);
    await expect(verifyEmail(db, second)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await requestEmailVerification(db, actorFor(user), { appUrl })).toEqual({
      sent: false,
    });
  });
});

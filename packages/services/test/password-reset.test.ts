import { auditLogs, users } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { latestDroppedMail } from "@arco/email";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  requesterOfSession,
  requestPasswordReset,
  resetPassword,
  startSession,
  verifyCredentials,
} from "../src/accounts";
import { publicScope } from "../src/testing";
import { linkTokenSentTo } from "./helpers";

const testDb = useTestDb();
const NEW_PASSWORD = "a brand new long password";

describe("forgot password", () => {
  it("emails a link that sets the password once and signs the account out everywhere", async () => {
    const { db } = testDb();
    const user = await createUser(db, { email: "forgetful@example.test" });
    const sessions = [await startSession(db, user.id), await startSession(db, user.id)];

    expect(
      await requestPasswordReset(publicScope(db), { email: " Forgetful@Example.test " }),
    ).toEqual({ ok: true });
    const token = await linkTokenSentTo("forgetful@example.test", "reset-password");

    await resetPassword(publicScope(db), { token, password: NEW_PASSWORD });

    expect(
      await verifyCredentials(db, { email: user.email, password: NEW_PASSWORD }),
    ).toMatchObject({ status: "ok" });
    for (const sessionId of sessions) {
      expect(await requesterOfSession(db, { userId: user.id, sessionId })).toBeNull();
    }
    await expect(
      resetPassword(publicScope(db), { token, password: "yet another long password" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This reset link is invalid or has expired. Ask for a new one.",
    });
    const actions = (
      await db.select().from(auditLogs).where(eq(auditLogs.resourceId, user.id))
    ).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(["accounts.requestPasswordReset", "accounts.resetPassword"]),
    );
  });

  it("expires after an hour, and a newer link replaces the older one", async () => {
    const { db } = testDb();
    const user = await createUser(db, { email: "slow@example.test" });
    const asked = new Date("2031-01-01T12:00:00Z");
    await requestPasswordReset(publicScope(db, { now: () => asked }), { email: user.email });
    const first = await linkTokenSentTo(user.email, "reset-password");
    await requestPasswordReset(publicScope(db, { now: () => asked }), { email: user.email });
    const second = await linkTokenSentTo(user.email, "reset-password");
    expect(second).not.toBe(first);

    const later = (minutes: number) =>
      publicScope(db, { now: () => new Date(asked.getTime() + minutes * 60_000) });
    await expect(
      resetPassword(later(5), { token: first, password: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      resetPassword(later(61), { token: second, password: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toBe(user.passwordHash);
  });

  it("answers an unknown or disabled address exactly like a known one, and sends nothing", async () => {
    const { db } = testDb();
    const disabled = await createUser(db, { email: "gone@example.test", disabledAt: new Date() });
    expect(await requestPasswordReset(publicScope(db), { email: "nobody@example.test" })).toEqual({
      ok: true,
    });
    expect(await requestPasswordReset(publicScope(db), { email: disabled.email })).toEqual({
      ok: true,
    });
    expect(await latestDroppedMail("nobody@example.test")).toBeNull();
    expect(await latestDroppedMail("gone@example.test")).toBeNull();
  });
});

import { users } from "@arco/db/schema";
import type { EmailPreferences } from "@arco/db/schema";
import type { Locale } from "@arco/i18n/locales";
import { eq } from "drizzle-orm";

import { recordAudit } from "../audit";
import { organizationSettings } from "../orgs/settings";
import type { UserScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { hashPassword, verifyPassword } from "./password";
import { endSessions } from "./sessions";
import type { Requester } from "./sessions";

/** The signed-in user as the app shows them, with their organizations, as the request resolved. */
export function describeMe({
  user,
  access,
  memberships,
  impersonation,
}: Pick<Requester, "user" | "access" | "memberships" | "impersonation">) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    image: user.image,
    emailVerified: user.emailVerified,
    staffRole: user.staffRole,
    locale: user.locale,
    emailPreferences: {
      ticketUpdates: user.emailPreferences.ticketUpdates ?? true,
      domainExpiry: user.emailPreferences.domainExpiry ?? true,
    },
    hasPassword: user.passwordHash !== null,
    activeOrg: access
      ? {
          id: access.org.id,
          name: access.org.name,
          slug: access.org.slug,
          role: access.role,
          tier: access.plan.tier,
          locale: organizationSettings(access.org).locale,
          timeZone: organizationSettings(access.org).timeZone,
        }
      : null,
    memberships,
    /** While agency staff act for a client from this session (the banner shows it). */
    impersonation,
  };
}

export async function updateProfile(scope: UserScope, input: { name: string }) {
  const { db, actor } = scope;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, actor.userId));
    if (!before) throw notFound("Account");
    const [user] = await tx
      .update(users)
      .set({ name: input.name })
      .where(eq(users.id, actor.userId))
      .returning({ id: users.id, name: users.name });
    await recordAudit(tx, actor, {
      orgId: null,
      action: "me.updateProfile",
      resourceType: "user",
      resourceId: actor.userId,
      before,
      after: { name: input.name },
    });
    return user!;
  });
}

export async function setLocale(scope: UserScope, input: { locale: Locale }) {
  const { db, actor } = scope;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, actor.userId));
    if (!before) throw notFound("Account");
    await tx.update(users).set({ locale: input.locale }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId: null,
      action: "me.setLocale",
      resourceType: "user",
      resourceId: actor.userId,
      before,
      after: { locale: input.locale },
    });
    return { locale: input.locale };
  });
}

/** Turns optional emails on or off; only the ones given change. */
export async function setEmailPreferences(scope: UserScope, input: EmailPreferences) {
  const { db, actor } = scope;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ emailPreferences: users.emailPreferences })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    if (!before) throw notFound("Account");
    const emailPreferences = { ...before.emailPreferences, ...input };
    await tx.update(users).set({ emailPreferences }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId: null,
      action: "me.setEmailPreferences",
      resourceType: "user",
      resourceId: actor.userId,
      before: before.emailPreferences,
      after: emailPreferences,
    });
    return emailPreferences;
  });
}

/**
 * Sets a new password (checking the current one, if any). Every other session of the user
 * ends: whoever else was signed in with the old password is signed out.
 */
export async function changePassword(
  scope: UserScope,
  input: { currentPassword?: string; newPassword: string },
) {
  const { db, actor } = scope;
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw notFound("Account");
  if (user.passwordHash) {
    const ok = input.currentPassword
      ? await verifyPassword(input.currentPassword, user.passwordHash)
      : false;
    if (!ok) throw new ServiceError("BAD_REQUEST", "Your current password is not correct.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    const otherSessionsEnded = await endSessions(tx, actor.userId, {
      except: actor.sessionId ?? undefined,
    });
    await recordAudit(tx, actor, {
      orgId: null,
      action: "me.changePassword",
      resourceType: "user",
      resourceId: actor.userId,
      after: { otherSessionsEnded },
    });
    return { ok: true as const, otherSessionsEnded };
  });
}

import type { Transaction } from "@arco/db";
import { memberships, users } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import type { OrgScope } from "../context";
import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { ServiceError, notFound } from "../errors";
import { canGrant, canManage } from "../roles";
import type { Role } from "../roles";

/**
 * Locks every membership of the organization for the rest of the transaction and returns them.
 * Role changes and removals re-check the rules against these fresh rows, so two owners demoting
 * each other at the same moment cannot leave an organization without an owner.
 */
async function lockTeam(tx: Transaction, orgId: string) {
  return tx.select().from(memberships).where(eq(memberships.orgId, orgId)).for("update");
}

function actorAndTarget(
  team: (typeof memberships.$inferSelect)[],
  actor: Actor,
  membershipId: string,
) {
  const me = team.find((m) => m.userId === actor.userId);
  const target = team.find((m) => m.id === membershipId);
  if (!me) throw notFound("Organization");
  if (!target) throw notFound("Member");
  return { me, target };
}

const stillHasOwner = (team: (typeof memberships.$inferSelect)[], without: string) =>
  team.some((m) => m.role === "owner" && m.id !== without);

export async function updateMemberRole(
  scope: OrgScope,
  { membershipId, role }: { membershipId: string; role: Role },
) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const team = await lockTeam(tx, orgId);
    const { me, target } = actorAndTarget(team, actor, membershipId);
    if (target.id === me.id) {
      throw new ServiceError("FORBIDDEN", "You cannot change your own role. Ask another owner.");
    }
    if (!canManage(me.role, target.role) || !canGrant(me.role, role)) {
      throw new ServiceError("FORBIDDEN", `As ${me.role} you cannot make this member ${role}.`);
    }
    if (target.role === "owner" && role !== "owner" && !stillHasOwner(team, target.id)) {
      throw new ServiceError("PRECONDITION_FAILED", "An organization needs at least one owner.");
    }
    await tx.update(memberships).set({ role }).where(eq(memberships.id, target.id));
    await recordAudit(tx, actor, {
      orgId,
      action: "members.updateRole",
      resourceType: "membership",
      resourceId: target.id,
      before: { role: target.role },
      after: { role },
    });
    return { membershipId: target.id, role };
  });
}

export async function removeMember(scope: OrgScope, { membershipId }: { membershipId: string }) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const team = await lockTeam(tx, orgId);
    const { me, target } = actorAndTarget(team, actor, membershipId);
    if (target.id === me.id) {
      throw new ServiceError("BAD_REQUEST", "To remove yourself, leave the organization instead.");
    }
    if (!canManage(me.role, target.role)) {
      throw new ServiceError("FORBIDDEN", `As ${me.role} you cannot remove a ${target.role}.`);
    }
    await detach(tx, target);
    await recordAudit(tx, actor, {
      orgId,
      action: "members.remove",
      resourceType: "membership",
      resourceId: target.id,
      before: { userId: target.userId, role: target.role },
    });
    return { ok: true as const };
  });
}

export async function leaveOrganization(scope: OrgScope) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const team = await lockTeam(tx, orgId);
    const me = team.find((m) => m.userId === actor.userId);
    if (!me) throw notFound("Organization");
    if (me.role === "owner" && !stillHasOwner(team, me.id)) {
      throw new ServiceError(
        "PRECONDITION_FAILED",
        "You are the only owner. Make someone else an owner before you leave.",
      );
    }
    await detach(tx, me);
    await recordAudit(tx, actor, {
      orgId,
      action: "members.leave",
      resourceType: "membership",
      resourceId: me.id,
      before: { userId: me.userId, role: me.role },
    });
    return { ok: true as const };
  });
}

/** Deletes the membership and stops the organization being that user's active one. */
async function detach(tx: Transaction, membership: typeof memberships.$inferSelect) {
  await tx.delete(memberships).where(eq(memberships.id, membership.id));
  await tx
    .update(users)
    .set({ activeOrgId: null })
    .where(and(eq(users.id, membership.userId), eq(users.activeOrgId, membership.orgId)));
}

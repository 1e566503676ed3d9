import type { DbOrTx } from "@arco/db";
import { organizations, plans, users } from "@arco/db/schema";
import { eq } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { notFound } from "../errors";
import type { OrgRole } from "../members/roles";
import { listMemberships, loadMembership } from "./memberships";

export interface OrgAccess {
  org: typeof organizations.$inferSelect;
  plan: typeof plans.$inferSelect;
  role: OrgRole;
}

interface Viewer {
  id: string;
  activeOrgId: string | null;
  staffRole: "admin" | "support" | null;
}

async function loadOrg(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select({ org: organizations, plan: plans })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, orgId));
  return row ?? null;
}

/**
 * The organization a user acts in, read fresh on every request: their active membership (or
 * their first one), or, for agency staff, the client organization they opened from /admin.
 * Null when there is none.
 */
export async function resolveOrgAccess(db: DbOrTx, user: Viewer): Promise<OrgAccess | null> {
  const memberships = await listMemberships(db, user.id);
  const member = memberships.find((m) => m.orgId === user.activeOrgId);
  if (!member && user.staffRole && user.activeOrgId) {
    const opened = await loadOrg(db, user.activeOrgId);
    if (opened) return { ...opened, role: "staff" };
  }
  const active = member ?? memberships[0];
  if (!active) return null;
  const loaded = await loadMembership(db, { userId: user.id, orgId: active.orgId });
  return loaded ? { org: loaded.org, plan: loaded.plan, role: loaded.membership.role } : null;
}

/** Agency staff open a client organization: the dashboard then shows and edits its work. */
export async function openClientOrg(db: DbOrTx, actor: Actor, orgId: string) {
  const opened = await loadOrg(db, orgId);
  if (!opened) throw notFound("Organization");
  await db.transaction(async (tx) => {
    await tx.update(users).set({ activeOrgId: orgId }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId,
      action: "admin.clients.open",
      resourceType: "organization",
      resourceId: orgId,
    });
  });
  return { orgId, name: opened.org.name };
}

/** Staff leave the client organization they opened. */
export async function leaveClientOrg(db: DbOrTx, actor: Actor) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ activeOrgId: users.activeOrgId })
      .from(users)
      .where(eq(users.id, actor.userId));
    await tx.update(users).set({ activeOrgId: null }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId: before?.activeOrgId ?? null,
      action: "admin.clients.leave",
      resourceType: "organization",
      resourceId: before?.activeOrgId ?? null,
    });
    return { ok: true as const };
  });
}

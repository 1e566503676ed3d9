import { memberships, orgQuotas, organizations, plans, users } from "@arco/db/schema";
import { and, desc, eq, ilike, sql } from "drizzle-orm";
import { z } from "zod";

import { recordAudit } from "../audit";
import type { OrgScope, StaffScope } from "../context";
import { notFound } from "../errors";
import { afterCursor, page } from "../pagination";
import { loadOrg } from "./access";

/** Every client organization for agency staff, newest first, optionally by name. */
export async function listClients(
  { db }: StaffScope,
  { search, cursor, limit }: { search?: string; cursor?: string; limit: number },
) {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      tier: plans.tier,
      createdAt: organizations.createdAt,
      memberCount: sql<number>`(select count(*)::int from ${memberships} where ${memberships.orgId} = ${organizations.id})`,
      ticketsUsed: sql<number>`coalesce(${orgQuotas.ticketsUsed}, 0)`,
      ticketsPerMonth: plans.ticketsPerMonth,
      storageUsedBytes: sql<number>`coalesce(${orgQuotas.storageUsedBytes}, 0)::float8`,
      storageBytes: plans.storageBytes,
    })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .leftJoin(orgQuotas, eq(orgQuotas.orgId, organizations.id))
    .where(
      and(
        search ? ilike(organizations.name, `%${search.replace(/[\\%_]/g, "\\$&")}%`) : undefined,
        afterCursor(cursor, { at: organizations.createdAt, id: organizations.id }, "desc"),
      ),
    )
    .orderBy(desc(organizations.createdAt), desc(organizations.id))
    .limit(limit + 1);
  return page(rows, limit, (row) => ({ at: row.createdAt, id: row.id }));
}

/** Agency staff open a client organization: the dashboard then shows and edits its work. */
export async function openClientOrg(scope: StaffScope, { orgId }: { orgId: string }) {
  const { db, actor } = scope;
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
export async function leaveClientOrg({ db, actor }: StaffScope) {
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

/**
 * Agency staff acting on one client's records (its credits, usage, billing) without opening
 * it: their scope narrowed to the client, with the role "staff". NOT_FOUND when there is no
 * such organization.
 */
export async function inClientOrg(scope: StaffScope, clientOrgId: string): Promise<OrgScope> {
  const [org] = z.uuid().safeParse(clientOrgId).success
    ? await scope.db
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, clientOrgId))
    : [];
  if (!org) throw notFound("Organization");
  return { ...scope, orgId: org.id, role: "staff" };
}

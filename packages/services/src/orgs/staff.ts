import { memberships, orgQuotas, organizations, plans } from "@arco/db/schema";
import { and, desc, eq, ilike, sql } from "drizzle-orm";
import { z } from "zod";

import type { OrgScope, StaffScope } from "../context";
import { notFound } from "../errors";
import { afterCursor, page } from "../pagination";
import { limitOf } from "../plans/limits";
import { containing } from "../like";

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
      ticketsPerMonth: limitOf("ticketsPerMonth"),
      storageUsedBytes: sql<number>`coalesce(${orgQuotas.storageUsedBytes}, 0)::float8`,
      storageBytes: limitOf("storageBytes"),
    })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .leftJoin(orgQuotas, eq(orgQuotas.orgId, organizations.id))
    .where(
      and(
        search ? ilike(organizations.name, containing(search)) : undefined,
        afterCursor(cursor, { at: organizations.createdAt, id: organizations.id }, "desc"),
      ),
    )
    .orderBy(desc(organizations.createdAt), desc(organizations.id))
    .limit(limit + 1);
  return page(rows, limit, (row) => ({ at: row.createdAt, id: row.id }));
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

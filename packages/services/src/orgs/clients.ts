import type { DbOrTx } from "@arco/db";
import { memberships, orgQuotas, organizations, plans } from "@arco/db/schema";
import { and, desc, eq, ilike, sql } from "drizzle-orm";

import { afterCursor, page } from "../pagination";

/** Every client organization for agency staff, newest first, optionally by name. */
export async function listClients(
  db: DbOrTx,
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

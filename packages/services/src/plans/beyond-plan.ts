import type { DbOrTx } from "@arco/db";
import { domains, projects } from "@arco/db/schema";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Placeholder, SQL } from "drizzle-orm";

import { ServiceError } from "../errors";
import { limitOf } from "./limits";

// The limit, as the organization holds it, in the subquery below (`o` and `p`).
const ORG = { org: "o", plan: "p" };

/**
 * After a downgrade an organization may hold more than its plan includes. Nothing is deleted:
 * the oldest ones, as many as the plan includes, stay editable and the rest are read-only until
 * the plan grows again (or, for projects, others are archived).
 */
const limited = {
  projects: {
    table: projects,
    limit: limitOf("maxProjects", ORG),
    counted: sql.raw("q.archived_at is null"),
    row: isNull(projects.archivedAt),
    refusal:
      "This project is beyond what your plan includes, so it is read-only. Upgrade, or archive another project, to edit it.",
  },
  domains: {
    table: domains,
    limit: limitOf("maxDomains", ORG),
    counted: sql.raw("true"),
    row: sql`true`,
    refusal:
      "This domain is beyond what your plan includes, so it is read-only. Upgrade, or delete another domain, to edit it.",
  },
};

export type Limited = keyof typeof limited;

/**
 * As a column of a query on `projects` or `domains`: whether the row is one of those beyond the
 * plan. The first row beyond it is found once per statement (the subquery depends on the
 * organization only), so a page of rows costs no extra round trip.
 */
export function beyondPlan(kind: Limited, orgId: string | SQL | Placeholder) {
  const { table, limit, counted, row } = limited[kind];
  return sql<boolean>`coalesce(${row} and (${table.createdAt}, ${table.id}) >= (
      select q.created_at, q.id from ${sql.identifier(kind)} q
      where q.org_id = ${orgId} and ${counted}
      order by q.created_at, q.id
      offset coalesce((
        select ${limit} from organizations o join plans p on p.id = o.plan_id
        where o.id = ${orgId}), 2147483647)
      limit 1), false)`;
}

/** Refuses a change to a row beyond the plan (see `beyondPlan`). */
export async function assertWithinPlan(
  db: DbOrTx,
  kind: Limited,
  { id, orgId }: { id: string; orgId: string },
) {
  const { table, refusal } = limited[kind];
  const [found] = await db
    .select({ beyond: beyondPlan(kind, orgId) })
    .from(table)
    .where(and(eq(table.id, id), eq(table.orgId, orgId)));
  if (found?.beyond) throw new ServiceError("PRECONDITION_FAILED", refusal);
}

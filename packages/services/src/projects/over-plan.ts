import type { DbOrTx } from "@arco/db";
import { projects } from "@arco/db/schema";
import { and, eq, sql } from "drizzle-orm";
import type { Placeholder, SQL } from "drizzle-orm";

import { ServiceError } from "../errors";

/**
 * After a downgrade an organization may have more active projects than its plan includes.
 * Nothing is deleted: the oldest ones, as many as the plan includes, stay editable and the rest
 * are read-only until the plan grows again or others are archived.
 *
 * As a column of a query on `projects`: whether the row is one of those beyond the plan. The
 * first project beyond it is found once per statement (the subquery depends on the
 * organization only), so a page of projects costs no extra round trip.
 */
export const overPlan = (orgId: string | SQL | Placeholder) =>
  sql<boolean>`coalesce(${projects.archivedAt} is null and (${projects.createdAt}, ${projects.id}) >= (
      select q.created_at, q.id from projects q
      where q.org_id = ${orgId} and q.archived_at is null
      order by q.created_at, q.id
      offset coalesce((
        select p.max_projects from organizations o join plans p on p.id = o.plan_id
        where o.id = ${orgId}), 2147483647)
      limit 1), false)`;

/** Refuses a change to a project that is beyond the plan. */
export async function assertWithinPlan(db: DbOrTx, project: { id: string; orgId: string }) {
  const [row] = await db
    .select({ over: overPlan(project.orgId) })
    .from(projects)
    .where(and(eq(projects.id, project.id), eq(projects.orgId, project.orgId)));
  if (row?.over) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "This project is beyond what your plan includes, so it is read-only. Upgrade, or archive another project, to edit it.",
    );
  }
}

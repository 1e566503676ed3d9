import type { DbOrTx } from "@arco/db";
import {
  deliveries,
  milestones,
  projectMembers,
  projects,
  storageItems,
  users,
} from "@arco/db/schema";
import { and, asc, desc, eq, ilike, isNull, sql } from "drizzle-orm";
import type { Placeholder, SQL } from "drizzle-orm";

import type { OrgScope } from "../context";
import { notFound } from "../errors";
import { oneRow } from "../one-row";
import { afterCursor, page } from "../pagination";
import { preparedPerDb } from "../prepared";
import { afterTextCursor, textPage } from "./cursor";
import { beyondPlan } from "../plans";
import { containing } from "../like";

export type ProjectStatus = (typeof projects.$inferSelect)["status"];
export type ProjectSort = "updated" | "name" | "delivery";

/** What the projects page shows of each project: the list sends nothing more. */
const listColumns = {
  id: projects.id,
  name: projects.name,
  status: projects.status,
  completionPercent: projects.completionPercent,
  estimatedDelivery: projects.estimatedDelivery,
  archivedAt: projects.archivedAt,
  projectManager: { id: users.id, name: users.name },
};

/**
 * Text sort keys for the other orders: by name (case-insensitive), by estimated delivery
 * (undated last). ISO dates sort as text the same as by date.
 */
const textKeys: Record<Exclude<ProjectSort, "updated">, SQL<string>> = {
  name: sql<string>`lower(${projects.name})`,
  delivery: sql<string>`coalesce(${projects.estimatedDelivery}::text, '9999-12-31')`,
};

const listed = (db: DbOrTx, orgId: string | Placeholder) =>
  db
    .select({ ...listColumns, overPlan: beyondPlan("projects", orgId), sortAt: projects.updatedAt })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.projectManagerId));

/** The list as the projects page opens it (no filter, by last update): prepared. */
const firstPageQuery = preparedPerDb((db) =>
  listed(db, sql.placeholder("orgId"))
    .where(and(eq(projects.orgId, sql.placeholder("orgId")), isNull(projects.archivedAt)))
    .orderBy(desc(projects.updatedAt), desc(projects.id))
    .limit(sql.placeholder("limit"))
    .prepare("projects_first_page"),
);

/** The organization's projects, a page at a time, filtered and sorted. */
export async function listProjects(
  scope: OrgScope,
  {
    status,
    search,
    includeArchived = false,
    sort = "updated",
    cursor,
    limit = 25,
  }: {
    status?: ProjectStatus;
    search?: string;
    includeArchived?: boolean;
    sort?: ProjectSort;
    cursor?: string;
    limit?: number;
  },
) {
  const { db, orgId } = scope;
  const filters = and(
    eq(projects.orgId, orgId),
    status ? eq(projects.status, status) : undefined,
    search ? ilike(projects.name, containing(search)) : undefined,
    includeArchived ? undefined : isNull(projects.archivedAt),
  );
  if (sort === "updated") {
    const opening = !status && !search && !includeArchived && !cursor;
    const rows = opening
      ? await firstPageQuery(db).execute({ orgId, limit: limit + 1 })
      : await listed(db, orgId)
          .where(
            and(filters, afterCursor(cursor, { at: projects.updatedAt, id: projects.id }, "desc")),
          )
          .orderBy(desc(projects.updatedAt), desc(projects.id))
          .limit(limit + 1);
    const result = page(rows, limit, (p) => ({ at: p.sortAt, id: p.id }));
    return {
      nextCursor: result.nextCursor,
      items: result.items.map(({ sortAt: _at, ...p }) => p),
    };
  }
  const key = textKeys[sort];
  const rows = await db
    .select({ ...listColumns, overPlan: beyondPlan("projects", orgId), sortKey: key })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.projectManagerId))
    .where(and(filters, afterTextCursor(cursor, key, projects.id)))
    .orderBy(asc(key), asc(projects.id))
    .limit(limit + 1);
  const result = textPage(rows, limit, (p) => ({ key: p.sortKey, id: p.id }));
  return {
    nextCursor: result.nextCursor,
    items: result.items.map(({ sortKey: _key, ...p }) => p),
  };
}

/** One project with its team, milestones (in order) and deliveries (newest first). */
export async function getProject(scope: OrgScope, { id }: { id: string }) {
  const { db, orgId } = scope;
  const [found] = await db
    .select({ project: projects, overPlan: beyondPlan("projects", orgId) })
    .from(projects)
    .where(and(eq(projects.id, id), eq(projects.orgId, orgId)));
  if (!found) throw notFound("Project");
  const { project } = found;

  const people = { id: users.id, name: users.name, email: users.email };
  const [manager, team, milestoneRows, deliveryRows] = await Promise.all([
    project.projectManagerId
      ? db.select(people).from(users).where(eq(users.id, project.projectManagerId))
      : Promise.resolve([]),
    db
      .select(people)
      .from(projectMembers)
      .innerJoin(users, eq(users.id, projectMembers.userId))
      .where(and(eq(projectMembers.projectId, id), eq(projectMembers.orgId, orgId)))
      .orderBy(asc(users.name), asc(users.id)),
    db
      .select()
      .from(milestones)
      .where(and(eq(milestones.projectId, id), eq(milestones.orgId, orgId)))
      .orderBy(
        asc(milestones.sortOrder),
        sql`${milestones.dueDate} asc nulls last`,
        asc(milestones.createdAt),
      ),
    db
      .select({
        id: deliveries.id,
        title: deliveries.title,
        description: deliveries.description,
        deliveredAt: deliveries.deliveredAt,
        url: deliveries.url,
        deliveredBy: users.name,
        file: { id: storageItems.id, name: storageItems.name },
      })
      .from(deliveries)
      .leftJoin(users, eq(users.id, deliveries.deliveredById))
      .leftJoin(
        storageItems,
        and(eq(storageItems.id, deliveries.storageItemId), isNull(storageItems.deletedAt)),
      )
      .where(and(eq(deliveries.projectId, id), eq(deliveries.orgId, orgId)))
      .orderBy(desc(deliveries.deliveredAt), desc(deliveries.id)),
  ]);

  return {
    ...project,
    /** Beyond the plan after a downgrade: shown, never changed (see `over-plan.ts`). */
    overPlan: found.overPlan,
    projectManager: manager[0] ?? null,
    team,
    milestones: milestoneRows,
    deliveries: deliveryRows,
  };
}

const STATUSES: ProjectStatus[] = [
  "discovery",
  "development",
  "testing",
  "staging",
  "live",
  "maintenance",
];

/** For the dashboard overview: how many projects, by status, and the latest active ones. */
export async function projectsOverview(scope: OrgScope) {
  const { db, orgId } = scope;
  const recent = db
    .select({
      id: projects.id,
      name: projects.name,
      status: projects.status,
      completionPercent: projects.completionPercent,
      estimatedDelivery: projects.estimatedDelivery,
      updatedAt: projects.updatedAt,
    })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), isNull(projects.archivedAt)))
    .orderBy(desc(projects.updatedAt), desc(projects.id))
    .limit(5)
    .as("recent");
  const next = db
    .select({ title: milestones.title, dueDate: milestones.dueDate })
    .from(milestones)
    .where(
      and(
        eq(milestones.orgId, orgId),
        eq(milestones.projectId, recent.id),
        isNull(milestones.completedAt),
      ),
    )
    .orderBy(sql`${milestones.dueDate} asc nulls last`, asc(milestones.sortOrder))
    .limit(1)
    .as("next");
  // One statement: the counts by status ride along with the (at most five) recent projects.
  const counted = sql<{ status: ProjectStatus; archived: boolean; n: number }[]>`(
    select coalesce(json_agg(json_build_object('status', g.status, 'archived', g.archived, 'n', g.n)), '[]'::json)
    from (
      select ${projects.status} as status, ${projects.archivedAt} is not null as archived, count(*)::int as n
      from ${projects} where ${projects.orgId} = ${orgId} group by 1, 2
    ) g)`;
  const rows = await db
    .select({
      counted,
      project: {
        id: recent.id,
        name: recent.name,
        status: recent.status,
        completionPercent: recent.completionPercent,
        estimatedDelivery: recent.estimatedDelivery,
      },
      next: { title: next.title, dueDate: next.dueDate },
    })
    .from(oneRow())
    .leftJoin(recent, sql`true`)
    .leftJoinLateral(next, sql`true`)
    .orderBy(desc(recent.updatedAt), desc(recent.id));

  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProjectStatus, number>;
  let active = 0;
  let archived = 0;
  for (const row of rows[0]?.counted ?? []) {
    if (row.archived) {
      archived += row.n;
    } else {
      active += row.n;
      byStatus[row.status] += row.n;
    }
  }
  const recentWithNext = rows.flatMap(({ project, next }) =>
    project ? [{ ...project, nextMilestone: next?.title ? next : null }] : [],
  );

  return {
    counts: { active, archived, byStatus },
    recent: recentWithNext,
  };
}

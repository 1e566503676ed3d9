import type { Transaction } from "@arco/db";
import { projectMembers, projects } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import type { OrgScope } from "../context";
import { recordAudit } from "../audit";
import { ServiceError } from "../errors";
import { assertDateOrder, assertMembers, assertProjectRoom, lockProject } from "./access";

type ProjectStatus = (typeof projects.$inferSelect)["status"];

export interface ProjectFields {
  name?: string;
  description?: string | null;
  status?: ProjectStatus;
  completionPercent?: number;
  budgetTotalCents?: number | null;
  budgetUsedCents?: number;
  startDate?: string | null;
  estimatedDelivery?: string | null;
  actualDelivery?: string | null;
  projectManagerId?: string | null;
  teamIds?: string[];
}

/** The columns a change may set: anything else in the input is ignored. */
function columnsOf(fields: ProjectFields) {
  const { teamIds: _team, ...rest } = fields;
  const keys = [
    "name",
    "description",
    "status",
    "completionPercent",
    "budgetTotalCents",
    "budgetUsedCents",
    "startDate",
    "estimatedDelivery",
    "actualDelivery",
    "projectManagerId",
  ] as const;
  return Object.fromEntries(
    keys.filter((k) => rest[k] !== undefined).map((k) => [k, rest[k]]),
  ) as Partial<typeof projects.$inferInsert>;
}

async function replaceTeam(tx: Transaction, orgId: string, projectId: string, teamIds: string[]) {
  await tx.delete(projectMembers).where(eq(projectMembers.projectId, projectId));
  const unique = [...new Set(teamIds)];
  if (unique.length > 0) {
    await tx.insert(projectMembers).values(unique.map((userId) => ({ orgId, projectId, userId })));
  }
}

async function teamOf(tx: Transaction, projectId: string) {
  const rows = await tx
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, projectId));
  return rows.map((r) => r.userId).sort();
}

/** A new project, within the plan's project limit. */
export async function createProject(scope: OrgScope, fields: ProjectFields & { name: string }) {
  const { db, actor, orgId } = scope;
  const columns = columnsOf(fields);
  assertDateOrder({
    startDate: fields.startDate ?? null,
    estimatedDelivery: fields.estimatedDelivery ?? null,
    actualDelivery: fields.actualDelivery ?? null,
  });
  return db.transaction(async (tx) => {
    await assertProjectRoom(tx, orgId);
    await assertMembers(tx, orgId, fields);
    const [project] = await tx
      .insert(projects)
      .values({ ...columns, name: fields.name, orgId })
      .returning();
    await replaceTeam(tx, orgId, project!.id, fields.teamIds ?? []);
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.create",
      resourceType: "project",
      resourceId: project!.id,
      after: { ...columns, teamIds: fields.teamIds ?? [] },
    });
    return project!;
  });
}

/** Changes the fields given; `teamIds`, when given, replaces the whole team. */
export async function updateProject(
  scope: OrgScope,
  { id, ...fields }: ProjectFields & { id: string },
) {
  const { db, actor, orgId } = scope;
  const columns = columnsOf(fields);
  return db.transaction(async (tx) => {
    const before = await lockProject(tx, { orgId, projectId: id });
    assertDateOrder({ ...before, ...columns } as Parameters<typeof assertDateOrder>[0]);
    await assertMembers(tx, orgId, fields);
    const [project] = await tx
      .update(projects)
      .set({ ...columns, updatedAt: new Date() })
      .where(and(eq(projects.id, id), eq(projects.orgId, orgId)))
      .returning();
    const changed: Record<string, unknown> = { ...columns };
    const previous: Record<string, unknown> = Object.fromEntries(
      Object.keys(columns).map((k) => [k, before[k as keyof typeof before]]),
    );
    if (fields.teamIds) {
      previous.teamIds = await teamOf(tx, id);
      await replaceTeam(tx, orgId, id, fields.teamIds);
      changed.teamIds = [...new Set(fields.teamIds)].sort();
    }
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.update",
      resourceType: "project",
      resourceId: id,
      before: previous,
      after: changed,
    });
    return project!;
  });
}

/** Archived projects leave the plan's count and become read-only. */
export async function archiveProject(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const before = await lockProject(tx, { orgId, projectId: id, editable: false });
    if (before.archivedAt) {
      throw new ServiceError("PRECONDITION_FAILED", "This project is already archived.");
    }
    const [project] = await tx
      .update(projects)
      .set({ archivedAt: new Date(), updatedAt: new Date() })
      .where(eq(projects.id, id))
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.archive",
      resourceType: "project",
      resourceId: id,
      after: { archivedAt: project!.archivedAt },
    });
    return project!;
  });
}

/** Brings a project back, if the plan has room for one more active project. */
export async function unarchiveProject(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    // The organization is locked before the project, in the same order as creation.
    await assertProjectRoom(tx, orgId).catch(async (error: unknown) => {
      if (!(error instanceof ServiceError) || error.code !== "QUOTA_EXCEEDED") throw error;
      // A project that is not archived (or not there) says so rather than "no room".
      const current = await lockProject(tx, { orgId, projectId: id, editable: false });
      if (!current.archivedAt) throw notArchived();
      throw error;
    });
    const before = await lockProject(tx, { orgId, projectId: id, editable: false });
    if (!before.archivedAt) throw notArchived();
    const [project] = await tx
      .update(projects)
      .set({ archivedAt: null, updatedAt: new Date() })
      .where(eq(projects.id, id))
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.unarchive",
      resourceType: "project",
      resourceId: id,
      before: { archivedAt: before.archivedAt },
    });
    return project!;
  });
}

const notArchived = () => new ServiceError("PRECONDITION_FAILED", "This project is not archived.");

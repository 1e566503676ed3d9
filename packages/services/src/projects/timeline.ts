import type { Transaction } from "@arco/db";
import { deliveries, milestones, projects, storageItems } from "@arco/db/schema";
import { and, eq, sql } from "drizzle-orm";

import type { OrgScope } from "../context";
import { recordAudit } from "../audit";
import { ServiceError, notFound } from "../errors";
import { lockProject } from "./access";

/** A change to the timeline is a change to the project: it moves up the "recently updated" list. */
async function touch(tx: Transaction, projectId: string) {
  await tx.update(projects).set({ updatedAt: new Date() }).where(eq(projects.id, projectId));
}

/** The milestone, locked along with its (editable) project. */
async function lockMilestone(tx: Transaction, orgId: string, id: string) {
  const [found] = await tx
    .select({ projectId: milestones.projectId })
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.orgId, orgId)));
  if (!found) throw notFound("Milestone");
  await lockProject(tx, { orgId, projectId: found.projectId });
  const [milestone] = await tx
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.orgId, orgId)))
    .for("update");
  if (!milestone) throw notFound("Milestone");
  return milestone;
}

export async function createMilestone(
  scope: OrgScope,
  input: {
    projectId: string;
    title: string;
    description?: string | null;
    dueDate?: string | null;
  },
) {
  const { db, actor, orgId } = scope;
  const { projectId } = input;
  return db.transaction(async (tx) => {
    await lockProject(tx, { orgId, projectId });
    const [milestone] = await tx
      .insert(milestones)
      .values({
        orgId,
        projectId,
        title: input.title,
        description: input.description ?? null,
        dueDate: input.dueDate ?? null,
        // The project is locked, so the next position cannot be taken twice.
        sortOrder: sql`(select coalesce(max(${milestones.sortOrder}), -1) + 1 from ${milestones} where ${milestones.projectId} = ${projectId})`,
      })
      .returning();
    await touch(tx, projectId);
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.milestones.create",
      resourceType: "milestone",
      resourceId: milestone!.id,
      after: { projectId, title: input.title, dueDate: milestone!.dueDate },
    });
    return milestone!;
  });
}

export async function updateMilestone(
  scope: OrgScope,
  input: {
    id: string;
    title?: string;
    description?: string | null;
    dueDate?: string | null;
  },
) {
  const { db, actor, orgId } = scope;
  const { id } = input;
  const changes = Object.fromEntries(
    (["title", "description", "dueDate"] as const)
      .filter((k) => input[k] !== undefined)
      .map((k) => [k, input[k]]),
  ) as Partial<typeof milestones.$inferInsert>;
  return db.transaction(async (tx) => {
    const before = await lockMilestone(tx, orgId, id);
    const [milestone] = await tx
      .update(milestones)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(milestones.id, id))
      .returning();
    await touch(tx, before.projectId);
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.milestones.update",
      resourceType: "milestone",
      resourceId: id,
      before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as "title"]])),
      after: changes,
    });
    return milestone!;
  });
}

/** Marks a milestone done (now) or not done. */
export async function setMilestoneDone(
  scope: OrgScope,
  { id, done }: { id: string; done: boolean },
) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const before = await lockMilestone(tx, orgId, id);
    const completedAt = done ? (before.completedAt ?? new Date()) : null;
    const [milestone] = await tx
      .update(milestones)
      .set({ completedAt, updatedAt: new Date() })
      .where(eq(milestones.id, id))
      .returning();
    await touch(tx, before.projectId);
    await recordAudit(tx, actor, {
      orgId,
      action: done ? "projects.milestones.complete" : "projects.milestones.reopen",
      resourceType: "milestone",
      resourceId: id,
      before: { completedAt: before.completedAt },
      after: { completedAt },
    });
    return milestone!;
  });
}

export async function deleteMilestone(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const before = await lockMilestone(tx, orgId, id);
    await tx.delete(milestones).where(eq(milestones.id, id));
    await touch(tx, before.projectId);
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.milestones.delete",
      resourceType: "milestone",
      resourceId: id,
      before: { projectId: before.projectId, title: before.title, dueDate: before.dueDate },
    });
    return { ok: true as const };
  });
}

/** A file may be attached once it is uploaded (ready), not deleted, and of the same organization. */
async function assertDeliverableFile(tx: Transaction, orgId: string, storageItemId: string) {
  const [file] = await tx
    .select({ status: storageItems.status })
    .from(storageItems)
    .where(
      and(
        eq(storageItems.id, storageItemId),
        eq(storageItems.orgId, orgId),
        sql`${storageItems.deletedAt} is null`,
      ),
    );
  if (!file) throw notFound("File");
  if (file.status !== "ready") {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "That file is still uploading. Attach it once the upload has finished.",
    );
  }
}

export async function createDelivery(
  scope: OrgScope,
  input: {
    projectId: string;
    title: string;
    description?: string | null;
    deliveredAt?: string | Date;
    url?: string | null;
    storageItemId?: string | null;
  },
) {
  const { db, actor, orgId } = scope;
  const { projectId } = input;
  if (input.url && input.storageItemId) {
    throw new ServiceError("BAD_REQUEST", "Link either a web address or a file, not both.");
  }
  if (input.url && !/^https?:\/\//i.test(input.url)) {
    throw new ServiceError("BAD_REQUEST", "Enter a link starting with https:// or http://.");
  }
  return db.transaction(async (tx) => {
    await lockProject(tx, { orgId, projectId });
    if (input.storageItemId) await assertDeliverableFile(tx, orgId, input.storageItemId);
    const [delivery] = await tx
      .insert(deliveries)
      .values({
        orgId,
        projectId,
        title: input.title,
        description: input.description ?? null,
        deliveredAt: input.deliveredAt ? new Date(input.deliveredAt) : new Date(),
        url: input.url ?? null,
        storageItemId: input.storageItemId ?? null,
        deliveredById: actor.userId,
      })
      .returning();
    await touch(tx, projectId);
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.deliveries.create",
      resourceType: "delivery",
      resourceId: delivery!.id,
      after: {
        projectId,
        title: delivery!.title,
        url: delivery!.url,
        storageItemId: delivery!.storageItemId,
      },
    });
    return delivery!;
  });
}

export async function deleteDelivery(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.id, id), eq(deliveries.orgId, orgId)));
    if (!before) throw notFound("Delivery");
    await lockProject(tx, { orgId, projectId: before.projectId });
    await tx.delete(deliveries).where(eq(deliveries.id, id));
    await touch(tx, before.projectId);
    await recordAudit(tx, actor, {
      orgId,
      action: "projects.deliveries.delete",
      resourceType: "delivery",
      resourceId: id,
      before: { projectId: before.projectId, title: before.title, url: before.url },
    });
    return { ok: true as const };
  });
}

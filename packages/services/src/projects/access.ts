import type { DbOrTx, Transaction } from "@arco/db";
import { memberships, organizations, plans, projects } from "@arco/db/schema";
import { and, eq, inArray, isNull } from "drizzle-orm";

import { ServiceError, notFound } from "../errors";
import { assertWithinPlan, limitOf } from "../plans";

/**
 * Locks the project for the rest of the transaction. Another organization's project and a
 * missing one are the same NOT_FOUND; archived projects are read-only until unarchived, and so
 * are those beyond the plan after a downgrade.
 */
export async function lockProject(
  tx: Transaction,
  { orgId, projectId, editable = true }: { orgId: string; projectId: string; editable?: boolean },
) {
  const [project] = await tx
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.orgId, orgId)))
    .for("update");
  if (!project) throw notFound("Project");
  if (editable && project.archivedAt) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "This project is archived. Unarchive it to make changes.",
    );
  }
  if (editable) await assertWithinPlan(tx, "projects", project);
  return project;
}

/**
 * Refuses one more active project beyond the plan's limit. The organization row is locked
 * first, so concurrent creations (and unarchivings) are counted one after another.
 */
export async function assertProjectRoom(tx: Transaction, orgId: string) {
  const [org] = await tx
    .select({ planName: plans.name, maxProjects: limitOf("maxProjects") })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, orgId))
    .for("update", { of: organizations });
  if (!org) throw notFound("Organization");
  if (org.maxProjects === null) return;
  const active = await tx.$count(
    projects,
    and(eq(projects.orgId, orgId), isNull(projects.archivedAt)),
  );
  if (active >= org.maxProjects) {
    const count = `${org.maxProjects} project${org.maxProjects === 1 ? "" : "s"}`;
    throw new ServiceError(
      "QUOTA_EXCEEDED",
      `Your ${org.planName} plan includes ${count}. Archive one or upgrade to add more.`,
    );
  }
}

/** The manager and every team member must belong to the organization (checked in SQL). */
export async function assertMembers(
  db: DbOrTx,
  orgId: string,
  { projectManagerId, teamIds }: { projectManagerId?: string | null; teamIds?: string[] },
) {
  const wanted = [
    ...new Set([...(teamIds ?? []), ...(projectManagerId ? [projectManagerId] : [])]),
  ];
  if (wanted.length === 0) return;
  const found = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, wanted)));
  const members = new Set(found.map((m) => m.userId));
  if (projectManagerId && !members.has(projectManagerId)) {
    throw new ServiceError(
      "BAD_REQUEST",
      "The project manager must be a member of this organization.",
    );
  }
  if (teamIds?.some((id) => !members.has(id))) {
    throw new ServiceError(
      "BAD_REQUEST",
      "Everyone on the project team must be a member of this organization.",
    );
  }
}

/** Delivery dates never come before the start; checked on the values after a change. */
export function assertDateOrder(dates: {
  startDate: string | null;
  estimatedDelivery: string | null;
  actualDelivery: string | null;
}) {
  const { startDate, estimatedDelivery, actualDelivery } = dates;
  if (!startDate) return;
  if (estimatedDelivery && estimatedDelivery < startDate) {
    throw new ServiceError(
      "BAD_REQUEST",
      "The estimated delivery cannot be before the start date.",
    );
  }
  if (actualDelivery && actualDelivery < startDate) {
    throw new ServiceError("BAD_REQUEST", "The actual delivery cannot be before the start date.");
  }
}

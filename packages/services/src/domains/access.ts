import type { DbOrTx } from "@arco/db";
import { domains, projects } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import { notFound } from "../errors";
import { assertWithinPlan } from "../plans";

export type Domain = typeof domains.$inferSelect;

/** The organization's domain, or NOT_FOUND (also for another organization's id). */
export async function domainOf(db: DbOrTx, orgId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(domains)
    .where(and(eq(domains.id, id), eq(domains.orgId, orgId)));
  const [domain] = lock ? await query.for("update") : await query;
  if (!domain) throw notFound("Domain");
  return domain;
}

/**
 * The domain, locked, for a change to it or its records: refused when it is beyond the plan
 * after a downgrade (deleting it, or checking it, stays possible).
 */
export async function editableDomainOf(tx: DbOrTx, orgId: string, id: string) {
  const domain = await domainOf(tx, orgId, id, true);
  await assertWithinPlan(tx, "domains", domain);
  return domain;
}

/** A project id is only accepted when the project belongs to the same organization. */
export async function assertProjectOf(
  db: DbOrTx,
  orgId: string,
  projectId: string | null | undefined,
) {
  if (!projectId) return;
  const [project] = await db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.orgId, orgId)));
  if (!project) throw notFound("Project");
}

/** Calendar arithmetic on YYYY-MM-DD dates, in UTC. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

import type { DbOrTx } from "@arco/db";
import { orgQuotas, organizations, plans } from "@arco/db/schema";
import { and, eq, sql } from "drizzle-orm";

import { ServiceError } from "../errors";
import { limitOf } from "../plans";
import { formatBytes } from "./names";

/**
 * Reserves `bytes` of the organization's storage in one guarded UPDATE: it matches only while
 * the new total stays within `limitBytes` (null: unlimited), so concurrent uploads can never
 * overshoot the plan together.
 */
export async function reserveStorage(
  tx: DbOrTx,
  { orgId, bytes, limitBytes }: { orgId: string; bytes: number; limitBytes: number | null },
) {
  const [row] = await tx
    .update(orgQuotas)
    .set({ storageUsedBytes: sql`${orgQuotas.storageUsedBytes} + ${bytes}` })
    .where(
      and(
        eq(orgQuotas.orgId, orgId),
        limitBytes === null
          ? undefined
          : sql`${orgQuotas.storageUsedBytes} + ${bytes} <= ${limitBytes}`,
      ),
    )
    .returning({ used: orgQuotas.storageUsedBytes });
  if (row) return row.used;
  const [current] = await tx
    .select({ used: orgQuotas.storageUsedBytes })
    .from(orgQuotas)
    .where(eq(orgQuotas.orgId, orgId));
  const left = Math.max(0, (limitBytes ?? 0) - (current?.used ?? 0));
  throw new ServiceError(
    "QUOTA_EXCEEDED",
    `This file needs ${formatBytes(bytes)} but only ${formatBytes(left)} of your ` +
      `${formatBytes(limitBytes ?? 0)} is left. Delete files you no longer need, or upgrade ` +
      `your plan for more storage.`,
  );
}

/** Gives bytes back (never below zero), in the same single statement style. */
export async function releaseStorage(
  tx: DbOrTx,
  { orgId, bytes }: { orgId: string; bytes: number },
) {
  if (bytes <= 0) return;
  await tx
    .update(orgQuotas)
    .set({ storageUsedBytes: sql`greatest(0, ${orgQuotas.storageUsedBytes} - ${bytes})` })
    .where(eq(orgQuotas.orgId, orgId));
}

/** The organization's storage limit, read fresh (null: unlimited). */
export async function storageLimitOf(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select({ limit: limitOf("storageBytes") })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, orgId));
  return row?.limit ?? null;
}

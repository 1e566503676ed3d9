import type { DbOrTx } from "@arco/db";
import { memberships, users } from "@arco/db/schema";
import { and, asc, eq } from "drizzle-orm";

import { afterCursor, page } from "../pagination";

/** The organization's members, oldest first, a page at a time. */
export async function listMembers(
  db: DbOrTx,
  {
    orgId,
    userId,
    cursor,
    limit,
  }: { orgId: string; userId: string; cursor?: string; limit: number },
) {
  const rows = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        afterCursor(cursor, { at: memberships.createdAt, id: memberships.id }, "asc"),
      ),
    )
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(limit + 1);
  const result = page(rows, limit, (m) => ({ at: m.joinedAt, id: m.membershipId }));
  return { ...result, items: result.items.map((m) => ({ ...m, isYou: m.userId === userId })) };
}

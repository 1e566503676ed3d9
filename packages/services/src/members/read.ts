import { memberships, users } from "@arco/db/schema";
import { and, asc, eq } from "drizzle-orm";

import type { OrgScope } from "../context";
import { afterCursor, page } from "../pagination";

/** The organization's members, oldest first, a page at a time. */
export async function listMembers(
  scope: OrgScope,
  { cursor, limit }: { cursor?: string; limit: number },
) {
  const { db, orgId } = scope;
  const { userId } = scope.actor;
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

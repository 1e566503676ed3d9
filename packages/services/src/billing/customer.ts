import { memberships, organizations, users } from "@arco/db/schema";
import type { Stripe } from "@arco/payments";
import { and, asc, eq, isNull } from "drizzle-orm";

import type { OrgScope } from "../context";
import { notFound } from "../errors";
import { callStripe } from "./access";

/**
 * The organization's Stripe customer, created the first time it pays. The idempotency key is
 * the organization, so two first clicks at once make one customer; the id is kept only if none
 * was recorded meanwhile.
 */
export async function customerOf(scope: OrgScope, stripe: Stripe): Promise<string> {
  const { db, orgId } = scope;
  const [org] = await db
    .select({
      name: organizations.name,
      customerId: organizations.stripeCustomerId,
      ownerEmail: users.email,
    })
    .from(organizations)
    .leftJoin(
      memberships,
      and(eq(memberships.orgId, organizations.id), eq(memberships.role, "owner")),
    )
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(eq(organizations.id, orgId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  if (!org) throw notFound("Organization");
  if (org.customerId) return org.customerId;
  const customer = await callStripe(() =>
    stripe.customers.create(
      { name: org.name, email: org.ownerEmail ?? undefined, metadata: { orgId } },
      { idempotencyKey: `customer:${orgId}` },
    ),
  );
  const [kept] = await db
    .update(organizations)
    .set({ stripeCustomerId: customer.id })
    .where(and(eq(organizations.id, orgId), isNull(organizations.stripeCustomerId)))
    .returning({ id: organizations.stripeCustomerId });
  if (kept) return customer.id;
  const [recorded] = await db
    .select({ id: organizations.stripeCustomerId })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return recorded!.id!;
}

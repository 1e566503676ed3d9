import { randomBytes } from "node:crypto";

import { eq, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import {
  domains,
  memberships,
  monitors,
  orgQuotas,
  organizations,
  plans,
  projects,
  supportTickets,
  users,
} from "../schema";
import type { tier } from "../schema";

type Tier = (typeof tier.enumValues)[number];

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

const unique = () => randomBytes(4).toString("hex");
const monthFromNow = () => new Date(Date.now() + 30 * 24 * 3600 * 1000);

/** The plan of `tier` from the catalogue the migrations install. */
export async function planOf(db: DbOrTx, tier: Tier = "free") {
  const [plan] = await db.select().from(plans).where(eq(plans.tier, tier));
  if (!plan) throw new Error(`No ${tier} plan: the migrations install the catalogue.`);
  return plan;
}

/** The tier an organization is on now. */
export async function tierOf(db: DbOrTx, orgId: string): Promise<Tier> {
  const [row] = await db
    .select({ tier: plans.tier })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, orgId));
  if (!row) throw new Error(`No organization ${orgId}.`);
  return row.tier;
}

/** A user whose address is verified, unless `emailVerified: null` says otherwise. */
export async function createUser(db: DbOrTx, overrides: Partial<Insert<typeof users>> = {}) {
  const suffix = unique();
  const [user] = await db
    .insert(users)
    .values({
      name: `User ${suffix}`,
      email: `user-${suffix}@example.test`,
      emailVerified: new Date(),
      ...overrides,
    })
    .returning();
  return user!;
}

/** An organization on `tier`, with its quota counters, and optionally its owner. */
export async function createOrg(
  db: DbOrTx,
  {
    tier = "free",
    owner,
    ...overrides
  }: Partial<Insert<typeof organizations>> & {
    tier?: Tier;
    owner?: { id: string };
  } = {},
) {
  const plan = await planOf(db, tier);
  const suffix = unique();
  const [org] = await db
    .insert(organizations)
    .values({ name: `Org ${suffix}`, slug: `org-${suffix}`, planId: plan.id, ...overrides })
    .returning();
  await db.insert(orgQuotas).values({ orgId: org!.id, ticketPeriodEnd: monthFromNow() });
  if (owner) await addMember(db, { orgId: org!.id, userId: owner.id, role: "owner" });
  return { ...org!, plan };
}

export async function addMember(db: DbOrTx, values: Insert<typeof memberships>) {
  const [membership] = await db.insert(memberships).values(values).returning();
  return membership!;
}

type OrgScoped<T extends { $inferInsert: unknown }> = Partial<Insert<T>> & { orgId: string };

export async function createProject(db: DbOrTx, values: OrgScoped<typeof projects>) {
  const [project] = await db
    .insert(projects)
    .values({ name: `Project ${unique()}`, ...values })
    .returning();
  return project!;
}

export async function createDomain(db: DbOrTx, values: OrgScoped<typeof domains>) {
  const [domain] = await db
    .insert(domains)
    .values({ name: `site-${unique()}.example`, ...values })
    .returning();
  return domain!;
}

/** A ticket numbered after the org's last one (tests create tickets one at a time). */
export async function createTicket(db: DbOrTx, values: OrgScoped<typeof supportTickets>) {
  const [{ next }] = (await db
    .select({ next: sql<number>`coalesce(max(${supportTickets.number}), 0)::int + 1` })
    .from(supportTickets)
    .where(eq(supportTickets.orgId, values.orgId))) as [{ next: number }];
  const [ticket] = await db
    .insert(supportTickets)
    .values({
      number: next,
      subject: `Ticket ${unique()}`,
      description: "Something needs the agency's attention.",
      ...values,
    })
    .returning();
  return ticket!;
}

export async function createMonitor(db: DbOrTx, values: OrgScoped<typeof monitors>) {
  const [monitor] = await db
    .insert(monitors)
    .values({ name: "Home page", url: `https://site-${unique()}.example/`, ...values })
    .returning();
  return monitor!;
}

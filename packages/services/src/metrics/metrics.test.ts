import {
  leads,
  orgQuotas,
  plans,
  subscriptions,
  supportTickets,
  ticketMonths,
  urlAnalyses,
} from "@arco/db/schema";
import { addMember, createOrg, createTicket, createUser, useTestDb } from "@arco/db/testing";
import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { staffScope, systemScope } from "../testing";
import {
  businessMetrics,
  clientsByTier,
  freeTierFunnel,
  revenueByMonth,
  rollUpTicketMonths,
  slaByResponseTime,
  storageByTier,
  ticketVolume,
} from ".";

const testDb = useTestDb();

/** 12:00 on 20 May 2026 in São Paulo: the last three months are March, April and May. */
const NOW = new Date("2026-05-20T15:00:00Z");
const at = (iso: string) => new Date(iso);
const HOUR = 3600_000;
const scope = () => staffScope(testDb().db, null, { now: () => NOW });
const period = { months: 3 };

type Tier = "free" | "basic" | "pro" | "enterprise";

/** Prices of the catalogue the migrations install, and Enterprise priced by the agency. */
const BASIC = 29_700;
const PRO = 89_700;
const PRO_YEARLY_MONTH = 897_000 / 12;
const ENTERPRISE = 300_000;

async function client(tier: Tier, storageUsedBytes: number) {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier, owner, createdAt: at("2025-10-01T12:00:00Z") });
  await db.update(orgQuotas).set({ storageUsedBytes }).where(eq(orgQuotas.orgId, org.id));
  return { org, owner };
}

async function subscription(
  orgId: string,
  tier: Exclude<Tier, "free">,
  values: Partial<typeof subscriptions.$inferInsert> & { createdAt: Date },
) {
  const { db } = testDb();
  const [plan] = await db.select().from(plans).where(eq(plans.tier, tier));
  await db.insert(subscriptions).values({
    orgId,
    planId: plan!.id,
    status: "active",
    stripeSubscriptionId: `sub_${crypto.randomUUID()}`,
    currentPeriodStart: values.createdAt,
    currentPeriodEnd: new Date(values.createdAt.getTime() + 30 * 24 * HOUR),
    ...values,
  });
}

let world: Awaited<ReturnType<typeof buildWorld>>;

/**
 * Ten clients whose billing tells every case: a monthly Basic client since before the period;
 * a yearly Pro client since April; a Pro plan set by hand since March; a Basic client who
 * cancelled in April; a Basic client who moved to Pro in May (neither new nor churned); a
 * past-due client whose grace ended in May; a Pro trial since May; an incomplete checkout; a
 * free client; an Enterprise contract set by hand.
 */
async function buildWorld() {
  const { db } = testDb();
  await db.update(plans).set({ priceMonthlyCents: ENTERPRISE }).where(eq(plans.tier, "enterprise"));
  const monthly = await client("basic", 1_000);
  const yearly = await client("pro", 2_000);
  const byHand = await client("pro", 3_000);
  const churned = await client("free", 4_000);
  const upgraded = await client("pro", 5_000);
  const lapsed = await client("free", 6_000);
  const trial = await client("pro", 7_000);
  const incomplete = await client("free", 8_000);
  const free = await client("free", 9_000);
  const enterprise = await client("enterprise", 10_000);

  await subscription(monthly.org.id, "basic", { createdAt: at("2026-01-10T12:00:00Z") });
  await subscription(yearly.org.id, "pro", {
    interval: "year",
    createdAt: at("2026-04-10T12:00:00Z"),
  });
  await subscription(byHand.org.id, "pro", {
    stripeSubscriptionId: null,
    manualReason: "Offline contract",
    createdAt: at("2026-03-05T12:00:00Z"),
  });
  await subscription(churned.org.id, "basic", {
    status: "canceled",
    canceledAt: at("2026-04-15T12:00:00Z"),
    createdAt: at("2025-12-01T12:00:00Z"),
  });
  await subscription(upgraded.org.id, "basic", {
    status: "canceled",
    canceledAt: at("2026-05-03T12:00:00Z"),
    createdAt: at("2026-02-01T12:00:00Z"),
  });
  await subscription(upgraded.org.id, "pro", { createdAt: at("2026-05-03T12:00:00Z") });
  await subscription(lapsed.org.id, "basic", {
    status: "past_due",
    graceEndsAt: at("2026-05-10T12:00:00Z"),
    createdAt: at("2025-11-01T12:00:00Z"),
  });
  await subscription(trial.org.id, "pro", {
    status: "trialing",
    createdAt: at("2026-05-12T12:00:00Z"),
  });
  await subscription(incomplete.org.id, "basic", {
    status: "incomplete",
    createdAt: at("2026-04-01T12:00:00Z"),
  });
  await subscription(enterprise.org.id, "enterprise", {
    stripeSubscriptionId: null,
    manualReason: "Enterprise deal",
    createdAt: at("2026-02-01T12:00:00Z"),
  });
  return {
    monthly,
    yearly,
    byHand,
    churned,
    upgraded,
    lapsed,
    trial,
    incomplete,
    free,
    enterprise,
  };
}

/** A ticket opened at `opened` with `slaHours`, first answered `answeredAfter` hours later. */
function ticket(
  orgId: string,
  opened: string,
  slaHours: number | null,
  answeredAfter: number | null,
) {
  const createdAt = at(opened);
  const due = slaHours ? new Date(createdAt.getTime() + slaHours * HOUR) : null;
  const answered =
    answeredAfter === null ? null : new Date(createdAt.getTime() + answeredAfter * HOUR);
  return createTicket(testDb().db, {
    orgId,
    createdAt,
    responseSlaHours: slaHours,
    firstResponseDueAt: due,
    firstResponseAt: answered,
    slaBreachedAt: answered && due && answered > due ? answered : null,
  });
}

/**
 * Tickets of the clients above, in and before the period, answered in time, late or not yet,
 * under the response time each was opened with.
 */
async function openTickets() {
  const basic = world.monthly.org.id;
  const pro = world.byHand.org.id;
  await ticket(basic, "2026-02-20T12:00:00Z", 24, 1); // before the period
  await ticket(basic, "2026-03-10T12:00:00Z", 24, 2); // met
  await ticket(basic, "2026-04-05T12:00:00Z", 24, 30); // answered late
  // 23:00 on 30 April in São Paulo: April on the agency's clock.
  await ticket(basic, "2026-05-01T02:00:00Z", 24, 1); // met
  await ticket(pro, "2026-04-02T12:00:00Z", 4, 1); // met
  await ticket(pro, "2026-05-19T12:00:00Z", 4, null); // unanswered past its due time
  await ticket(pro, "2026-05-20T14:00:00Z", 4, null); // still within its response time
  await ticket(world.free.org.id, "2026-03-15T12:00:00Z", null, 5); // no SLA on Free
  // Opened while the client was on Basic: Basic's promise, though the client is on Pro now.
  await ticket(world.upgraded.org.id, "2026-03-12T12:00:00Z", 24, 3); // met
  // An Enterprise deal's own response time (custom limits), answered late.
  await ticket(world.enterprise.org.id, "2026-04-20T12:00:00Z", 2, 3);
}

beforeAll(async () => {
  world = await buildWorld();
  await openTickets();
});

describe("revenue", () => {
  it("counts each month's MRR at its end (now for May), yearly prices by twelve, plans set by hand at their price, and who started or stopped paying", async () => {
    expect(await revenueByMonth(scope(), period)).toEqual([
      {
        month: "2026-03",
        // monthly, by hand, churned (until April), upgraded (on Basic), lapsed, enterprise
        mrrCents: BASIC + PRO + BASIC + BASIC + BASIC + ENTERPRISE,
        payingClients: 6,
        new: 1, // by hand
        churned: 0,
      },
      {
        month: "2026-04",
        mrrCents: BASIC + PRO_YEARLY_MONTH + PRO + BASIC + BASIC + ENTERPRISE,
        payingClients: 6,
        new: 1, // yearly
        churned: 1, // churned
      },
      {
        month: "2026-05",
        // the upgraded client on Pro (neither new nor churned), the trial in, the lapsed out
        mrrCents: BASIC + PRO_YEARLY_MONTH + PRO + PRO + PRO + ENTERPRISE,
        payingClients: 6,
        new: 1,
        churned: 1,
      },
    ]);
  });

  it("labels twelve months on the agency's clock, zeros before anyone paid", async () => {
    const months = await revenueByMonth(scope(), { months: 12 });
    expect(months.map((m) => m.month)).toEqual([
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
    ]);
    // The lapsed, churned, monthly, upgraded and enterprise clients started before March.
    expect(months.slice(0, 9).map((m) => [m.payingClients, m.new, m.churned])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [1, 1, 0],
      [2, 1, 0],
      [3, 1, 0],
      [5, 2, 0],
    ]);
  });
});

describe("clients and storage by tier", () => {
  it("counts every organization on its tier today", async () => {
    expect(await clientsByTier(scope())).toEqual([
      { tier: "free", clients: 4 },
      { tier: "basic", clients: 1 },
      { tier: "pro", clients: 4 },
      { tier: "enterprise", clients: 1 },
    ]);
  });

  it("adds up the bytes each tier stores", async () => {
    expect(await storageByTier(scope())).toEqual([
      { tier: "free", bytes: 4_000 + 6_000 + 8_000 + 9_000 },
      { tier: "basic", bytes: 1_000 },
      { tier: "pro", bytes: 2_000 + 3_000 + 5_000 + 7_000 },
      { tier: "enterprise", bytes: 10_000 },
    ]);
  });
});

describe("support", () => {
  // As the hourly roll-up left it: the cards read March and April there, May live.
  beforeAll(async () => {
    await rollUpTicketMonths(systemScope(testDb().db, { now: () => NOW }));
  });

  it("counts the tickets opened each month on the agency's clock", async () => {
    expect(await ticketVolume(scope(), period)).toEqual([
      { month: "2026-03", opened: 3 },
      { month: "2026-04", opened: 4 },
      { month: "2026-05", opened: 2 },
    ]);
  });

  it("measures SLA compliance and the mean first response per promised response time, leaving open ones out", async () => {
    expect(await slaByResponseTime(scope(), period)).toEqual([
      {
        responseSlaHours: null,
        tiers: ["free"],
        met: 0,
        breached: 0,
        compliance: null,
        answered: 1,
        firstResponseSeconds: 5 * 3600,
      },
      {
        responseSlaHours: 24,
        tiers: ["basic"],
        met: 3,
        breached: 1,
        compliance: 3 / 4,
        answered: 4,
        firstResponseSeconds: ((2 + 30 + 1 + 3) / 4) * 3600,
      },
      {
        responseSlaHours: 4,
        tiers: ["pro"],
        met: 1,
        breached: 1,
        compliance: 0.5,
        answered: 1,
        firstResponseSeconds: 3600,
      },
      {
        responseSlaHours: 2,
        tiers: [],
        met: 0,
        breached: 1,
        compliance: 0,
        answered: 1,
        firstResponseSeconds: 3 * 3600,
      },
      {
        responseSlaHours: 1,
        tiers: ["enterprise"],
        met: 0,
        breached: 0,
        compliance: null,
        answered: 0,
        firstResponseSeconds: null,
      },
    ]);
  });
});

describe("the free tier's funnel", () => {
  beforeAll(async () => {
    const { db } = testDb();
    const analysis = (createdAt: string, orgId: string | null = null) => ({
      url: "https://shop.example/",
      normalizedUrl: "shop.example",
      status: "done" as const,
      orgId,
      createdAt: at(createdAt),
    });
    const runs = await db
      .insert(urlAnalyses)
      .values([
        analysis("2026-02-25T12:00:00Z"), // before the period
        analysis("2026-03-02T12:00:00Z"),
        analysis("2026-03-20T12:00:00Z"),
        analysis("2026-04-11T12:00:00Z"),
        analysis("2026-05-02T12:00:00Z"),
        analysis("2026-05-18T12:00:00Z"),
        analysis("2026-04-12T12:00:00Z", world.monthly.org.id), // a client's own
      ])
      .returning({ id: urlAnalyses.id });
    // A second member of a paying client, to be counted once with its owner.
    const colleague = await createUser(db);
    await addMember(db, { orgId: world.byHand.org.id, userId: colleague.id, role: "member" });
    const lead = (n: number, createdAt: string, convertedUserId: string | null) => ({
      email: `lead-${n}-${crypto.randomUUID()}@example.test`,
      sourceAnalysisId: runs[n]!.id,
      convertedUserId,
      convertedAt: convertedUserId ? at(createdAt) : null,
      createdAt: at(createdAt),
    });
    await db.insert(leads).values([
      lead(0, "2026-02-25T12:10:00Z", world.monthly.owner.id), // before the period
      lead(1, "2026-03-02T12:10:00Z", world.byHand.owner.id), // pays (Pro, by hand)
      lead(2, "2026-03-20T12:10:00Z", colleague.id), // same organization
      lead(3, "2026-04-11T12:10:00Z", world.free.owner.id), // signed up, still free
      lead(4, "2026-05-02T12:10:00Z", world.trial.owner.id), // pays (Pro trial)
      lead(5, "2026-05-18T12:10:00Z", null), // only left an email
    ]);
  });

  it("follows the period's visitors from an analysis to a paying organization", async () => {
    expect(await freeTierFunnel(scope(), period)).toEqual({
      analyses: 5,
      leads: 5,
      signUps: 4,
      payingOrganizations: 2,
    });
  });
});

describe("the admin home", () => {
  it("sums up the current month: MRR, ARR, paying clients and this month's churn", async () => {
    const metrics = await businessMetrics(scope(), period);
    const mrr = BASIC + PRO_YEARLY_MONTH + PRO + PRO + PRO + ENTERPRISE;
    expect(metrics.summary).toEqual({
      mrrCents: mrr,
      arrCents: mrr * 12,
      activeClients: 6,
      churnedThisMonth: 1,
      churnRate: 1 / 6,
    });
    expect(metrics).toMatchObject({ months: 3, currency: "BRL" });
    expect(metrics.revenue).toEqual(await revenueByMonth(scope(), period));
    expect(metrics.sla).toEqual(await slaByResponseTime(scope(), period));
    expect(metrics.funnel).toEqual(await freeTierFunnel(scope(), period));
  });

  it("offers the last 3, 6 or 12 months only", async () => {
    await expect(businessMetrics(scope(), { months: 4 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("the monthly roll-up of tickets", () => {
  const rollUp = (now = NOW) => rollUpTicketMonths(systemScope(testDb().db, { now: () => now }));
  const rows = () =>
    testDb()
      .db.select()
      .from(ticketMonths)
      .orderBy(asc(ticketMonths.month), sql`${ticketMonths.responseSlaHours} desc nulls first`);
  const figures = async () =>
    (await rows()).map(({ id: _id, createdAt: _c, updatedAt: _u, ...figures }) => figures);
  type Counts = Pick<
    typeof ticketMonths.$inferSelect,
    "opened" | "answered" | "met" | "breached" | "firstResponseMs"
  >;
  const month = (month: string, responseSlaHours: number | null, counts: Counts) => ({
    month,
    responseSlaHours,
    ...counts,
  });

  /** What the world's tickets come to, month by month, as of NOW. */
  const counted = [
    month("2026-02-01", 24, { opened: 1, answered: 1, met: 1, breached: 0, firstResponseMs: HOUR }),
    month("2026-03-01", null, {
      opened: 1,
      answered: 1,
      met: 0,
      breached: 0,
      firstResponseMs: 5 * HOUR,
    }),
    month("2026-03-01", 24, {
      opened: 2,
      answered: 2,
      met: 2,
      breached: 0,
      firstResponseMs: (2 + 3) * HOUR,
    }),
    month("2026-04-01", 24, {
      opened: 2,
      answered: 2,
      met: 1,
      breached: 1,
      firstResponseMs: (30 + 1) * HOUR,
    }),
    month("2026-04-01", 4, { opened: 1, answered: 1, met: 1, breached: 0, firstResponseMs: HOUR }),
    month("2026-04-01", 2, {
      opened: 1,
      answered: 1,
      met: 0,
      breached: 1,
      firstResponseMs: 3 * HOUR,
    }),
    // The current month too, though the cards count it live.
    month("2026-05-01", 4, { opened: 2, answered: 0, met: 0, breached: 1, firstResponseMs: 0 }),
  ];

  beforeAll(async () => {
    await rollUp();
  });

  it("holds every month since the first ticket per promised response time, on the agency's clock", async () => {
    expect(await figures()).toEqual(counted);
  });

  it("recounts the current and the previous month when it runs again, and changes nothing that did not change", async () => {
    const before = await rows();
    expect(await rollUp()).toEqual({ months: 2, rows: 0 });
    expect(await rows()).toEqual(before);
  });

  it("counts again a month that has no rows, leaving the others alone", async () => {
    const { db } = testDb();
    await db.delete(ticketMonths).where(eq(ticketMonths.month, "2026-03-01"));
    expect(await rollUp()).toEqual({ months: 3, rows: 2 });
    expect(await figures()).toEqual(counted);
  });

  it("counts again a month last counted before it ended, as after the job stopped for a while", async () => {
    const { db } = testDb();
    await db.execute(sql`truncate ${ticketMonths}`);
    // The last run before a stop, on 20 March; then a ticket on 28 March.
    expect(await rollUp(at("2026-03-20T15:00:00Z"))).toEqual({ months: 2, rows: 3 });
    await ticket(world.free.org.id, "2026-03-28T12:00:00Z", null, 2);

    // March's two rows (one changed, one written again now that March is whole), April's and May's.
    expect(await rollUp()).toEqual({ months: 3, rows: 6 });
    expect(await figures()).toEqual(
      counted.map((row) =>
        row.month === "2026-03-01" && row.responseSlaHours === null
          ? { ...row, opened: 2, answered: 2, firstResponseMs: (5 + 2) * HOUR }
          : row,
      ),
    );
    // Counted whole now: March is left alone from here on.
    expect(await rollUp()).toEqual({ months: 2, rows: 0 });
  });

  it("picks up a first response arriving after its month closed, in the month before this one", async () => {
    const { db } = testDb();
    // Opened on 25 April with Basic's 24 hours, answered on 20 May: breached, and now answered.
    const late = await ticket(world.monthly.org.id, "2026-04-25T12:00:00Z", 24, null);
    await rollUp();
    const april = (await figures()).find(
      (r) => r.month === "2026-04-01" && r.responseSlaHours === 24,
    );
    expect(april).toMatchObject({ opened: 3, answered: 2, met: 1, breached: 2 });

    const answeredAt = at("2026-05-20T12:00:00Z");
    await db
      .update(supportTickets)
      .set({ firstResponseAt: answeredAt, slaBreachedAt: answeredAt, updatedAt: answeredAt })
      .where(eq(supportTickets.id, late.id));
    const later = new Date(NOW.getTime() + HOUR);
    expect(await rollUp(later)).toEqual({ months: 2, rows: 1 });
    expect(
      (await figures()).find((r) => r.month === "2026-04-01" && r.responseSlaHours === 24),
    ).toEqual({
      ...april,
      answered: 3,
      firstResponseMs: (30 + 1) * HOUR + 25 * 24 * HOUR,
    });
    const basic = (
      await slaByResponseTime(staffScope(db, null, { now: () => later }), period)
    ).find((g) => g.responseSlaHours === 24);
    expect(basic).toMatchObject({ met: 3, breached: 2, answered: 5 });
  });

  it("drops a month's response time once none of its tickets has it", async () => {
    const { db } = testDb();
    await db.delete(supportTickets).where(eq(supportTickets.orgId, world.enterprise.org.id));
    expect(await rollUp()).toEqual({ months: 2, rows: 1 });
    expect((await figures()).filter((r) => r.responseSlaHours === 2)).toEqual([]);
  });
});

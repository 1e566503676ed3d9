import { eq, sql } from "drizzle-orm";

import { selectRows } from "../client";
import type { DbOrTx } from "../client";
import {
  auditLogs,
  dnsRecords,
  domains,
  memberships,
  milestones,
  monitors,
  notifications,
  orgQuotas,
  organizations,
  performanceMetrics,
  plans,
  projects,
  supportTickets,
  ticketMessages,
  uptimeChecks,
  users,
} from "../schema";
import { seedAuditHistory } from "./audit-history";
import { seedBilling } from "./billing";
import { seedClientHistory } from "./client-history";
import { DEMO_PASSWORD_HASH, demoOrgs, demoStaff } from "./demo";
import type { DemoOrg } from "./demo";
import { seedId } from "./ids";
import { seedLeads } from "./leads";

export { auditHistory } from "./audit-history";
export { pastClientSlugs } from "./client-history";
export { DEMO_PASSWORD, DEMO_PASSWORD_HASH, demoOrgs, demoStaff } from "./demo";
export { seedId } from "./ids";

const DAY = 24 * 3600 * 1000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Inserts the demo agency: staff, three client organizations (free,
 * basic, pro) with members in every role, projects, domains, tickets and monitors with a day
 * of uptime history, and a few months of audited changes with two impersonation sessions; the
 * free analyzer's leads; and the agency's other clients over the past year (`client-history.ts`).
 * Every row has a name-derived id and is inserted with `on conflict do nothing`, so running it
 * again adds nothing and never overwrites what users changed.
 */
export async function seed(db: DbOrTx, now = new Date()) {
  await db.transaction(async (tx) => {
    // The tier catalogue itself ships with the migrations.
    const planRows = await tx.select({ id: plans.id, tier: plans.tier }).from(plans);
    const planId = new Map(planRows.map((p) => [p.tier, p.id]));

    await tx
      .insert(users)
      .values(
        demoStaff.map((s) => ({
          id: seedId(`user:${s.email}`),
          email: s.email,
          name: s.name,
          staffRole: s.staffRole,
          passwordHash: DEMO_PASSWORD_HASH,
          emailVerified: now,
        })),
      )
      .onConflictDoNothing();

    for (const org of demoOrgs) {
      await seedOrg(
        tx,
        org,
        { planId: planId.get(org.tier)!, basicPlanId: planId.get("basic")! },
        now,
      );
    }
    await seedAuditHistory(tx, now);
    await seedLeads(tx, now);
    await seedClientHistory(tx, now);
  });
}

/** The demo clients have been with the agency a few months: their billing has a history. */
const orgCreatedAt = (now: Date) => new Date(now.getTime() - 100 * DAY);

async function seedOrg(
  tx: DbOrTx,
  org: DemoOrg,
  { planId, basicPlanId }: { planId: string; basicPlanId: string },
  now: Date,
) {
  const orgId = seedId(`org:${org.slug}`);
  const id = (name: string) => seedId(`${org.slug}:${name}`);
  await tx
    .insert(organizations)
    .values({ id: orgId, name: org.name, slug: org.slug, planId, createdAt: orgCreatedAt(now) })
    .onConflictDoNothing();

  await tx
    .insert(users)
    .values(
      org.members.map((m) => ({
        id: seedId(`user:${m.email}`),
        email: m.email,
        name: m.name,
        passwordHash: DEMO_PASSWORD_HASH,
        emailVerified: now,
        activeOrgId: orgId,
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(memberships)
    .values(org.members.map((m) => ({ orgId, userId: seedId(`user:${m.email}`), role: m.role })))
    .onConflictDoNothing();
  const ownerId = seedId(`user:${org.members[0]!.email}`);

  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  await tx
    .insert(orgQuotas)
    .values({
      orgId,
      ticketsUsed: org.tickets.length,
      ticketPeriodStart: periodStart,
      ticketPeriodEnd: periodEnd,
    })
    .onConflictDoNothing();
  const [plan] = await tx
    .select({ monthlyCredits: plans.monthlyCredits, slaHours: plans.responseSlaHours })
    .from(plans)
    .where(eq(plans.id, planId));
  await seedBilling(tx, {
    org,
    orgId,
    planId,
    basicPlanId,
    monthlyCredits: plan!.monthlyCredits,
    createdAt: orgCreatedAt(now),
    ticketDays: org.tickets.map(
      (_, i) => new Date(now.getTime() - (org.tickets.length - i) * 2 * DAY),
    ),
    now,
  });

  for (const p of org.projects) {
    await tx
      .insert(projects)
      .values({
        id: id(`project:${p.key}`),
        orgId,
        name: p.name,
        description: p.description,
        status: p.status,
        completionPercent: p.completionPercent,
        budgetTotalCents: p.budgetTotalCents,
        budgetUsedCents: p.budgetUsedCents,
        startDate: isoDate(new Date(now.getTime() - 120 * DAY)),
        estimatedDelivery: isoDate(new Date(now.getTime() + 45 * DAY)),
        projectManagerId: ownerId,
      })
      .onConflictDoNothing();
    await tx
      .insert(milestones)
      .values(
        p.milestones.map((m, i) => ({
          id: id(`project:${p.key}:milestone:${i}`),
          orgId,
          projectId: id(`project:${p.key}`),
          title: m.title,
          dueDate: isoDate(new Date(now.getTime() + m.dueInDays * DAY)),
          completedAt: m.done ? new Date(now.getTime() + (m.dueInDays - 1) * DAY) : null,
          sortOrder: i,
        })),
      )
      .onConflictDoNothing();
  }

  for (const d of org.domains) {
    const domainId = id(`domain:${d.name}`);
    await tx
      .insert(domains)
      .values({
        id: domainId,
        orgId,
        projectId: id(`project:${d.project}`),
        name: d.name,
        status: "active",
        registrar: "Registro.br",
        nameservers: ["ns1.arco-dns.example", "ns2.arco-dns.example"],
        registeredOn: isoDate(new Date(now.getTime() - 400 * DAY)),
        renewsOn: isoDate(new Date(now.getTime() + d.renewsInDays * DAY)),
        sslStatus: "active",
        sslIssuer: "Let's Encrypt",
        sslExpiresAt: new Date(now.getTime() + d.sslExpiresInDays * DAY),
        autoRenew: d.renewsInDays > 60,
      })
      .onConflictDoNothing();
    await tx
      .insert(dnsRecords)
      .values([
        { id: id(`dns:${d.name}:a`), orgId, domainId, type: "A", name: "@", value: "203.0.113.10" },
        { id: id(`dns:${d.name}:www`), orgId, domainId, type: "CNAME", name: "www", value: d.name },
        {
          id: id(`dns:${d.name}:mx`),
          orgId,
          domainId,
          type: "MX",
          name: "@",
          value: `mail.${d.name}`,
          priority: 10,
        },
        {
          id: id(`dns:${d.name}:spf`),
          orgId,
          domainId,
          type: "TXT",
          name: "@",
          value: "v=spf1 include:_spf.arco-mail.example ~all",
        },
      ])
      .onConflictDoNothing();
    // The warning the daily domain check would have sent, so the bell has something to show.
    if (d.sslExpiresInDays <= 7) {
      await tx
        .insert(notifications)
        .values({
          id: id(`notification:certificate:${d.name}`),
          orgId,
          userId: ownerId,
          kind: "domain.expiry",
          title: `The TLS certificate of ${d.name} expires in ${d.sslExpiresInDays} days`,
          body: "Renew it before then, or browsers warn every visitor that the site is not secure.",
          link: `/dashboard/domains/${domainId}`,
          dedupeKey: `seed:certificate:${d.name}`,
        })
        .onConflictDoNothing();
    }
    await seedMonitor(tx, {
      orgId,
      domainId,
      projectId: id(`project:${d.project}`),
      domain: d.name,
      id,
      now,
    });
  }

  for (const [i, t] of org.tickets.entries()) {
    const ticketId = id(`ticket:${i}`);
    const createdAt = new Date(now.getTime() - (org.tickets.length - i) * 2 * DAY);
    const answered = Boolean(t.reply);
    await tx
      .insert(supportTickets)
      .values({
        id: ticketId,
        orgId,
        number: i + 1,
        subject: t.subject,
        description: t.description,
        priority: t.priority,
        status: t.status,
        createdById: ownerId,
        responseSlaHours: plan!.slaHours,
        firstResponseDueAt: plan!.slaHours
          ? new Date(createdAt.getTime() + plan!.slaHours * 3600 * 1000)
          : null,
        firstResponseAt: answered ? new Date(createdAt.getTime() + 2 * 3600 * 1000) : null,
        resolvedAt: t.status === "resolved" || t.status === "closed" ? createdAt : null,
        closedAt: t.status === "closed" ? createdAt : null,
        createdAt,
      })
      .onConflictDoNothing();
    if (t.reply) {
      await tx
        .insert(ticketMessages)
        .values({
          id: id(`ticket:${i}:reply`),
          orgId,
          ticketId,
          authorId: seedId("user:support@arco.test"),
          body: t.reply,
          isStaffReply: true,
          createdAt: new Date(createdAt.getTime() + 2 * 3600 * 1000),
        })
        .onConflictDoNothing();
    }
  }

  await seedActivity(tx, { org, orgId, ownerId, id, now });
}

/**
 * The organization's recent activity, as the services would have recorded it: the owner
 * creating each project, domain and ticket, and the agency's replies.
 */
async function seedActivity(
  tx: DbOrTx,
  args: {
    org: DemoOrg;
    orgId: string;
    ownerId: string;
    id: (name: string) => string;
    now: Date;
  },
) {
  const { org, orgId, ownerId, id, now } = args;
  const support = seedId("user:support@arco.test");
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  /** The owner creating the resource seeded under `key`. */
  const createdByOwner = (key: string, resourceType: string, action: string, createdAt: Date) => ({
    key,
    action,
    resourceType,
    resourceId: id(key),
    actorUserId: ownerId,
    createdAt,
  });
  const entries = [
    ...org.projects.map((p, i) =>
      createdByOwner(`project:${p.key}`, "project", "projects.create", ago(120 - i)),
    ),
    ...org.domains.map((d, i) =>
      createdByOwner(`domain:${d.name}`, "domain", "domains.create", ago(100 - i)),
    ),
    ...org.tickets.flatMap((t, i) => {
      const createdAt = ago((org.tickets.length - i) * 2);
      const created = createdByOwner(`ticket:${i}`, "support_ticket", "tickets.create", createdAt);
      if (!t.reply) return [created];
      const replied = new Date(createdAt.getTime() + 2 * 3600 * 1000);
      return [
        created,
        {
          ...created,
          key: `ticket:${i}:reply`,
          action: "tickets.reply",
          actorUserId: support,
          createdAt: replied,
        },
      ];
    }),
  ];
  if (entries.length === 0) return;
  await tx
    .insert(auditLogs)
    .values(
      entries.map(({ key, ...entry }) => ({
        id: id(`audit:${key}`),
        orgId,
        effectiveUserId: entry.actorUserId,
        ...entry,
      })),
    )
    .onConflictDoNothing();
}

async function seedMonitor(
  tx: DbOrTx,
  args: {
    orgId: string;
    domainId: string;
    projectId: string;
    domain: string;
    id: (name: string) => string;
    now: Date;
  },
) {
  const { orgId, domainId, projectId, domain, id, now } = args;
  const monitorId = id(`monitor:${domain}`);
  const [created] = await tx
    .insert(monitors)
    .values({
      id: monitorId,
      orgId,
      projectId,
      domainId,
      name: domain,
      url: `https://${domain}/`,
      intervalSeconds: 300,
      lastStatus: "up",
      lastCheckedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: monitors.id });
  if (!created) return;

  // A day of history every 30 minutes, with one slow spell, so charts have something to show.
  const checks = Array.from({ length: 48 }, (_, i) => {
    const slow = i >= 30 && i < 33;
    const hash = Number.parseInt(id(`${domain}:${i}`).slice(0, 4), 16);
    return {
      orgId,
      monitorId,
      checkedAt: new Date(now.getTime() - (48 - i) * 30 * 60 * 1000),
      status: slow ? ("degraded" as const) : ("up" as const),
      httpStatus: 200,
      responseTimeMs: slow ? 2_400 + (hash % 600) : 180 + (hash % 140),
      region: "gru",
    };
  });
  await tx.insert(uptimeChecks).values(checks);

  const weeks = Array.from({ length: 8 }, (_, i) => {
    const hash = Number.parseInt(id(`${domain}:perf:${i}`).slice(0, 4), 16);
    const performance = 62 + i * 3 + (hash % 6);
    return {
      orgId,
      projectId,
      domainId,
      url: `https://${domain}/`,
      source: "lab" as const,
      lcpMs: 3_600 - i * 220 - (hash % 200),
      inpMs: 240 - i * 12,
      clsMilli: 140 - i * 12,
      ttfbMs: 620 - i * 40,
      fcpMs: 2_100 - i * 120,
      performanceScore: performance,
      accessibilityScore: 88 + (hash % 10),
      bestPracticesScore: 92,
      seoScore: 90 + (hash % 9),
      grade:
        performance >= 90 ? ("A" as const) : performance >= 75 ? ("B" as const) : ("C" as const),
      measuredAt: new Date(now.getTime() - (8 - i) * 7 * DAY),
    };
  });
  await tx.insert(performanceMetrics).values(weeks);
}

/** Row counts of the demo data, for the seed script's summary and the tests. */
export async function seedSummary(db: DbOrTx) {
  const count = async (table: string) => {
    const [row] = await selectRows<{ n: number }>(
      db,
      sql.raw(`select count(*)::int as n from ${table}`),
    );
    return row!.n;
  };
  const tables = [
    "plans",
    "users",
    "organizations",
    "memberships",
    "projects",
    "domains",
    "support_tickets",
    "monitors",
    "uptime_checks",
    "audit_logs",
    "impersonation_sessions",
  ];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)])));
}

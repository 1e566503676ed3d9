import type { DbOrTx } from "../client";
import {
  auditLogs,
  leads,
  memberships,
  orgQuotas,
  organizations,
  plans,
  subscriptions,
  supportTickets,
  ticketMessages,
  urlAnalyses,
  users,
} from "../schema";
import type { tier } from "../schema";
import { seedId } from "./ids";

type Tier = (typeof tier.enumValues)[number];

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const GB = 1024 ** 3;

/**
 * When a contract ran, in days before the seed's `now`; `"this month"` is a moment of the
 * current month on the agency's clock, so the admin home's "this month" has something in it.
 */
type Moment = number | "this month";

interface PastClient {
  slug: string;
  name: string;
  owner: { email: string; name: string };
  /** Plans set by the agency, one after the other; the last without `until` still runs. */
  contracts: { tier: Exclude<Tier, "free">; yearly?: boolean; from: Moment; until?: Moment }[];
  storageGb: number;
}

/**
 * The agency's other clients over the past year, for the admin home's metrics: some still
 * paying (monthly and yearly contracts, one that moved from Basic to Pro), some who left, one
 * who left and one who joined this month. The demo has no Stripe, so every contract is set by
 * the agency, like the demo organizations'.
 */
const pastClients: PastClient[] = [
  {
    slug: "casa-bonita-imoveis",
    name: "Casa Bonita Imóveis",
    owner: { email: "owner@casabonita.test", name: "Rita Carvalho" },
    contracts: [{ tier: "basic", from: 400 }],
    storageGb: 8.4,
  },
  {
    slug: "atelie-lua",
    name: "Ateliê Lua",
    owner: { email: "owner@atelielua.test", name: "Luana Prado" },
    contracts: [{ tier: "basic", from: 350, until: 215 }],
    storageGb: 1.1,
  },
  {
    slug: "horta-viva",
    name: "Horta Viva",
    owner: { email: "owner@hortaviva.test", name: "Caio Ferraz" },
    contracts: [{ tier: "pro", yearly: true, from: 300 }],
    storageGb: 41.7,
  },
  {
    slug: "clinica-sorriso-norte",
    name: "Clínica Sorriso Norte",
    owner: { email: "owner@sorrisonorte.test", name: "Marta Quintela" },
    contracts: [
      { tier: "basic", from: 270, until: 120 },
      { tier: "pro", from: 120 },
    ],
    storageGb: 23.2,
  },
  {
    slug: "pedal-urbano",
    name: "Pedal Urbano",
    owner: { email: "owner@pedalurbano.test", name: "Igor Bastos" },
    contracts: [{ tier: "pro", from: 240, until: 60 }],
    storageGb: 3.6,
  },
  {
    slug: "sabor-da-serra",
    name: "Sabor da Serra",
    owner: { email: "owner@sabordaserra.test", name: "Dora Amaral" },
    contracts: [{ tier: "pro", yearly: true, from: 180 }],
    storageGb: 12.9,
  },
  {
    slug: "studio-movimento",
    name: "Studio Movimento",
    owner: { email: "owner@studiomovimento.test", name: "Vera Lopes" },
    contracts: [{ tier: "basic", from: 150, until: "this month" }],
    storageGb: 2.3,
  },
  {
    slug: "mercado-bom-preco",
    name: "Mercado Bom Preço",
    owner: { email: "owner@bompreco.test", name: "Otávio Serra" },
    contracts: [{ tier: "basic", yearly: true, from: 90 }],
    storageGb: 5.8,
  },
  {
    slug: "cafe-grao-dourado",
    name: "Café Grão Dourado",
    owner: { email: "owner@graodourado.test", name: "Sílvia Rangel" },
    contracts: [{ tier: "pro", from: "this month" }],
    storageGb: 0.4,
  },
];

const ticketSubjects = [
  "Update the prices on the menu page",
  "The contact form stopped sending",
  "Add a banner for the holiday hours",
  "Replace the photos of the team page",
  "The site is slow on mobile",
  "Change the WhatsApp number in the footer",
];

/**
 * How long the agency took to answer, as a share of the plan's response time: most within it,
 * one in three late, so SLA compliance reads like a real month.
 */
const answerShares = [0.2, 0.6, 1.4, 0.35, 0.8, 1.9];

/** The instant of a moment; "this month" is shortly after the 1st on the agency's clock. */
function momentOf(moment: Moment, now: Date) {
  if (moment !== "this month") return new Date(now.getTime() - moment * DAY);
  // São Paulo keeps UTC−3 all year: its month starts at 03:00 UTC on the 1st.
  const local = new Date(now.getTime() - 3 * HOUR);
  const monthStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1, 3);
  const soon = Math.max(monthStart + HOUR, now.getTime() - 3 * DAY);
  return new Date(Math.min(soon, now.getTime() - 60_000));
}

/**
 * The agency's past clients (see `pastClients`): each with its owner, who first came through the
 * free analyzer as a lead; its contracts; its stored files' size; and a few tickets a month while
 * it paid, answered within or past its plan's response time. Row ids derive from names, inserted
 * with `on conflict do nothing`, like the rest of the seed.
 */
export async function seedClientHistory(tx: DbOrTx, now: Date) {
  const catalogue = await tx
    .select({ id: plans.id, tier: plans.tier, slaHours: plans.responseSlaHours })
    .from(plans);
  const planOf = (t: Tier) => catalogue.find((p) => p.tier === t)!;
  const support = seedId("user:support@arco.test");

  for (const client of pastClients) {
    const id = (name: string) => seedId(`${client.slug}:${name}`);
    const orgId = seedId(`org:${client.slug}`);
    const ownerId = seedId(`user:${client.owner.email}`);
    const contracts = client.contracts.map((c) => ({
      ...c,
      start: momentOf(c.from, now),
      end: c.until === undefined ? null : momentOf(c.until, now),
    }));
    const joined = new Date(contracts[0]!.start.getTime() - 2 * DAY);
    const current = contracts.at(-1)!;

    await tx
      .insert(organizations)
      .values({
        id: orgId,
        name: client.name,
        slug: client.slug,
        planId: planOf(current.end ? "free" : current.tier).id,
        createdAt: joined,
      })
      .onConflictDoNothing();
    await tx
      .insert(users)
      .values({
        id: ownerId,
        email: client.owner.email,
        name: client.owner.name,
        emailVerified: joined,
        activeOrgId: orgId,
        createdAt: joined,
      })
      .onConflictDoNothing();
    await tx
      .insert(memberships)
      .values({ orgId, userId: ownerId, role: "owner", createdAt: joined })
      .onConflictDoNothing();
    await tx
      .insert(orgQuotas)
      .values({
        orgId,
        ticketPeriodStart: new Date(now.getTime() - 10 * DAY),
        ticketPeriodEnd: new Date(now.getTime() + 20 * DAY),
        storageUsedBytes: Math.round(client.storageGb * GB),
      })
      .onConflictDoNothing();
    await tx
      .insert(subscriptions)
      .values(
        contracts.map((c, i) => ({
          id: id(`subscription:${i}`),
          orgId,
          planId: planOf(c.tier).id,
          status: c.end ? ("canceled" as const) : ("active" as const),
          interval: c.yearly ? ("year" as const) : ("month" as const),
          currentPeriodStart: c.start,
          currentPeriodEnd: c.end ?? new Date(c.start.getTime() + 365 * DAY),
          canceledAt: c.end,
          manualReason: c.yearly ? "Annual contract, billed yearly" : "Contract billed monthly",
          createdAt: c.start,
        })),
      )
      .onConflictDoNothing();

    // The owner analyzed the site, left an email, and signed up two days later.
    const analyzedAt = new Date(joined.getTime() - 3 * HOUR);
    const site = `https://${client.slug}.example/`;
    await tx
      .insert(urlAnalyses)
      .values({
        id: id("analysis"),
        url: site,
        normalizedUrl: site,
        status: "done",
        score: 40 + ((client.name.length * 7) % 50),
        createdAt: analyzedAt,
        startedAt: analyzedAt,
        finishedAt: new Date(analyzedAt.getTime() + 9_000),
        durationMs: 9_000,
      })
      .onConflictDoNothing();
    await tx
      .insert(leads)
      .values({
        id: id("lead"),
        email: client.owner.email,
        name: client.owner.name,
        consent: true,
        consentAt: analyzedAt,
        source: "report-email",
        sourceAnalysisId: id("analysis"),
        convertedUserId: ownerId,
        convertedAt: joined,
        nurtureStatus: "cancelled",
        createdAt: analyzedAt,
      })
      .onConflictDoNothing();
    await tx
      .insert(auditLogs)
      .values({
        id: id("audit:capture"),
        action: "leads.capture",
        resourceType: "lead",
        resourceId: id("lead"),
        after: { source: "report-email", consent: true, analysisId: id("analysis") },
        createdAt: analyzedAt,
      })
      .onConflictDoNothing();

    // Two or three tickets a month while a contract ran, all settled by now.
    const tickets = contracts.flatMap((c) => {
      const sla = planOf(c.tier).slaHours!;
      const until = (c.end ?? now).getTime() - DAY;
      const opened: { at: Date; sla: number }[] = [];
      for (let at = c.start.getTime() + 4 * DAY; at < until; at += 12 * DAY) {
        opened.push({ at: new Date(at), sla });
      }
      return opened;
    });
    for (const [i, ticket] of tickets.entries()) {
      const due = new Date(ticket.at.getTime() + ticket.sla * HOUR);
      const answered = new Date(
        ticket.at.getTime() + answerShares[i % answerShares.length]! * ticket.sla * HOUR,
      );
      const settled = new Date(answered.getTime() + DAY);
      await tx
        .insert(supportTickets)
        .values({
          id: id(`ticket:${i}`),
          orgId,
          number: i + 1,
          subject: ticketSubjects[i % ticketSubjects.length]!,
          description: "Could the agency take care of this this week? Thank you!",
          status: "closed",
          createdById: ownerId,
          assignedToId: support,
          responseSlaHours: ticket.sla,
          firstResponseDueAt: due,
          firstResponseAt: answered,
          slaBreachedAt: answered > due ? answered : null,
          resolvedAt: settled,
          closedAt: settled,
          createdAt: ticket.at,
          updatedAt: settled,
        })
        .onConflictDoNothing();
      await tx
        .insert(ticketMessages)
        .values({
          id: id(`ticket:${i}:reply`),
          orgId,
          ticketId: id(`ticket:${i}`),
          authorId: support,
          body: "Done — it is live now. Tell us if anything looks off.",
          isStaffReply: true,
          createdAt: answered,
        })
        .onConflictDoNothing();
    }
  }

  // Visitors of the past year who analyzed a page and went no further, a few a month.
  await tx
    .insert(urlAnalyses)
    .values(
      Array.from({ length: 48 }, (_, i) => {
        const createdAt = new Date(now.getTime() - (5 + i * 7.5) * DAY);
        const site = `https://visitor-${i + 1}.example/`;
        return {
          id: seedId(`visitor-analysis:${i}`),
          url: site,
          normalizedUrl: site,
          status: "done" as const,
          score: 35 + ((i * 13) % 60),
          createdAt,
          startedAt: createdAt,
          finishedAt: new Date(createdAt.getTime() + 8_000),
          durationMs: 8_000,
        };
      }),
    )
    .onConflictDoNothing();
}

/** The past clients' names, for the seed's tests. */
export const pastClientSlugs = pastClients.map((c) => c.slug);

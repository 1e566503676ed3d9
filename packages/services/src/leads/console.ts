import { selectRows } from "@arco/db";
import { leads } from "@arco/db/schema";
import type { SQL } from "drizzle-orm";
import { and, desc, eq, ilike, isNotNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";

import type { StaffScope } from "../context";
import { csvStream } from "../csv";
import { recordAudit } from "../audit";
import { ServiceError } from "../errors";
import { containing } from "../like";
import { DEFAULT_ORG_TIME_ZONE } from "../orgs/settings";
import { cursorPart, decodeCursor, encodeCursor } from "../pagination";

/**
 * The agency's view of the free tier's leads. A lead's id never leaves the server (it is half of
 * the unsubscribe link, see `unsubscribe.ts`): rows are told apart by their address, which is
 * unique, and pages follow (captured at, email).
 */

/** The agency's clock: its days and weeks (Monday to Sunday) are São Paulo's. */
const LEADS_TIME_ZONE = DEFAULT_ORG_TIME_ZONE;

type NurtureStatus = (typeof leads.$inferSelect)["nurtureStatus"];

export interface LeadFilters {
  /** Part of the email address or the name. */
  search?: string;
  consent?: boolean;
  nurtureStatus?: NurtureStatus;
  /** The address signed up. */
  converted?: boolean;
  unsubscribed?: boolean;
  source?: string;
  /** Captured on or after this day (`YYYY-MM-DD`, on the agency's clock). */
  from?: string;
  /** Captured on or before this day. */
  to?: string;
}

const zone = sql`${LEADS_TIME_ZONE}::text`;
/** The first instant of a calendar day on the agency's clock. */
const startOfDay = (day: string) => sql`(${day}::date::timestamp at time zone ${zone})`;

const flag = (wanted: boolean | undefined, condition: SQL) =>
  wanted === undefined ? undefined : wanted ? condition : sql`not (${condition})`;

function matching(filters: LeadFilters): SQL | undefined {
  const search = filters.search?.trim();
  return and(
    search
      ? or(ilike(leads.email, containing(search)), ilike(leads.name, containing(search)))
      : undefined,
    flag(filters.consent, sql`${leads.consent}`),
    filters.nurtureStatus ? eq(leads.nurtureStatus, filters.nurtureStatus) : undefined,
    flag(filters.converted, isNotNull(leads.convertedAt)),
    flag(filters.unsubscribed, isNotNull(leads.unsubscribedAt)),
    filters.source ? eq(leads.source, filters.source) : undefined,
    filters.from ? sql`${leads.createdAt} >= ${startOfDay(filters.from)}` : undefined,
    filters.to ? sql`${leads.createdAt} < ${startOfDay(filters.to)} + interval '1 day'` : undefined,
  );
}

/*
 * The subqueries below name their own tables by alias and the lead as `leads`: in a select from
 * one table Drizzle leaves columns unqualified, which inside a subquery would mean its own.
 */

/**
 * An organization counts as paying while it is on a paid plan: the plan follows its live
 * subscription (or a contract the agency set by hand), so this is derived, never stored.
 */
const onPaidPlan = (orgId: SQL) =>
  sql`exists (select 1 from organizations po join plans pp on pp.id = po.plan_id
    where po.id = ${orgId} and pp.tier <> 'free')`;

/**
 * The converted person's organization: one on a paid plan if they have one, else the first they
 * joined (their own, from the sign-up).
 */
const convertedOrg = sql<{ id: string; name: string; pays: boolean } | null>`(
  select json_build_object('id', o.id, 'name', o.name, 'pays', ${onPaidPlan(sql`o.id`)})
  from memberships m join organizations o on o.id = m.org_id
  where m.user_id = leads.converted_user_id
  order by ${onPaidPlan(sql`o.id`)} desc, m.created_at
  limit 1
)`;

/** How many of a lead's analyses a row shows, newest first. */
const ANALYSES_PER_LEAD = 5;

/**
 * The analyses the lead left their address on: the first one (kept on the lead) and every later
 * one, which only the capture's audit entry records.
 */
const analysesOf = sql<{ url: string; score: number | null; createdAt: string }[]>`coalesce((
  select json_agg(json_build_object('url', a.url, 'score', a.score, 'createdAt', a.created_at)
    order by a.created_at desc)
  from (
    select ua.url, ua.score, ua.created_at
    from url_analyses ua
    where ua.id = leads.source_analysis_id
      or ua.id in (
        select (al.after ->> 'analysisId')::uuid from audit_logs al
        where al.resource_type = 'lead' and al.resource_id = leads.id::text
          and al.action = 'leads.capture'
      )
    order by ua.created_at desc
    limit ${ANALYSES_PER_LEAD}
  ) a
), '[]'::json)`;

const leadColumns = {
  email: leads.email,
  name: leads.name,
  source: leads.source,
  createdAt: leads.createdAt,
  consent: leads.consent,
  consentAt: leads.consentAt,
  nurtureStatus: leads.nurtureStatus,
  nurtureStep: leads.nurtureStep,
  nextNurtureAt: leads.nextNurtureAt,
  unsubscribedAt: leads.unsubscribedAt,
  convertedAt: leads.convertedAt,
  convertedUser: sql<{ id: string; name: string | null; email: string } | null>`(
    select json_build_object('id', u.id, 'name', u.name, 'email', u.email)
    from users u where u.id = leads.converted_user_id
  )`,
  convertedOrg,
  analyses: analysesOf,
};

const leadsCursor = z.tuple([cursorPart.time, cursorPart.text]);

/**
 * Leads matching `filters`, newest first, each with its analyses (address, score, date), its
 * consent, where its nurture sequence stands and, once its address signed up, the person and
 * their organization, and whether it pays.
 */
export async function listLeads(
  { db }: StaffScope,
  { cursor, limit, ...filters }: LeadFilters & { cursor?: string; limit: number },
) {
  const after = cursor ? decodeCursor(cursor, leadsCursor) : null;
  const rows = await db
    .select(leadColumns)
    .from(leads)
    .where(
      and(
        matching(filters),
        after
          ? or(
              lt(leads.createdAt, after[0]),
              and(eq(leads.createdAt, after[0]), lt(leads.email, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(leads.createdAt), desc(leads.email))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((row) => ({
    ...row,
    analyses: row.analyses.map((analysis) => ({
      ...analysis,
      createdAt: new Date(analysis.createdAt),
    })),
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.email]) : null,
  };
}

type LeadRow = Awaited<ReturnType<typeof listLeads>>["items"][number];

/** The funnel shows a year of weeks at most. */
const MAX_FUNNEL_WEEKS = 52;

export interface FunnelWeek {
  /** The week's Monday, `YYYY-MM-DD` on the agency's clock. */
  week: string;
  captured: number;
  consented: number;
  signedUp: number;
  paying: number;
}

/**
 * The leads captured each week of the last `weeks` (the current one included), and how many of
 * them consented to the emails, signed up and pay today: each week's cohort followed to now.
 * Weeks without leads are zeros. One statement of aggregates.
 */
export async function leadsFunnel(
  scope: StaffScope,
  { weeks }: { weeks: number },
): Promise<FunnelWeek[]> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_FUNNEL_WEEKS) {
    throw new ServiceError("BAD_REQUEST", "Show between 1 and 52 weeks.");
  }
  const thisWeek = sql`date_trunc('week', ${scope.now().toISOString()}::timestamptz at time zone ${zone})`;
  return selectRows<FunnelWeek & Record<string, unknown>>(
    scope.db,
    sql`with weeks as (
          select generate_series(${thisWeek} - make_interval(weeks => ${weeks - 1}::int),
            ${thisWeek}, interval '1 week') as start
        ),
        cohort as (
          select date_trunc('week', l.created_at at time zone ${zone}) as start, l.consent,
            l.converted_at is not null as signed_up,
            exists (select 1 from memberships m where m.user_id = l.converted_user_id
              and ${onPaidPlan(sql`m.org_id`)}) as paying
          from leads l
          where l.created_at >= ((select min(start) from weeks) at time zone ${zone})
        )
        select to_char(w.start, 'YYYY-MM-DD') as week,
          count(c.start)::int as captured,
          (count(*) filter (where c.consent))::int as consented,
          (count(*) filter (where c.signed_up))::int as "signedUp",
          (count(*) filter (where c.paying))::int as paying
        from weeks w left join cohort c on c.start = w.start
        group by w.start
        order by w.start`,
  );
}

/** Rows read per query while an export streams: one page in memory at a time. */
const EXPORT_PAGE_SIZE = 500;

const exportHeader = [
  "email",
  "name",
  "source",
  "captured_at",
  "consent",
  "consent_at",
  "nurture_status",
  "nurture_step",
  "unsubscribed_at",
  "converted_at",
  "converted_user_email",
  "organization",
  "pays",
  "analyses",
] as const;

const exportCells = (lead: LeadRow) => [
  lead.email,
  lead.name,
  lead.source,
  lead.createdAt,
  lead.consent,
  lead.consentAt,
  lead.nurtureStatus,
  lead.nurtureStep,
  lead.unsubscribedAt,
  lead.convertedAt,
  lead.convertedUser?.email,
  lead.convertedOrg?.name,
  lead.convertedOrg ? lead.convertedOrg.pays : null,
  lead.analyses.map((analysis) => `${analysis.url} (${analysis.score ?? "–"})`).join("; "),
];

async function* everyLead(scope: StaffScope, filters: LeadFilters) {
  let cursor: string | undefined;
  do {
    const page = await listLeads(scope, { ...filters, cursor, limit: EXPORT_PAGE_SIZE });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The filtered leads as CSV, newest first, read a page at a time while it streams. The export
 * is audited first, with its filters: who took a copy of the leads' addresses.
 */
export async function exportLeads(scope: StaffScope, filters: LeadFilters) {
  await recordAudit(scope.db, scope.actor, {
    orgId: null,
    action: "admin.leads.export",
    resourceType: "lead",
    after: { filters },
  });
  return csvStream(exportHeader, everyLead(scope, filters), exportCells);
}

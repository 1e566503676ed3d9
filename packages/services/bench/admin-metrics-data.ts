/**
 * The bench's world, generated in SQL (see admin-metrics.ts): 100,000 organizations with their
 * owners, quotas and billing history, a million tickets, the free tier's analyses and leads.
 */
import type { DbOrTx } from "@arco/db";
import { sql } from "drizzle-orm";

export const ORGS = 100_000;

/** Organizations, their owners and billing: one row per organization in `bench`, then the rest. */
export async function generateClients(db: DbOrTx, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.13)`);
    // n % 100 decides the tier: 0–69 free, 70–87 basic, 88–97 pro, 98–99 enterprise.
    await tx.execute(sql`
      create temporary table bench on commit drop as
      select n, gen_random_uuid() as org_id, gen_random_uuid() as user_id,
             (case when n % 100 < 70 then 'free' when n % 100 < 88 then 'basic'
                   when n % 100 < 98 then 'pro' else 'enterprise' end)::tier as tier,
             ${at} - random() * interval '1095 days' as created_at
      from generate_series(1, ${ORGS}) as n`);
    await tx.execute(sql`alter table bench add column subscribed_at timestamptz`);
    await tx.execute(
      sql`update bench set subscribed_at = created_at + random() * (${at} - created_at) * 0.5`,
    );
    await tx.execute(sql`
      insert into users (id, name, email, email_verified, created_at, updated_at)
      select user_id, 'Owner ' || n, 'owner-' || n || '@bench.test', created_at, created_at, created_at
      from bench`);
    await tx.execute(sql`
      insert into organizations (id, name, slug, plan_id, created_at, updated_at)
      select b.org_id, 'Bench client ' || b.n, 'bench-' || b.n, p.id, b.created_at, b.created_at
      from bench b join plans p on p.tier = b.tier`);
    await tx.execute(sql`
      insert into memberships (org_id, user_id, role, created_at, updated_at)
      select org_id, user_id, 'owner', created_at, created_at from bench`);
    await tx.execute(sql`
      insert into org_quotas (org_id, tickets_used, ticket_period_start, ticket_period_end, storage_used_bytes)
      select org_id, 0, ${at} - interval '10 days', ${at} + interval '20 days',
             (random() * case tier when 'free' then 1e9 when 'basic' then 2e10
                                   when 'pro' then 8e10 else 5e11 end)::bigint
      from bench`);
    // The live subscription of every paying organization: three in ten yearly, one in ten set
    // by hand (no Stripe), a few trialing or past due.
    await tx.execute(sql`
      insert into subscriptions (org_id, plan_id, status, interval, stripe_subscription_id,
        current_period_start, current_period_end, grace_ends_at, manual_reason, created_at, updated_at)
      select b.org_id, p.id,
             (case when b.n % 50 = 0 then 'trialing' when b.n % 50 = 1 then 'past_due'
                   else 'active' end)::subscription_status,
             (case when b.n % 10 < 3 then 'year' else 'month' end)::billing_interval,
             case when b.n % 10 = 9 then null else 'sub_bench_' || b.n end,
             ${at} - interval '10 days', ${at} + interval '20 days',
             case when b.n % 50 = 1 then ${at} + interval '3 days' end,
             case when b.n % 10 = 9 then 'Offline contract' end,
             b.subscribed_at, b.subscribed_at
      from bench b join plans p on p.tier = b.tier
      where b.tier <> 'free'`);
    // A fifth of Pro clients started on Basic; a tenth of the free ones paid once and left.
    await tx.execute(sql`
      insert into subscriptions (org_id, plan_id, status, interval, stripe_subscription_id,
        current_period_start, current_period_end, canceled_at, created_at, updated_at)
      select b.org_id, basic.id, 'canceled', 'month', 'sub_bench_past_' || b.n,
             b.created_at, b.subscribed_at + interval '1 day',
             b.subscribed_at, b.created_at, b.subscribed_at
      from bench b, plans basic
      where basic.tier = 'basic'
        and ((b.tier = 'pro' and b.n % 5 = 0) or (b.tier = 'free' and b.n % 10 = 0))`);
    // A million tickets over the last two years, numbered per organization.
    await tx.execute(sql`
      with opened as (
        select b.org_id, t.number, p.response_sla_hours as sla,
               greatest(b.created_at, ${at} - interval '730 days')
                 + random() * (${at} - greatest(b.created_at, ${at} - interval '730 days')) as created_at
        from bench b
        join plans p on p.tier = b.tier
        cross join generate_series(1, case b.tier when 'free' then 3 when 'basic' then 20
                                                  when 'pro' then 40 else 15 end) as t(number)
      ),
      answered as (
        select *,
               case when created_at > ${at} - interval '2 days' and random() < 0.5 then null
                    else created_at + coalesce(sla, 24) * random() * 1.3 * interval '1 hour'
               end as answered_at,
               case when created_at < ${at} - interval '14 days'
                    then created_at + interval '3 days' end as closed_at
        from opened
      )
      insert into support_tickets (org_id, number, subject, description, priority, status,
        response_sla_hours, first_response_due_at, first_response_at, sla_breached_at,
        resolved_at, closed_at, created_at, updated_at)
      select org_id, number, 'Ticket ' || number, 'Generated for the bench', 'medium',
             (case when closed_at is not null then 'closed' when answered_at is null then 'open'
                   else 'in_progress' end)::ticket_status,
             sla, created_at + sla * interval '1 hour', answered_at,
             case when answered_at > created_at + sla * interval '1 hour' then answered_at end,
             closed_at, closed_at, created_at, created_at
      from answered`);
    // The free tier: public analyses over two years, a third of them leaving an email, a quarter
    // of those signing up (as the owner of one of the organizations).
    await tx.execute(sql`
      with runs as (
        select n, ${at} - random() * interval '730 days' as created_at
        from generate_series(1, 600000) as n
      )
      insert into url_analyses (url, normalized_url, status, score, created_at, finished_at)
      select 'https://site-' || n || '.example/', 'site-' || n || '.example', 'done',
             (random() * 100)::int, created_at, created_at + interval '20 seconds'
      from runs`);
    await tx.execute(sql`
      insert into leads (email, consent, consent_at, source, source_analysis_id,
                         converted_user_id, converted_at, created_at, updated_at)
      select 'lead-' || l.n || '@bench.test', true, l.created_at, 'url_analyzer', l.id,
             b.user_id, case when b.user_id is not null then l.created_at + interval '2 days' end,
             l.created_at, l.created_at
      from (select id, created_at, r / 3 as n
            from (select id, created_at, row_number() over (order by created_at) as r
                  from url_analyses where org_id is null) a
            where r % 3 = 0) l
      left join bench b on l.n % 4 = 0 and b.n = l.n / 4`);
  });
  await db.execute(sql`vacuum analyze`);
}

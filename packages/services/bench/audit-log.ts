/**
 * How fast the agency's audit viewer pages through a million audited actions, filter by filter.
 * Runs on a scratch database (a clone of the migrated test template) on the Postgres server in
 * TEST_DATABASE_URL or DATABASE_URL, and drops it afterwards. It generates 1,000,000 entries
 * over 1,000 organizations and their people (a few large clients, a long tail of small ones),
 * 2% of them made by agency staff during 5,000 impersonation sessions, then ANALYZEs.
 *
 * For each filter it times the first page and a deep page (after 50 pages) of 50 entries,
 * through `listAuditLog` as the API calls it, and prints the median of several runs, the ratio
 * to the unfiltered first page measured in the same run, the indexes Postgres chose, and PASS
 * when both pages take under 50 ms.
 *
 *   pnpm bench:audit
 */
import { selectRows } from "@arco/db";
import { env } from "@arco/db/env";
import { createTestDb, createUser, planOf, prepareTemplate } from "@arco/db/testing";
import { sql } from "drizzle-orm";
import type { SQL, SQLWrapper } from "drizzle-orm";

import {
  auditLogQuery,
  listAuditLog,
  listImpersonationSessions,
  matchingEntries,
} from "../src/audit/read";
import type { AuditFilters } from "../src/audit/read";
import { staffScope } from "../src/testing";

const ENTRIES = 1_000_000;
const ORGS = 1_000;
const STAFF = 10;
const SESSIONS = 5_000;
const PAGE = 50;
const DEEP_AFTER_PAGES = 50;
const RUNS = 7;
const TARGET_MS = 50;
const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** The ids of the generated rows: the bench's filters name them without looking them up. */
const idOf = (kind: "org" | "user" | "staff" | "session", n: number | SQL) =>
  sql`md5(${`bench-${kind}-`}::text || (${n})::text)::uuid`;

/** What clients and staff do, with the kind of object each touches. */
const actions = [
  ["projects.create", "project"],
  ["projects.update", "project"],
  ["projects.archive", "project"],
  ["projects.milestones.create", "milestone"],
  ["projects.milestones.update", "milestone"],
  ["projects.deliveries.create", "delivery"],
  ["domains.create", "domain"],
  ["domains.update", "domain"],
  ["domains.records.create", "dns_record"],
  ["domains.records.update", "dns_record"],
  ["domains.records.delete", "dns_record"],
  ["tickets.create", "support_ticket"],
  ["tickets.reply", "support_ticket"],
  ["tickets.setStatus", "support_ticket"],
  ["tickets.assign", "support_ticket"],
  ["files.upload", "file"],
  ["files.delete", "file"],
  ["files.move", "file"],
  ["folders.create", "folder"],
  ["members.updateRole", "membership"],
  ["members.remove", "membership"],
  ["invitations.create", "invitation"],
  ["invitations.accept", "invitation"],
  ["orgs.updateSettings", "organization"],
  ["billing.checkout", "organization"],
  ["credits.debit", "credit_ledger"],
  ["accounts.changePassword", "user"],
  ["accounts.proveAddress", "user"],
  ["admin.clients.open", "organization"],
  ["admin.credits.adjust", "credit_ledger"],
  // Rare: one entry in a thousand.
  ["admin.people.disable", "user"],
] as const;

const template = await prepareTemplate(url);
const scratch = await createTestDb({ mode: "postgres", url, template });
let failed = false;
try {
  const { db } = scratch;
  const plan = await planOf(db, "pro");
  console.log(
    `Scratch database ${scratch.name}: generating ${ENTRIES.toLocaleString("en-US")} entries…`,
  );
  const generating = performance.now();
  await db.execute(sql`select setseed(0.13)`);
  await db.execute(sql`
    insert into organizations (id, name, slug, plan_id)
    select ${idOf("org", sql`n`)}, 'Bench org ' || n, 'bench-org-' || n, ${plan.id}
    from generate_series(1, ${ORGS}) n`);
  // Person n works for organization n; the staff act for all of them.
  await db.execute(sql`
    insert into users (id, name, email)
    select ${idOf("user", sql`n`)}, 'Bench person ' || n, 'person-' || n || '@bench.test'
    from generate_series(1, ${ORGS}) n`);
  await db.execute(sql`
    insert into users (id, name, email, staff_role)
    select ${idOf("staff", sql`n`)}, 'Bench staff ' || n, 'staff-' || n || '@bench.test', 'admin'
    from generate_series(1, ${STAFF}) n`);
  // Session n: staff (n mod 10) + 1 as person (n mod 1000) + 1, 20 minutes, every 3.5 hours back.
  await db.execute(sql`
    insert into impersonation_sessions
      (id, staff_user_id, target_user_id, org_id, reason, started_at, expires_at, ended_at, ended_reason)
    select ${idOf("session", sql`n`)}, ${idOf("staff", sql`n % ${STAFF} + 1`)},
      ${idOf("user", sql`n % ${ORGS} + 1`)}, ${idOf("org", sql`n % ${ORGS} + 1`)},
      'Reproducing what the client reported', s, s + interval '30 minutes',
      s + interval '20 minutes', 'stopped'
    from generate_series(1, ${SESSIONS}) n, lateral (select now() - n * interval '210 minutes') t(s)`);
  const actionList = sql.join(
    actions.map(([action, type], i) => sql`(${i}::int, ${action}::text, ${type}::text)`),
    sql`, `,
  );
  // Organization k = 1 + floor(1000 × u²): the first clients are the biggest (3% of the log for
  // the largest, a few hundred entries for the smallest). 2% of entries are an impersonation's.
  await db.execute(sql`
    insert into audit_logs
      (org_id, actor_user_id, effective_user_id, impersonation_id, action, resource_type,
       resource_id, before, after, ip, created_at)
    select ${idOf("org", sql`g.k`)},
      case when g.j is null then ${idOf("user", sql`g.k`)} else ${idOf("staff", sql`g.j % ${STAFF} + 1`)} end,
      ${idOf("user", sql`g.k`)},
      case when g.j is null then null else ${idOf("session", sql`g.j`)} end,
      a.action, a.resource_type, 'r-' || g.r,
      jsonb_build_object('status', 'draft', 'name', 'Item ' || g.r),
      jsonb_build_object('status', 'live', 'name', 'Item ' || g.r),
      '198.51.100.' || (g.r % 250),
      g.at
    from (
      select j, case when j is null then k else j % ${ORGS} + 1 end as k, a, r,
        case when j is null then now() - t * interval '730 days'
             else now() - j * interval '210 minutes' + t * interval '20 minutes' end as at
      from (
        select case when random() < 0.02 then 1 + floor(random() * ${SESSIONS})::int end as j,
          1 + floor(${ORGS} * power(random(), 2))::int as k,
          case when random() < 0.001 then ${actions.length - 1}
               else floor(random() * ${actions.length - 1})::int end as a,
          floor(random() * 50000)::int as r,
          random() as t
        from generate_series(1, ${ENTRIES})
      ) raw
    ) g
    join (values ${actionList}) a(i, action, resource_type) on a.i = g.a`);
  await db.execute(sql`analyze`);
  console.log(
    `Generated and analyzed in ${((performance.now() - generating) / 1000).toFixed(0)} s.`,
  );

  const staff = await createUser(db, { staffRole: "support" });
  const scope = staffScope(db, staff, { staffRole: "support" });
  const one = async <T extends Record<string, unknown>>(query: SQL) =>
    (await selectRows<T>(db, query))[0]!;
  const { biggest } = await one<{ biggest: string }>(sql`
    select org_id as biggest from audit_logs group by org_id order by count(*) desc limit 1`);
  const { person } = await one<{ person: string }>(sql`
    select effective_user_id as person from audit_logs where org_id = ${biggest} limit 1`);
  const { resourceId, session, staffId } = await one<{
    resourceId: string;
    session: string;
    staffId: string;
  }>(sql`
    select resource_id as "resourceId", (select id from impersonation_sessions limit 1) as session,
      ${idOf("staff", 1)} as "staffId"
    from audit_logs where org_id = ${biggest} and resource_type = 'support_ticket' limit 1`);
  const day = 86_400_000;
  const monthAgo = { from: new Date(Date.now() - 200 * day), to: new Date(Date.now() - 170 * day) };

  const filters: [string, AuditFilters][] = [
    ["(none: the baseline)", {}],
    ["organization (the largest)", { clientOrgId: biggest }],
    ["actor (a client)", { actorUserId: person }],
    ["actor (agency staff)", { actorUserId: staffId }],
    ["effective user", { effectiveUserId: person }],
    ["action, exact", { action: "tickets.reply" }],
    ["action, prefix", { action: "tickets." }],
    ["action, smaller prefix", { action: "admin." }],
    ["action, rare prefix", { action: "admin.people." }],
    ["resource type", { resourceType: "support_ticket" }],
    ["resource type and id", { resourceType: "support_ticket", resourceId }],
    ["date range (30 days)", monthAgo],
    ["impersonation", { impersonationId: session }],
    ["organization + action prefix", { clientOrgId: biggest, action: "tickets." }],
    ["organization + date range", { clientOrgId: biggest, ...monthAgo }],
    ["actor + effective user", { actorUserId: staffId, effectiveUserId: person }],
  ];

  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  async function timed(work: () => Promise<unknown>) {
    await work();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    return median(times);
  }
  /** The indexes Postgres's plan for `query` reads. */
  async function indexesOf(query: SQLWrapper) {
    const plan = await one<{ "QUERY PLAN": unknown[] }>(sql`explain (format json) ${query}`);
    const names = new Set<string>();
    const walk = (node: unknown) => {
      if (!node || typeof node !== "object") return;
      const { "Index Name": name, Plans: plans, Plan: child } = node as Record<string, unknown>;
      // The joins' primary keys aside: which of the log's own indexes serve the filter.
      if (typeof name === "string" && name.startsWith("audit_logs_")) {
        names.add(name.replace("audit_logs_", ""));
      }
      for (const next of [child, ...((plans as unknown[]) ?? [])]) walk(next);
    };
    walk(plan["QUERY PLAN"][0]);
    return names.size ? [...names].join(", ") : "none (sequential scan)";
  }
  const widths = [30, 9, 9, 8, 7, 6];
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i] ?? 0)))
      .join(" ");

  console.log(
    `\nPages of ${PAGE}, median of ${RUNS} runs; deep = the page after ${DEEP_AFTER_PAGES} pages.`,
  );
  console.log(
    `Target: both under ${TARGET_MS} ms. "× base": the slower of the two over the baseline.\n`,
  );
  console.log(
    line(["filter", "rows", "first ms", "deep ms", "× base", "result", "  indexes (deep page)"]),
  );
  let baseline = 0;
  for (const [label, filter] of filters) {
    const first = await timed(() => listAuditLog(scope, { ...filter, limit: PAGE }));
    baseline ||= first;
    let cursor: string | undefined;
    for (let p = 0; p < DEEP_AFTER_PAGES; p++) {
      const next = (await listAuditLog(scope, { ...filter, cursor, limit: PAGE })).nextCursor;
      if (!next) break;
      cursor = next;
    }
    const deep = await timed(() => listAuditLog(scope, { ...filter, cursor, limit: PAGE }));
    const where = await matchingEntries(db, filter);
    const { n } = await one<{ n: number }>(
      sql`select count(*)::int as n from (${auditLogQuery(db, where, { limit: ENTRIES })}) q`,
    );
    const pass = first < TARGET_MS && deep < TARGET_MS;
    failed ||= !pass;
    const indexes = await indexesOf(auditLogQuery(db, where, { cursor, limit: PAGE }));
    console.log(
      line([
        label,
        n.toLocaleString("en-US"),
        first.toFixed(1),
        deep.toFixed(1),
        (Math.max(first, deep) / baseline).toFixed(1),
        pass ? "PASS" : "FAIL",
        `  ${indexes}`,
      ]),
    );
  }

  const sessionsFirst = await timed(() => listImpersonationSessions(scope, { limit: PAGE }));
  const sessionsOfOrg = await timed(() =>
    listImpersonationSessions(scope, { clientOrgId: biggest, limit: PAGE }),
  );
  console.log(
    `\nImpersonation sessions (${SESSIONS.toLocaleString("en-US")}, with their action counts): first page ${sessionsFirst.toFixed(1)} ms, one organization's ${sessionsOfOrg.toFixed(1)} ms.`,
  );
  failed ||= sessionsFirst >= TARGET_MS || sessionsOfOrg >= TARGET_MS;
  console.log(
    failed ? "\nFAIL: some filter is over the target." : "\nPASS: every filter within the target.",
  );
  if (failed) process.exitCode = 1;
} finally {
  await scratch.close();
  console.log(`Dropped ${scratch.name}.`);
}

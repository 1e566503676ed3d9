/**
 * How long the monthly ticket-quota reset takes for 100,000 organizations that are all due.
 * Runs on a scratch database (a clone of the migrated test template) on the Postgres server in
 * TEST_DATABASE_URL or DATABASE_URL, and drops it afterwards. Target: under 5 seconds.
 *
 *   pnpm bench:ticket-reset
 */
import { env } from "@arco/db/env";
import { createTestDb, planOf, prepareTemplate } from "@arco/db/testing";
import { sql } from "drizzle-orm";

import { systemScope } from "../src/testing";
import { resetDueTicketQuotas } from "../src/tickets";

const ORGS = 100_000;
const TARGET_MS = 5_000;
const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const template = await prepareTemplate(url);
const scratch = await createTestDb({ mode: "postgres", url, template });
try {
  const { db } = scratch;
  const plan = await planOf(db, "basic");
  const now = new Date();
  console.log(
    `Scratch database ${scratch.name}: inserting ${ORGS.toLocaleString("en-US")} due organizations…`,
  );
  await db.execute(sql`
    insert into organizations (name, slug, plan_id)
    select 'Bench org ' || n, 'bench-org-' || n, ${plan.id}
    from generate_series(1, ${ORGS}) as n`);
  // Periods that ended between an hour and a year ago: some missed several months.
  await db.execute(sql`
    insert into org_quotas (org_id, tickets_used, ticket_period_start, ticket_period_end)
    select o.id, 1 + (random() * 29)::int, e - interval '1 month', e
    from (select id, ${now.toISOString()}::timestamptz - (interval '1 hour' + random() * interval '365 days') as e
          from organizations where slug like 'bench-org-%') o(id, e)`);
  await db.execute(sql`analyze org_quotas`);

  const started = performance.now();
  const reset = await resetDueTicketQuotas(systemScope(db, { now: () => now }));
  const ms = performance.now() - started;
  console.log(`Organizations reset: ${reset.toLocaleString("en-US")}`);
  console.log(`Time: ${ms.toFixed(0)} ms`);
  console.log(
    `Against the ${TARGET_MS / 1000} s target: ${(ms / TARGET_MS).toFixed(3)} (${ms <= TARGET_MS ? "within" : "OVER"} target)`,
  );

  const again = await resetDueTicketQuotas(systemScope(db, { now: () => now }));
  console.log(
    `Second run changed ${again} rows${again === 0 ? " (idempotent)" : " — expected 0!"}`,
  );
  if (reset < ORGS || again !== 0 || ms > TARGET_MS) process.exitCode = 1;
} finally {
  await scratch.close();
  console.log(`Dropped ${scratch.name}.`);
}

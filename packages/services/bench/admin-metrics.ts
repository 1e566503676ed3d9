/**
 * How long the admin home's business metrics take, all cards together, on 100,000 organizations
 * and 1,000,000 support tickets. Runs on a scratch database (a clone of the migrated test
 * template) on the Postgres server in TEST_DATABASE_URL or DATABASE_URL, and drops it afterwards.
 *
 * The data is generated in SQL: 100,000 organizations created over three years (70% free, 18%
 * basic, 10% pro, 2% enterprise), each with its owner and quota counters; a subscription for
 * every paying one (monthly, yearly or set by hand), the Basic contract a fifth of Pro clients
 * left for Pro, and a cancelled one for a tenth of the free organizations; a million tickets over
 * two years (3 per free organization, 20 per basic, 40 per pro, 15 per enterprise) answered
 * mostly within their plan's response time; 600,000 public analyses, 200,000 leads, a quarter of
 * them signed up. Then VACUUM ANALYZE, as autovacuum would leave the tables, and the monthly
 * ticket roll-up as its hourly job builds it (`rollUpTicketMonths`: every month on the first run,
 * then the current and previous ones, both timed).
 *
 * For each period (3, 6 and 12 months) each card is timed alone, then `businessMetrics` — all
 * cards together, as the page asks for them — in turn with the baseline, `select count(*) from
 * support_tickets`: twice to warm up, then several repetitions, median and p95. Target: a median
 * under 300 ms for every period the page offers.
 *
 *   pnpm bench:admin-metrics
 */
import { availableParallelism, loadavg } from "node:os";

import { createDb, selectRows } from "@arco/db";
import type { Database } from "@arco/db";
import { env } from "@arco/db/env";
import { createTestDb, prepareTemplate, withDatabase } from "@arco/db/testing";
import { sql } from "drizzle-orm";

import type { StaffScope } from "../src/context";
import * as metrics from "../src/metrics";
import { staffScope, systemScope } from "../src/testing";
import { ORGS, generateClients } from "./admin-metrics-data";

const WARM_UP = 2;
const REPETITIONS = 15;
const TARGET_MS = 300;
const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Median and p95 of each run, after warming up; the runs take turns, so both see the same load. */
async function timeRuns<K extends string>(runs: Record<K, () => Promise<unknown>>) {
  const entries = Object.entries(runs) as [K, () => Promise<unknown>][];
  for (let i = 0; i < WARM_UP; i++) for (const [, run] of entries) await run();
  const times = new Map<K, number[]>(entries.map(([name]) => [name, []]));
  for (let i = 0; i < REPETITIONS; i++) {
    for (const [name, run] of entries) {
      const started = performance.now();
      await run();
      times.get(name)!.push(performance.now() - started);
    }
  }
  const stats = (list: number[]) => {
    const sorted = list.toSorted((a, b) => a - b);
    const pick = (q: number) => sorted[Math.ceil(q * sorted.length) - 1]!;
    return { median: pick(0.5), p95: pick(0.95) };
  };
  return Object.fromEntries(entries.map(([name]) => [name, stats(times.get(name)!)])) as Record<
    K,
    { median: number; p95: number }
  >;
}

/** Each period's cards alone, then the page (all cards together) in turn with the baseline. */
async function timePeriods(db: Database, scope: StaffScope) {
  const medians = new Map<number, number>();
  for (const months of metrics.METRICS_PERIODS) {
    const period = { months };
    const alone = await timeRuns({
      revenueByMonth: () => metrics.revenueByMonth(scope, period),
      clientsByTier: () => metrics.clientsByTier(scope),
      ticketVolume: () => metrics.ticketVolume(scope, period),
      slaByResponseTime: () => metrics.slaByResponseTime(scope, period),
      storageByTier: () => metrics.storageByTier(scope),
      freeTierFunnel: () => metrics.freeTierFunnel(scope, period),
    });
    const { page, baseline } = await timeRuns({
      page: () => metrics.businessMetrics(scope, period),
      baseline: () => db.execute(sql`select count(*) from support_tickets`),
    });
    medians.set(months, page.median);
    console.log(
      `Last ${months} months: all cards median ${page.median.toFixed(1)} ms, ` +
        `p95 ${page.p95.toFixed(1)} ms; baseline median ${baseline.median.toFixed(1)} ms ` +
        `(the cards take ${(page.median / baseline.median).toFixed(1)}× it) — ` +
        `${page.median < TARGET_MS ? "PASS" : "FAIL"}`,
    );
    console.log(
      `  each card alone, median ms: ${Object.entries(alone)
        .map(([name, { median }]) => `${name} ${median.toFixed(1)}`)
        .join(", ")}`,
    );
  }
  return medians;
}

const template = await prepareTemplate(url);
const scratch = await createTestDb({ mode: "postgres", url, template });
// The app's pool size: the cards run side by side, each on a connection of its own.
const pool = await createDb({ url: withDatabase(url, scratch.name), max: 10 });
try {
  const { db } = pool;
  const now = new Date();
  console.log(
    `Scratch database ${scratch.name}: generating ${ORGS.toLocaleString("en-US")} organizations ` +
      `and 1,000,000 tickets…`,
  );
  const loading = performance.now();
  await generateClients(db, now);
  const [counts] = await selectRows<Record<string, string>>(
    db,
    sql`
    select (select count(*) from organizations) as organizations,
           (select count(*) from support_tickets) as tickets,
           (select count(*) from subscriptions) as subscriptions,
           (select count(*) from url_analyses) as analyses,
           (select count(*) from leads) as leads`,
  );
  console.log(
    `Loaded in ${((performance.now() - loading) / 1000).toFixed(1)} s: ` +
      Object.entries(counts!)
        .map(([table, n]) => `${Number(n).toLocaleString("en-US")} ${table}`)
        .join(", "),
  );
  const system = systemScope(db, { now: () => now });
  for (const run of ["first", "hourly"]) {
    const started = performance.now();
    const { months, rows } = await metrics.rollUpTicketMonths(system);
    console.log(
      `Ticket roll-up, ${run} run: ${months} months, ${rows} rows written in ` +
        `${(performance.now() - started).toFixed(0)} ms`,
    );
  }
  await db.execute(sql`vacuum analyze ticket_months`);

  const scope = staffScope(db, null, { now: () => now });
  const sample = await metrics.businessMetrics(scope, { months: 12 });
  console.log(
    `Last 12 months: MRR R$ ${(sample.summary.mrrCents / 100).toLocaleString("en-US")}, ` +
      `${sample.summary.activeClients.toLocaleString("en-US")} paying clients, ` +
      `${sample.tickets.reduce((sum, m) => sum + m.opened, 0).toLocaleString("en-US")} tickets, ` +
      `funnel ${Object.values(sample.funnel)
        .map((n) => n.toLocaleString("en-US"))
        .join(" → ")}`,
  );

  const [load] = loadavg();
  console.log(
    `Timing ${REPETITIONS} runs after ${WARM_UP} to warm up, load average ${load!.toFixed(1)} on ` +
      `${availableParallelism()} cores; the baseline is "select count(*) from support_tickets", ` +
      `run in turn with the page.`,
  );
  const medians = await timePeriods(db, scope);
  const failing = [...medians].filter(([, median]) => median >= TARGET_MS);
  console.log(
    failing.length === 0
      ? `Every period under ${TARGET_MS} ms — PASS`
      : `Over ${TARGET_MS} ms: ${failing.map(([months]) => `${months} months`).join(", ")} — FAIL`,
  );
  if (failing.length > 0) process.exitCode = 1;
} finally {
  await pool.close();
  await scratch.close();
  console.log(`Dropped ${scratch.name}.`);
}

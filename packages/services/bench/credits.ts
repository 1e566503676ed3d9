/**
 * How many credit debits per second one organization's balance takes at 50-way concurrency, and
 * whether any was lost or applied twice. Runs on a scratch database (a clone of the migrated
 * test template) on the Postgres server in TEST_DATABASE_URL or DATABASE_URL, through a pool of
 * 50 connections, and drops it afterwards. Each repetition starts a fresh organization with
 * 3,000 credits and sends 4,000 one-credit debits, one in ten repeating an earlier request's
 * idempotency key: exactly 3,000 must apply, each key at most once, and the ledger must add up
 * to the balance. Target: 250 debits per second or more.
 *
 *   pnpm bench:credits
 */
import { createDb } from "@arco/db";
import { env } from "@arco/db/env";
import { creditAccounts, creditLedger } from "@arco/db/schema";
import { createOrg, createTestDb, prepareTemplate, withDatabase } from "@arco/db/testing";
import { eq, sql } from "drizzle-orm";

import { inOrg } from "../src/context";
import { addCredits, debitCredits } from "../src/credits";
import { systemScope } from "../src/testing";

const CONCURRENCY = 50;
const CALLS = 4_000;
const BALANCE = 3_000;
/** Every tenth call repeats the key of the call before it. */
const REPLAY_EVERY = 10;
const REPETITIONS = 3;
const TARGET_PER_SECOND = 250;
const url = env.TEST_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const template = await prepareTemplate(url);
const scratch = await createTestDb({ mode: "postgres", url, template });
const pool = await createDb({ url: withDatabase(url, scratch.name), max: CONCURRENCY });
let failed = false;
try {
  const { db } = pool;
  console.log(
    `Scratch database ${scratch.name}: ${REPETITIONS} × ${CALLS.toLocaleString("en-US")} debits of 1 credit ` +
      `against ${BALANCE.toLocaleString("en-US")} credits, ${CONCURRENCY} at a time.`,
  );
  const rates: number[] = [];
  for (let rep = 1; rep <= REPETITIONS; rep++) {
    const org = await createOrg(db, { tier: "basic" });
    await addCredits(inOrg(systemScope(db), org.id), {
      type: "grant",
      amount: BALANCE,
      idempotencyKey: "bench",
    });
    const scope = inOrg(systemScope(db), org.id);
    const keyOf = (i: number) => `bench-${i % REPLAY_EVERY === REPLAY_EVERY - 1 ? i - 1 : i}`;

    let next = 0;
    let applied = 0;
    let replayed = 0;
    let refused = 0;
    let errors = 0;
    const returned = new Set<string>();
    const worker = async () => {
      while (next < CALLS) {
        const i = next++;
        try {
          const { entry, replayed: again } = await debitCredits(scope, {
            operation: "report.pdf",
            units: 1,
            idempotencyKey: keyOf(i),
          });
          if (again) replayed++;
          else applied++;
          returned.add(`${entry!.idempotencyKey}:${entry!.id}`);
        } catch (error) {
          if ((error as { code?: string }).code === "INSUFFICIENT_CREDITS") refused++;
          else {
            errors++;
            if (errors === 1) console.error(error);
          }
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const ms = performance.now() - started;

    const rows = await db
      .select({
        key: creditLedger.idempotencyKey,
        id: creditLedger.id,
        amount: creditLedger.amount,
      })
      .from(creditLedger)
      .where(eq(creditLedger.orgId, org.id));
    const usage = rows.filter((r) => r.key.startsWith("bench-"));
    const [account] = await db
      .select()
      .from(creditAccounts)
      .where(eq(creditAccounts.orgId, org.id));
    const [{ sum }] = (await db
      .select({ sum: sql<number>`coalesce(sum(${creditLedger.amount}), 0)::float8` })
      .from(creditLedger)
      .where(eq(creditLedger.orgId, org.id))) as [{ sum: number }];

    // Every distinct key that found credits left must be charged once: min(balance, keys).
    const expected = Math.min(
      BALANCE,
      new Set(Array.from({ length: CALLS }, (_, i) => keyOf(i))).size,
    );
    const stored = new Set(usage.map((r) => `${r.key}:${r.id}`));
    // Lost: answered as charged but missing from the ledger, or refused while credits were left.
    const lost =
      [...returned].filter((k) => !stored.has(k)).length + Math.max(0, expected - usage.length);
    // Doubled: a key charged twice, or more charges than there were credits.
    const doubled =
      usage.length - new Set(usage.map((r) => r.key)).size + Math.max(0, usage.length - expected);
    const agrees =
      account?.balance === BALANCE - usage.length &&
      sum === account.balance &&
      applied === usage.length;
    const perSecond = (CALLS / ms) * 1000;
    rates.push(perSecond);
    console.log(
      `Run ${rep}: ${ms.toFixed(0)} ms, ${perSecond.toFixed(0)} debits/s ` +
        `(${((usage.length / ms) * 1000).toFixed(0)} applied/s); applied ${applied}, replayed ${replayed}, ` +
        `refused ${refused}, errors ${errors}; balance ${account?.balance}, ledger sum ${sum}; ` +
        `lost ${lost}, doubled ${doubled}${agrees ? "" : ", BALANCE AND LEDGER DISAGREE"}: ` +
        `${lost === 0 && doubled === 0 && errors === 0 && agrees ? "PASS" : "FAIL"}`,
    );
    if (lost !== 0 || doubled !== 0 || errors !== 0 || !agrees) failed = true;
  }
  const median = rates.toSorted((a, b) => a - b)[Math.floor(rates.length / 2)]!;
  console.log(`Median: ${median.toFixed(0)} debits/s`);
  console.log(
    `Against the ${TARGET_PER_SECOND} debits/s target: ${(median / TARGET_PER_SECOND).toFixed(2)} ` +
      `(${median >= TARGET_PER_SECOND ? "within" : "UNDER"} target)`,
  );
  console.log(`Lost or doubled debits: ${failed ? "FAIL" : "PASS (0)"}`);
  if (failed || median < TARGET_PER_SECOND) process.exitCode = 1;
} finally {
  await pool.close();
  await scratch.close();
  console.log(`Dropped ${scratch.name}.`);
}

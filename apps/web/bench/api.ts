/**
 * `pnpm bench:api`: is a signed-in, org-scoped API call as cheap as the bare T3 scaffold's
 * public one, and how many of them is a dashboard render worth?
 *
 * Builds and starts, in the same run, the baseline (bench/baseline: create-t3-app's shape, one
 * public tRPC procedure returning 20 indexed rows, served by `next start`) and Arco's production
 * build (as `pnpm start` runs it) on Postgres. Loads each target alternately with wrk (10
 * connections, a warm-up run discarded, 3 repetitions): the baseline's `post.list`, Arco's
 * signed-in `projects.list` (20 rows), public `system.health` and `/dashboard`, and
 * `projects.list` while 20 clients sign in without pause; then `projects.list` and `/dashboard`
 * on two Arco processes sharing the port (REUSE_PORT=1). Prints req/s, p50/p99, the server's
 * CPU per request (and Postgres's) and SQL statements per request (counted by a relay in front
 * of Postgres, on instances of their own: a relay would add its cost to the timed runs), then
 * the targets with PASS/FAIL.
 *
 * The per-IP limit runs on every request, with a limit of the bench's own (RATE_LIMIT_RULES)
 * rather than spoofed addresses; every answer must be a 2xx. Traffic stays on 127.0.0.1.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";

import { projects, users } from "@arco/db/schema";
import { accounts } from "@arco/services";
import postgres from "postgres";
import superjson from "superjson";
import type { SuperJSONResult } from "superjson";

import { prepareDatabase, signInOverHttp, startArco } from "../e2e/arco-server";
import type { RunningArco } from "../e2e/arco-server";
import { e2eEnv } from "../e2e/env";
import {
  BASELINE_PROCEDURE,
  buildBaseline,
  createBaselineDatabase,
  startBaseline,
} from "./baseline-app";
import { cpuMs, processTree } from "./cpu";
import { ms } from "./measure";
import { startStatementCounter } from "./statement-counter";
import { requireWrk, wrk } from "./wrk";
import type { LoadResult } from "./wrk";

const SECONDS = 8;
const WARM_UP_SECONDS = 3;
const REPETITIONS = 3;
const SIGN_IN_CLIENTS = 20;
const COUNTED_REQUESTS = 100;
const OWNER = { email: "owner@vela.test", password: "arco-demo-2026" };
const PASSWORD = "bench password, long enough";
const PROJECTS_LIST = `/api/trpc/projects.list?input=${encodeURIComponent(
  JSON.stringify({ json: { limit: 20 } }),
)}`;
const RATE_LIMIT_RULES = JSON.stringify({
  "public.ip": { limit: 100_000_000 },
  "auth.signIn.ip": { limit: 1_000_000 },
  "auth.signIn.account": { limit: 1_000_000 },
});

interface Target {
  name: string;
  url: () => string;
  headers?: () => Record<string, string>;
  /** The server processes whose CPU this target costs, and the database it reads. */
  pids: () => number[];
  database: string;
}

interface Measured {
  runs: LoadResult[];
  cpuMs: number;
  postgresCpuMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function postgresBackends(sql: postgres.Sql, database: string) {
  const rows = await sql<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;
  return rows.map((row) => row.pid);
}

/** One timed run of `target`, with the CPU its server and its Postgres backends spent. */
async function measureOnce(
  sql: postgres.Sql,
  target: Target,
  seconds: number,
  alongside: (until: number) => Promise<unknown> = async () => {},
) {
  const pids = target.pids().flatMap(processTree);
  const backends = await postgresBackends(sql, target.database);
  const [serverBefore, postgresBefore] = [cpuMs(pids), cpuMs(backends)];
  const [run] = await Promise.all([
    wrk(target.url(), { seconds, headers: target.headers?.() }),
    alongside(Date.now() + seconds * 1000),
  ]);
  const backendsAfter = await postgresBackends(sql, target.database);
  // Backends opened during the run count from zero.
  const opened = backendsAfter.filter((pid) => !backends.includes(pid));
  if (run.refused > 0) {
    throw new Error(`${target.name}: ${run.refused} answers were not 2xx/3xx (or failed).`);
  }
  return {
    run,
    cpuMs: cpuMs(pids) - serverBefore,
    postgresCpuMs: cpuMs(backends) - postgresBefore + cpuMs(opened),
  };
}

function record(
  into: Map<string, Measured>,
  name: string,
  once: Awaited<ReturnType<typeof measureOnce>>,
) {
  const { run } = once;
  console.log(
    `  ${name}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(run.p50)}, p99 ${ms(run.p99)}`,
  );
  const measured = into.get(name) ?? { runs: [], cpuMs: 0, postgresCpuMs: 0 };
  measured.runs.push(once.run);
  measured.cpuMs += once.cpuMs;
  measured.postgresCpuMs += once.postgresCpuMs;
  into.set(name, measured);
}

const summary = (measured: Measured) => {
  const requests = measured.runs.reduce((sum, run) => sum + run.requests, 0);
  return {
    rps: median(measured.runs.map((run) => run.requestsPerSecond)),
    p50: median(measured.runs.map((run) => run.p50)),
    p99: median(measured.runs.map((run) => run.p99)),
    cpu: measured.cpuMs / requests,
    postgresCpu: measured.postgresCpuMs / requests,
  };
};

/** Milliseconds superjson takes to serialize `data`, on this process, warmed up. */
function superjsonMs(data: unknown) {
  for (let i = 0; i < 500; i++) superjson.serialize(data);
  const runs = 5_000;
  const started = performance.now();
  for (let i = 0; i < runs; i++) superjson.serialize(data);
  return (performance.now() - started) / runs;
}

const signIns = { done: 0, refused: 0 };

/**
 * Clients signing in without pause until `until`, each with an account of its own. A sign-in
 * refused under the load (the limiter's store not answering within its second fails closed)
 * is counted, not fatal: how many is one of the figures.
 */
const signInStorm = (baseUrl: string, emails: string[]) => async (until: number) =>
  Promise.all(
    emails.map(async (email) => {
      while (Date.now() < until) {
        await signInOverHttp(baseUrl, email, PASSWORD).then(
          () => signIns.done++,
          () => signIns.refused++,
        );
      }
    }),
  );

/** Statements per request: `COUNTED_REQUESTS` one after another, less the idle rate. */
async function countStatements(
  counter: { statements: () => number },
  url: string,
  headers: Record<string, string> = {},
) {
  const get = async () => {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  };
  await get();
  const idleFrom = counter.statements();
  const idleStart = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idlePerMs = (counter.statements() - idleFrom) / (performance.now() - idleStart);
  const from = counter.statements();
  const start = performance.now();
  for (let i = 0; i < COUNTED_REQUESTS; i++) await get();
  const background = idlePerMs * (performance.now() - start);
  return Math.max(0, counter.statements() - from - background) / COUNTED_REQUESTS;
}

async function main() {
  await requireWrk();
  const adminUrl = e2eEnv.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error("pnpm bench:api needs TEST_DATABASE_URL: a Postgres server for both apps.");
  }
  const logDir = import.meta.dirname;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const signInEmails = Array.from({ length: SIGN_IN_CLIENTS }, (_, i) => `bench-${i}@arco.test`);
  const passwordHash = await accounts.hashPassword(PASSWORD);

  const baselineDb = await createBaselineDatabase(adminUrl);
  const database = await prepareDatabase(async (db) => {
    await db.insert(users).values(
      signInEmails.map((email) => ({
        email,
        name: email,
        passwordHash,
        emailVerified: new Date(),
      })),
    );
    // The owner's organization gets enough projects for a full page of 20.
    const owner = await db.query.users.findFirst({
      where: (user, { eq }) => eq(user.email, OWNER.email),
    });
    await db.insert(projects).values(
      Array.from({ length: 20 }, (_, i) => ({
        orgId: owner!.activeOrgId!,
        name: `Bench project ${i + 1}`,
        status: "development" as const,
      })),
    );
  });
  const arcoDatabase = new URL(database.env.DATABASE_URL!).pathname.slice(1);
  // A Redis database of the bench's own (9): counters other runs left under the default limits
  // in database 0 never bind here, and the bench's never reach them.
  const redisUrl = Object.assign(new URL(e2eEnv.REDIS_URL), { pathname: "/9" }).toString();
  const arcoEnv = {
    RATE_LIMIT_RULES,
    // One secret for every process, as in any deployment of several: each reads the others' cookies.
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    REUSE_PORT: "1",
    REDIS_URL: redisUrl,
  };

  buildBaseline(baselineDb.url);
  const baseline = await startBaseline({
    databaseUrl: baselineDb.url,
    logFile: path.join(logDir, ".bench-baseline.log"),
  });
  let arco: RunningArco | undefined;
  let second: RunningArco | undefined;
  try {
    arco = await startArco({
      database,
      env: arcoEnv,
      logFile: path.join(logDir, ".bench-server.log"),
    });
    const running = arco;
    const cookie = await signInOverHttp(running.baseUrl, OWNER.email, OWNER.password);
    const signedIn = () => ({ cookie });
    const answer = (await (
      await fetch(`${running.baseUrl}${PROJECTS_LIST}`, { headers: signedIn() })
    ).json()) as { result: { data: SuperJSONResult } };
    const page = superjson.deserialize<{ items: unknown[] }>(answer.result.data);
    if (page.items.length !== 20) throw new Error("projects.list: not 20 rows");

    const arcoPids = () => [running.pid];
    const targets: Target[] = [
      {
        name: "baseline post.list",
        url: () => `${baseline.baseUrl}${BASELINE_PROCEDURE}`,
        pids: () => [baseline.pid],
        database: baselineDb.name,
      },
      {
        name: "projects.list",
        url: () => `${running.baseUrl}${PROJECTS_LIST}`,
        headers: signedIn,
        pids: arcoPids,
        database: arcoDatabase,
      },
      {
        name: "system.health",
        url: () => `${running.baseUrl}/api/trpc/system.health`,
        pids: arcoPids,
        database: arcoDatabase,
      },
      {
        name: "/dashboard",
        url: () => `${running.baseUrl}/dashboard`,
        headers: signedIn,
        pids: arcoPids,
        database: arcoDatabase,
      },
    ];
    const [, projectsList, , dashboard] = targets as [Target, Target, Target, Target];
    const storm = signInStorm(running.baseUrl, signInEmails);

    console.log(`\n[bench] warm-up (${WARM_UP_SECONDS} s each, discarded) …`);
    for (const target of targets) await measureOnce(admin, target, WARM_UP_SECONDS);
    await measureOnce(admin, projectsList, WARM_UP_SECONDS, storm);

    const results = new Map<string, Measured>();
    Object.assign(signIns, { done: 0, refused: 0 });
    const withSignIns = `projects.list, ${SIGN_IN_CLIENTS} signing in`;
    for (let rep = 1; rep <= REPETITIONS; rep++) {
      console.log(`[bench] repetition ${rep}/${REPETITIONS} …`);
      for (const target of targets) {
        record(results, target.name, await measureOnce(admin, target, SECONDS));
      }
      record(results, withSignIns, await measureOnce(admin, projectsList, SECONDS, storm));
    }

    console.log("[bench] a second Arco process on the same port …");
    second = await startArco({
      database,
      env: arcoEnv,
      logFile: path.join(logDir, ".bench-server-2.log"),
      build: false,
      port: running.port,
    });
    const both = second;
    const twoProcesses = (target: Target): Target => ({
      ...target,
      name: `${target.name}, 2 processes`,
      pids: () => [running.pid, both.pid],
    });
    for (const target of [projectsList, dashboard]) {
      await measureOnce(admin, twoProcesses(target), WARM_UP_SECONDS);
    }
    for (let rep = 1; rep <= REPETITIONS; rep++) {
      for (const target of [projectsList, dashboard].map(twoProcesses)) {
        record(results, target.name, await measureOnce(admin, target, SECONDS));
      }
    }
    await second.stop();
    second = undefined;
    await arco.stop();
    arco = undefined;
    await baseline.stop();

    console.log("[bench] counting statements through a relay …");
    const statements = new Map<string, number>();
    const counter = await startStatementCounter({
      host: new URL(adminUrl).hostname,
      port: Number(new URL(adminUrl).port || 5432),
    });
    const viaCounter = (url: string) => {
      const relayed = new URL(url);
      relayed.host = `127.0.0.1:${counter.port}`;
      return relayed.toString();
    };
    const countedBaseline = await startBaseline({
      databaseUrl: viaCounter(baselineDb.url),
      logFile: path.join(logDir, ".bench-baseline-counted.log"),
    });
    statements.set(
      "baseline post.list",
      await countStatements(counter, `${countedBaseline.baseUrl}${BASELINE_PROCEDURE}`),
    );
    await countedBaseline.stop();
    const counted = await startArco({
      database: { ...database, env: { DATABASE_URL: viaCounter(database.env.DATABASE_URL!) } },
      env: arcoEnv,
      logFile: path.join(logDir, ".bench-server-counted.log"),
      build: false,
    });
    const countedCookie = {
      cookie: await signInOverHttp(counted.baseUrl, OWNER.email, OWNER.password),
    };
    statements.set(
      "projects.list",
      await countStatements(counter, `${counted.baseUrl}${PROJECTS_LIST}`, countedCookie),
    );
    statements.set(
      "system.health",
      await countStatements(counter, `${counted.baseUrl}/api/trpc/system.health`),
    );
    statements.set(
      "/dashboard",
      await countStatements(counter, `${counted.baseUrl}/dashboard`, countedCookie),
    );
    await counted.stop();
    await counter.close();

    report(results, statements, withSignIns);
    console.log(
      `  sign-ins during the timed runs: ${signIns.done} done, ${signIns.refused} refused (${(signIns.done / (REPETITIONS * SECONDS) || 0).toFixed(1)}/s)`,
    );
    const serializing = superjsonMs(page);
    const listCpu = summary(results.get("projects.list")!).cpu;
    console.log(
      `  superjson: ${serializing.toFixed(3)} ms to serialize one projects.list answer (${((serializing / listCpu) * 100).toFixed(1)}% of its CPU per request)`,
    );
  } finally {
    await second?.stop();
    await arco?.stop();
    await baseline.stop();
    await database.dispose();
    await baselineDb.drop();
    await admin.end();
  }
}

function report(
  results: Map<string, Measured>,
  statements: Map<string, number>,
  withSignIns: string,
) {
  const row = (name: string) => summary(results.get(name)!);
  const base = row("baseline post.list");
  console.log(
    `\nbench:api — wrk, 10 connections, ${SECONDS} s × ${REPETITIONS} repetitions (medians); rate limits in Redis`,
  );
  console.log(
    "  target                                  req/s   p50        p99        CPU/req   PG CPU/req  SQL/req",
  );
  for (const name of results.keys()) {
    const r = row(name);
    const sql = statements.get(name);
    console.log(
      `  ${name.padEnd(38)} ${r.rps.toFixed(0).padStart(6)}   ${ms(r.p50).padEnd(10)} ${ms(r.p99).padEnd(10)} ${r.cpu.toFixed(2).padStart(5)} ms  ${r.postgresCpu.toFixed(2).padStart(6)} ms  ${sql === undefined ? "" : sql.toFixed(1).padStart(6)}`,
    );
  }
  const list = row("projects.list");
  const checks = [
    [
      "projects.list req/s",
      list.rps / base.rps,
      "≥ 0.8× the baseline's",
      list.rps / base.rps >= 0.8,
    ],
    ["projects.list p99", list.p99 / base.p99, "≤ 1.5× the baseline's", list.p99 / base.p99 <= 1.5],
    [
      "/dashboard req/s",
      row("/dashboard").rps / base.rps,
      "≥ 0.25× the baseline's",
      row("/dashboard").rps / base.rps >= 0.25,
    ],
    [
      "projects.list p99, signing in",
      row(withSignIns).p99 / list.p99,
      "≤ 2× its p99 alone",
      row(withSignIns).p99 / list.p99 <= 2,
    ],
  ] as const;
  console.log(
    `  system.health req/s: ${(row("system.health").rps / base.rps).toFixed(2)}× the baseline's; 2 processes: projects.list ${(row("projects.list, 2 processes").rps / list.rps).toFixed(2)}×, /dashboard ${(row("/dashboard, 2 processes").rps / row("/dashboard").rps).toFixed(2)}× one process`,
  );
  for (const [what, ratio, target, pass] of checks) {
    console.log(
      `  ${what.padEnd(31)} ${ratio.toFixed(2)}× (target ${target}) ${pass ? "PASS" : "FAIL"}`,
    );
  }
  process.exitCode = checks.every(([, , , pass]) => pass) ? 0 : 1;
}

await main();

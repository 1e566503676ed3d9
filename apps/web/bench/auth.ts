/**
 * `pnpm bench:auth`: does a storm of sign-ins slow everyone else down?
 *
 * Against the built app (as `pnpm start` runs it) on a scratch database: a light, steady load
 * of signed-in API calls (`me.get`, two clients, one call each every 50 ms), first alone, then beside 20
 * clients signing in without pause for 30 s. Prints sign-ins per second and their p99, the API's
 * p50/p99 without and with the storm, and the ratio of the two p99s against the target
 * (≤ 2× the p99 without sign-ins). Traffic stays on 127.0.0.1.
 */
import path from "node:path";

import { users } from "@arco/db/schema";
import { accounts } from "@arco/services";

import { prepareDatabase, signInOverHttp, startArco } from "../e2e/arco-server";
import { ms, percentile, visitor } from "./measure";

const SIGN_IN_CLIENTS = 20;
const STORM_MS = 30_000;
const BASELINE_MS = 15_000;
const API_CLIENTS = 2;
const API_PACE_MS = 50;
const PASSWORD = "bench password, long enough";
const TARGET_RATIO = 2;

/** A signed-in API call every 50 ms until `until`, each one's latency recorded. */
async function apiLoad(baseUrl: string, cookie: string, until: number, latencies: number[]) {
  while (Date.now() < until) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/trpc/me.get`, {
      headers: { cookie, ...visitor() },
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`me.get answered ${response.status}`);
    const elapsed = performance.now() - started;
    latencies.push(elapsed);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, API_PACE_MS - elapsed)));
  }
}

async function main() {
  const emails = Array.from(
    { length: SIGN_IN_CLIENTS + API_CLIENTS },
    (_, i) => `bench-${i}@arco.test`,
  );
  const passwordHash = await accounts.hashPassword(PASSWORD);
  const database = await prepareDatabase(async (db) => {
    await db
      .insert(users)
      .values(
        emails.map((email) => ({ email, name: email, passwordHash, emailVerified: new Date() })),
      );
  });
  const arco = await startArco({
    database,
    logFile: path.join(import.meta.dirname, ".bench-server.log"),
    env: { TRUSTED_PROXY_HOPS: "1" },
  });
  try {
    const apiCookies = await Promise.all(
      emails
        .slice(SIGN_IN_CLIENTS)
        .map((email) => signInOverHttp(arco.baseUrl, email, PASSWORD, visitor())),
    );
    // Warm-up: the first requests compile and cache what later ones reuse.
    await Promise.all(
      apiCookies.map((cookie) => apiLoad(arco.baseUrl, cookie, Date.now() + 3_000, [])),
    );

    const quiet: number[] = [];
    const quietUntil = Date.now() + BASELINE_MS;
    await Promise.all(apiCookies.map((cookie) => apiLoad(arco.baseUrl, cookie, quietUntil, quiet)));

    const stormy: number[] = [];
    const signIns: number[] = [];
    let failures = 0;
    const stormStarted = Date.now();
    const stormUntil = stormStarted + STORM_MS;
    await Promise.all([
      ...apiCookies.map((cookie) => apiLoad(arco.baseUrl, cookie, stormUntil, stormy)),
      ...emails.slice(0, SIGN_IN_CLIENTS).map(async (email) => {
        while (Date.now() < stormUntil) {
          const started = performance.now();
          await signInOverHttp(arco.baseUrl, email, PASSWORD, visitor()).then(
            () => signIns.push(performance.now() - started),
            () => (failures += 1),
          );
        }
      }),
    ]);
    const stormSeconds = (Date.now() - stormStarted) / 1000;

    const quietP99 = percentile(quiet, 99);
    const stormyP99 = percentile(stormy, 99);
    const ratio = stormyP99 / quietP99;
    console.log(
      `\nbench:auth — ${SIGN_IN_CLIENTS} clients signing in for ${STORM_MS / 1000} s beside ${API_CLIENTS} API clients`,
    );
    console.log(
      `  sign-ins:            ${(signIns.length / stormSeconds).toFixed(1)}/s (${signIns.length} in ${stormSeconds.toFixed(1)} s, ${failures} failed)`,
    );
    console.log(
      `  sign-in latency:     p50 ${ms(percentile(signIns, 50))}, p99 ${ms(percentile(signIns, 99))}`,
    );
    console.log(
      `  API without storm:   p50 ${ms(percentile(quiet, 50))}, p99 ${ms(quietP99)} (${quiet.length} calls)`,
    );
    console.log(
      `  API during storm:    p50 ${ms(percentile(stormy, 50))}, p99 ${ms(stormyP99)} (${stormy.length} calls)`,
    );
    const pass = ratio <= TARGET_RATIO && failures === 0;
    console.log(
      `  API p99 ratio:       ${ratio.toFixed(2)}× the p99 without sign-ins (target ≤ ${TARGET_RATIO}×) ${pass ? "PASS" : "FAIL"}`,
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    await arco.stop();
    await database.dispose();
  }
}

await main();

/**
 * `pnpm bench:analyzer-load`: does analyzing pages slow the API down?
 *
 * Against the built app (as `pnpm start` runs it) on a scratch database: a steady load of
 * `GET /api/health` (two clients, one call each every 50 ms), in three rounds of 5 s with no
 * analysis then 10 s while six visitors keep six analyses running back to back (each asks for
 * the next as soon as its last is done, polling as the result page does) on a page heavy enough
 * to keep the analyzer busy: 1,500 elements, served from 127.0.0.1. Prints the API's p50/p99 in both phases and the ratio of the two p99s against
 * the target (≤ 1.5× the idle p99). Analyses run as jobs, on the analyzer's worker threads:
 * the event loop answering the API never carries one. Traffic stays on 127.0.0.1.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { prepareDatabase, startArco } from "../e2e/arco-server";
import { callTrpc } from "../e2e/trpc-http";
import { pollDelay } from "../src/lib/analysis";
import { ms, percentile, visitor } from "./measure";

const ANALYSES = 6;
const LOAD_MS = 30_000;
const BASELINE_MS = 15_000;
const ROUNDS = 3;
const API_CLIENTS = 2;
const API_PACE_MS = 50;
const TARGET_RATIO = 1.5;

const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

/** A product listing of 1,500 elements with the usual problems: real work for every audit. */
const HEAVY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Catalogue</title>
<style>.card{padding:4px}</style></head><body><header><nav>${Array.from(
  { length: 40 },
  (_, i) => `<a href="/c/${i}">Category ${i}</a>`,
).join("")}</nav></header><main><h1>Catalogue</h1><ul>${Array.from(
  { length: 350 },
  (_, i) =>
    `<li class="card"><img src="/p/${i}.jpg"><a href="/p/${i}">Product ${i}</a><button>Add</button></li>`,
).join("")}</ul></main></body></html>`;

async function startHeavySite() {
  const server = createServer((request, response) => {
    if (request.url === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(HEAVY_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const trpc = <T>(baseUrl: string, procedure: string, input: unknown, method: "GET" | "POST") =>
  callTrpc<T>(baseUrl, procedure, input, { method, headers: visitor() });

/** One analysis from request to result, polled as the result page polls it. */
async function analyzeOnce(baseUrl: string, url: string) {
  const { id } = await trpc<{ id: string }>(baseUrl, "analyses.run", { url }, "POST");
  for (let polls = 0; ; polls++) {
    const { status } = await trpc<{ status: string }>(baseUrl, "analyses.byId", { id }, "GET");
    if (status === "done") return;
    if (status === "failed") throw new Error(`Analysis ${id} failed`);
    await sleep(pollDelay(polls));
  }
}

/** An API call every 50 ms until `until`, each one's latency recorded. */
async function apiLoad(baseUrl: string, until: number, latencies: number[]) {
  while (Date.now() < until) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/health`, { headers: visitor() });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
    const elapsed = performance.now() - started;
    latencies.push(elapsed);
    await sleep(Math.max(0, API_PACE_MS - elapsed));
  }
}

async function main() {
  const site = await startHeavySite();
  const database = await prepareDatabase();
  const arco = await startArco({
    database,
    logFile: path.join(import.meta.dirname, ".bench-server.log"),
    env: { TRUSTED_PROXY_HOPS: "1", ANALYZER_FETCH_ALLOW: site.host },
  });
  const pageUrl = `http://${site.host}/`;
  try {
    // Warm-up: compiled routes, a started worker pool, axe compiled in its worker.
    await Promise.all([
      analyzeOnce(arco.baseUrl, pageUrl),
      apiLoad(arco.baseUrl, Date.now() + 3_000, []),
    ]);

    // Idle and busy windows alternate, so a change in the machine's other load during the run
    // falls on both sides of the ratio.
    const idle: number[] = [];
    const busy: number[] = [];
    let analyzed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const idleUntil = Date.now() + BASELINE_MS / ROUNDS;
      await Promise.all(
        Array.from({ length: API_CLIENTS }, () => apiLoad(arco.baseUrl, idleUntil, idle)),
      );
      const loadUntil = Date.now() + LOAD_MS / ROUNDS;
      const analyses = Array.from({ length: ANALYSES }, async () => {
        while (Date.now() < loadUntil) {
          await analyzeOnce(arco.baseUrl, pageUrl);
          analyzed += 1;
        }
      });
      // The API is measured while all six run, not while the last ones wind down.
      await Promise.all(
        Array.from({ length: API_CLIENTS }, () => apiLoad(arco.baseUrl, loadUntil, busy)),
      );
      await Promise.all(analyses);
    }

    const idleP99 = percentile(idle, 99);
    const busyP99 = percentile(busy, 99);
    const ratio = busyP99 / idleP99;
    console.log(
      `\nbench:analyzer-load — ${ANALYSES} analyses running for ${LOAD_MS / 1000} s (${ROUNDS} rounds, each after ${BASELINE_MS / ROUNDS / 1000} s with none) beside ${API_CLIENTS} API clients (GET /api/health every ${API_PACE_MS} ms)`,
    );
    console.log(
      `  analyses finished:   ${analyzed} (${(analyzed / (LOAD_MS / 1000)).toFixed(2)}/s)`,
    );
    console.log(
      `  API, no analysis:    p50 ${ms(percentile(idle, 50))}, p99 ${ms(idleP99)} (${idle.length} calls)`,
    );
    console.log(
      `  API, ${ANALYSES} analyses:   p50 ${ms(percentile(busy, 50))}, p99 ${ms(busyP99)} (${busy.length} calls)`,
    );
    const pass = ratio <= TARGET_RATIO;
    console.log(
      `  API p99 ratio:       ${ratio.toFixed(2)}× the p99 with no analysis (target ≤ ${TARGET_RATIO}×) ${pass ? "PASS" : "FAIL"}`,
    );
    process.exitCode = pass ? 0 : 1;
  } finally {
    await arco.stop();
    await database.dispose();
    await site.close();
  }
}

await main();

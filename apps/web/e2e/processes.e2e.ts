/**
 * Several app processes behind one address (REUSE_PORT=1, as the README describes): a session
 * signed in on one is good on the other, and a rate limit counts every process's requests once,
 * in Redis. With the embedded database, which serves one process only, a second process
 * refuses to start rather than share it.
 */
import { randomBytes, randomInt } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prepareDatabase, signInOverHttp, startArco } from "./arco-server";
import type { ArcoDatabase, RunningArco } from "./arco-server";
import { e2eEnv } from "./env";

const LIMIT = 20;
const logDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-processes-"));
// One address of the benchmarking range per run: its count in Redis starts at zero.
const client = `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
const env = {
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  REUSE_PORT: "1",
  REDIS_URL: e2eEnv.REDIS_URL,
  TRUSTED_PROXY_HOPS: "1",
  RATE_LIMIT_RULES: JSON.stringify({ "public.ip": { limit: LIMIT } }),
};
let database: ArcoDatabase;
const running: RunningArco[] = [];

beforeAll(async () => {
  database = await prepareDatabase();
}, 120_000);
afterAll(async () => {
  await Promise.all(running.map((arco) => arco.stop()));
  await database?.dispose();
  rmSync(logDir, { recursive: true, force: true });
});

/** A GET on a connection of its own, so the kernel picks a process for each one. */
function getStatus(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    get(url, { headers, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body }));
    }).on("error", reject);
  });
}

describe("several processes on one port", () => {
  it("share sessions and rate limits, or refuse to share the embedded database", async () => {
    const start = (name: string, port?: number) =>
      startArco({ database, env, build: false, port, logFile: path.join(logDir, name) });

    if (database.mode === "embedded") {
      await expect(start("refused.log")).rejects.toThrow(/exited/);
      expect(readFileSync(path.join(logDir, "refused.log"), "utf8")).toContain(
        "REUSE_PORT=1 needs DATABASE_URL",
      );
      return;
    }

    const first = await start("first.log");
    running.push(first);
    running.push(await start("second.log", first.port));
    const headers = {
      "x-forwarded-for": client,
      cookie: await signInOverHttp(first.baseUrl, "owner@vela.test", "arco-demo-2026", {
        "x-forwarded-for": client,
      }),
    };
    const me = `${first.baseUrl}/api/trpc/me.get`;

    const together = [];
    for (let i = 0; i < 12; i++) together.push(await getStatus(me, headers));
    expect(together.map((r) => r.status)).toEqual(Array(12).fill(200));
    for (const { body } of together) expect(body).toContain("owner@vela.test");

    // Only the second is left: the session still holds, and the limit goes on from 12.
    await running.shift()!.stop();
    const alone = [];
    for (let i = 0; i < 12; i++) alone.push((await getStatus(me, headers)).status);
    expect(alone).toEqual([...Array(LIMIT - 12).fill(200), ...Array(4).fill(429)]);
  });
});

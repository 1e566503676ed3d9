/**
 * The built app as `pnpm start` runs it, on a free port against a seeded database of its own:
 * what the browser tests and the auth benchmark run against.
 */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { createDb } from "@arco/db";
import type { Database } from "@arco/db";
import { seed } from "@arco/db/seed";
import { createTestDb, prepareTemplate, withDatabase } from "@arco/db/testing";

import { e2eEnv, serverBaseEnv } from "./env";

const webDir = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(webDir, "node_modules/next/dist/bin/next");
const serverEntry = path.join(webDir, "server/main.ts");

export interface ArcoDatabase {
  mode: "postgres" | "embedded";
  env: Record<string, string>;
  dispose: () => Promise<void>;
}

/**
 * A seeded database of its own: a clone of the migrated template on the Postgres server in
 * TEST_DATABASE_URL, else a temporary PGlite folder. `prepare` adds rows before the server starts.
 */
export async function prepareDatabase(
  prepare: (db: Database) => Promise<void> = async () => {},
): Promise<ArcoDatabase> {
  const url = e2eEnv.TEST_DATABASE_URL;
  if (url) {
    const template = await prepareTemplate(url);
    const handle = await createTestDb({ mode: "postgres", url, template });
    await seed(handle.db);
    await prepare(handle.db);
    console.log(`[arco] database: PostgreSQL ${handle.name} (a clone of ${template}), seeded.`);
    return {
      mode: "postgres",
      env: { DATABASE_URL: withDatabase(url, handle.name) },
      dispose: () => handle.close(),
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-"));
  const handle = await createDb({ dataDir, migrate: true });
  await seed(handle.db);
  await prepare(handle.db);
  // The server opens the folder next; PGlite allows one process at a time.
  await handle.close();
  console.log(`[arco] database: embedded PGlite in ${dataDir}, seeded.`);
  return {
    mode: "embedded",
    env: { PGLITE_DATA_DIR: dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Waits until `url` answers 200 (or `server` exits). */
export async function waitUntilServing(url: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s: ${last}`);
}

export function stop(server: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (server.exitCode !== null || server.pid === undefined) return resolve();
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 10_000);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    // The server runs in its own process group, so this ends it and only it.
    process.kill(-server.pid, "SIGTERM");
  });
}

/** `next build`, unless E2E_SKIP_BUILD=1 and a build exists. */
export function buildApp(env: Record<string, string>) {
  if (e2eEnv.E2E_SKIP_BUILD === "1" && existsSync(path.join(webDir, ".next/BUILD_ID"))) {
    console.log("[arco] E2E_SKIP_BUILD=1: reusing the existing build.");
    return;
  }
  console.log("[arco] next build …");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: webDir,
    env: { ...env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status}).`);
}

export interface RunningArco {
  baseUrl: string;
  port: number;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * Builds the app (unless `build: false`: a second server of the same run) and starts Arco's
 * server (as `pnpm start` does) against `database`, writing its output to `logFile`. `env` adds
 * to the server's environment; `port` is a port to share with another server (REUSE_PORT=1),
 * else a free one.
 */
export async function startArco({
  database,
  env = {},
  logFile,
  build = true,
  port,
}: {
  database: ArcoDatabase;
  env?: Record<string, string>;
  logFile: string;
  build?: boolean;
  port?: number;
}): Promise<RunningArco> {
  const baseEnv = {
    ...serverBaseEnv(),
    ...database.env,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  if (build) buildApp(baseEnv);
  port ??= await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  const server = spawn(process.execPath, [serverEntry], {
    cwd: webDir,
    env: {
      ...baseEnv,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: baseUrl,
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  // Its own "Arco at …" line first: on a shared port another process may be the one answering.
  const listening = new Promise<void>((resolve) => {
    let printed = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
      if (printed.includes("Arco at http")) resolve();
    });
  });
  try {
    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    const first = await Promise.race([listening.then(() => "listening" as const), exited]);
    if (first !== "listening") throw new Error(`The server exited with ${first}`);
    await waitUntilServing(`${baseUrl}/api/health`, server);
  } catch (error) {
    await stop(server);
    log.end();
    throw new Error(`${String(error)}\nServer log: ${logFile}`, { cause: error });
  }
  return {
    baseUrl,
    port,
    pid: server.pid!,
    stop: async () => {
      await stop(server);
      log.end();
    },
  };
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

/**
 * One password sign-in through Auth.js over HTTP, as the browser does it (CSRF token, then the
 * credentials callback); returns the session cookie. `headers` go with both requests.
 */
export async function signInOverHttp(
  baseUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      cookie: cookieOf(csrf),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
  });
  const cookie = cookieOf(response);
  if (!cookie.includes("session-token"))
    throw new Error(`Sign-in of ${email} failed (${response.status})`);
  return cookie;
}

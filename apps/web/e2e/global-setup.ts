import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { createDb } from "@arco/db";
import { seed } from "@arco/db/seed";
import { createTestDb, prepareTemplate, withDatabase } from "@arco/db/testing";
import type { TestProject } from "vitest/node";

import { e2eEnv, serverBaseEnv } from "./env";
import { startSite } from "./site";

declare module "vitest" {
  export interface ProvidedContext {
    e2e: {
      baseUrl: string;
      databaseMode: "postgres" | "embedded";
      chromiumPath: string;
      /** The local website the tests analyze (see site.ts), ending in "/". */
      siteUrl: string;
      /** Where the server writes every email whole (its mail drop): the tests' inboxes. */
      mailDropDir: string;
      /** The server's file storage folder, and its process id (to look at its open files). */
      storageDir: string;
      serverPid: number;
    };
  }
}

const webDir = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(webDir, "node_modules/next/dist/bin/next");
const serverEntry = path.join(webDir, "server/main.ts");
const logFile = path.join(webDir, "e2e/.server.log");

/** A seeded database of its own for this run, and how to get rid of it. */
async function prepareDatabase() {
  const url = e2eEnv.TEST_DATABASE_URL;
  if (url) {
    const template = await prepareTemplate(url);
    const handle = await createTestDb({ mode: "postgres", url, template });
    await seed(handle.db);
    console.log(`[e2e] database: PostgreSQL ${handle.name} (a clone of ${template}), seeded.`);
    return {
      mode: "postgres" as const,
      env: { DATABASE_URL: withDatabase(url, handle.name) },
      dispose: () => handle.close(),
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-"));
  const handle = await createDb({ dataDir, migrate: true });
  await seed(handle.db);
  // The server opens the folder next; PGlite allows one process at a time.
  await handle.close();
  console.log(`[e2e] database: embedded PGlite in ${dataDir}, seeded.`);
  return {
    mode: "embedded" as const,
    env: { PGLITE_DATA_DIR: dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function freePort(): Promise<number> {
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

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not become healthy within ${timeoutMs / 1000}s: ${last}`);
}

function stop(server: ChildProcess) {
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

/**
 * Builds the app once, starts Arco's server on a free port against a fresh seeded database, and
 * hands the tests its address. Everything is undone in the returned teardown.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(e2eEnv.CHROMIUM_PATH)) {
    throw new Error(
      `No browser at ${e2eEnv.CHROMIUM_PATH}. Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  const database = await prepareDatabase();
  const authSecret = randomBytes(32).toString("base64url");
  const baseEnv = { ...serverBaseEnv(), ...database.env, AUTH_SECRET: authSecret };

  const built = existsSync(path.join(webDir, ".next/BUILD_ID"));
  if (e2eEnv.E2E_SKIP_BUILD === "1" && built) {
    console.log("[e2e] E2E_SKIP_BUILD=1: reusing the existing build.");
  } else {
    console.log("[e2e] next build …");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: webDir,
      env: { ...baseEnv, NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (build.status !== 0) {
      await database.dispose();
      throw new Error(`next build failed (exit ${build.status}).`);
    }
  }

  const site = await startSite();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const mailDropDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-mail-"));
  const storageDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-storage-"));
  const log = createWriteStream(logFile);
  // Arco's own server, as `pnpm start` runs it.
  const server = spawn(process.execPath, [serverEntry], {
    cwd: webDir,
    env: {
      ...baseEnv,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: baseUrl,
      // The browser contexts play a proxy in front of Arco: each sends the address of a visitor
      // of its own in X-Forwarded-For, so per-IP limits spent by one scenario stay with it.
      TRUSTED_PROXY_HOPS: "1",
      // The analyzer refuses private addresses: this opens the local site's port (and the
      // app's own, which a test analyzes) on loopback, and nothing else.
      ANALYZER_FETCH_ALLOW: `${new URL(site.url).host},127.0.0.1:${port}`,
      EMAIL_DROP_DIR: mailDropDir,
      STORAGE_DIR: storageDir,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    await stop(server);
    await site.close();
    await database.dispose();
    throw new Error(`${String(error)}\nServer log: ${logFile}`, { cause: error });
  }
  console.log(`[e2e] app at ${baseUrl} (${database.mode} database), log in e2e/.server.log`);

  project.provide("e2e", {
    baseUrl,
    databaseMode: database.mode,
    chromiumPath: e2eEnv.CHROMIUM_PATH,
    siteUrl: site.url,
    mailDropDir,
    storageDir,
    serverPid: server.pid!,
  });

  return async () => {
    await stop(server);
    await site.close();
    log.end();
    await database.dispose();
    rmSync(mailDropDir, { recursive: true, force: true });
    rmSync(storageDir, { recursive: true, force: true });
  };
}

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { prepareDatabase, startArco } from "./arco-server";
import { e2eEnv } from "./env";
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

const logFile = path.join(import.meta.dirname, ".server.log");

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
  const site = await startSite();
  const mailDropDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-mail-"));
  const storageDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-storage-"));
  const dispose = async () => {
    await site.close();
    await database.dispose();
    rmSync(mailDropDir, { recursive: true, force: true });
    rmSync(storageDir, { recursive: true, force: true });
  };
  let server;
  try {
    server = await startArco({
      database,
      logFile,
      env: {
        // The browser contexts play a proxy in front of Arco: each sends the address of a
        // visitor of its own in X-Forwarded-For, so per-IP limits spent by one scenario stay
        // with it.
        TRUSTED_PROXY_HOPS: "1",
        // The analyzer refuses private addresses: this opens the local site's port on loopback,
        // and nothing else.
        ANALYZER_FETCH_ALLOW: new URL(site.url).host,
        // Low-priority analysis threads on a busy machine: more than production's 20 s.
        ANALYZER_ACCESSIBILITY_TIMEOUT_MS: "120000",
        EMAIL_DROP_DIR: mailDropDir,
        STORAGE_DIR: storageDir,
      },
    });
  } catch (error) {
    await dispose();
    throw error;
  }
  console.log(`[e2e] app at ${server.baseUrl} (${database.mode} database), log in e2e/.server.log`);

  project.provide("e2e", {
    baseUrl: server.baseUrl,
    databaseMode: database.mode,
    chromiumPath: e2eEnv.CHROMIUM_PATH,
    siteUrl: site.url,
    mailDropDir,
    storageDir,
    serverPid: server.pid,
  });

  return async () => {
    await server.stop();
    await dispose();
  };
}

import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import postgres from "postgres";

import { createDb } from "../client";
import type { DbHandle } from "../client";
import { migrationsFolder } from "../paths";

/** What the global setup hands every test worker. */
export type TestDatabaseTarget =
  { mode: "embedded" } | { mode: "postgres"; url: string; template: string };

declare module "vitest" {
  export interface ProvidedContext {
    arcoTestDatabase: TestDatabaseTarget;
  }
}

export const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Template name from the migrations' content: a changed migration builds a new template. */
function templateName(): string {
  const folder = migrationsFolder();
  const hash = createHash("sha256");
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    hash.update(file).update(readFileSync(path.join(folder, file)));
  }
  return `arco_tpl_${hash.digest("hex").slice(0, 16)}`;
}

/**
 * Builds (once per migration set) a migrated template database that every test file clones.
 * Cloning a template takes a fraction of a second; migrating from scratch per file would not.
 * Runs under an advisory lock, so packages testing in parallel build it once.
 */
export async function prepareTemplate(adminUrl: string): Promise<string> {
  const name = templateName();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext('arco:test-template'))`;
    const [existing] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!existing) {
      // Built under another name and renamed when complete, so a crash never leaves a
      // half-migrated template behind.
      const building = `${name}_building`;
      await admin.unsafe(`drop database if exists "${building}" with (force)`);
      await admin.unsafe(`create database "${building}"`);
      const handle = await createDb({
        url: withDatabase(adminUrl, building),
        max: 1,
        migrate: true,
      });
      await handle.close();
      await admin.unsafe(`alter database "${building}" rename to "${name}"`);
      // Older templates go, but not the few newest: a checkout on another branch may be
      // testing against its own migration set on the same server right now.
      const stale = await admin<{ datname: string }[]>`
        select datname from pg_database
        where datname like 'arco_tpl_%' and datname not like '%_building'
        order by oid desc offset 4`;
      for (const { datname } of stale) {
        await admin.unsafe(`drop database if exists "${datname}" with (force)`).catch(() => {});
      }
    }
    return name;
  } finally {
    await admin.end();
  }
}

export interface TestDb extends DbHandle {
  /** The database name on the server, or "memory" for PGlite. */
  name: string;
  /** Runs `work` and returns the SQL statements it sent through this database, in order. */
  statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
}

/** What a test database records of the statements sent through it while a count is on. */
function statementRecorder() {
  let seen: string[] | null = null;
  return {
    onStatement: (sql: string) => seen?.push(sql),
    async statementsOf<T>(work: () => Promise<T>) {
      const statements: string[] = [];
      seen = statements;
      try {
        return { result: await work(), statements };
      } finally {
        seen = null;
      }
    },
  };
}

/**
 * A fresh, fully migrated database for one test file: a clone of the template on the Postgres
 * server, or an in-memory PGlite when no server is configured. `close()` drops it.
 */
export async function createTestDb(target: TestDatabaseTarget): Promise<TestDb> {
  const { onStatement, statementsOf } = statementRecorder();
  if (target.mode === "embedded") {
    const handle = await createDb({ dataDir: "memory://", migrate: true, onStatement });
    return { ...handle, name: "memory", statementsOf };
  }
  const name = `arco_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(target.url, { max: 1, onnotice: () => {} });
  try {
    await cloneTemplate(admin, name, target.template);
  } finally {
    await admin.end();
  }
  const handle = await createDb({
    url: withDatabase(target.url, name),
    max: 4,
    migrate: false,
    onStatement,
  });
  return {
    ...handle,
    name,
    statementsOf,
    async close() {
      await handle.close();
      const dropper = postgres(target.url, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}

async function cloneTemplate(admin: postgres.Sql, name: string, template: string) {
  // Postgres refuses to copy a template while another session is connected to it, which two
  // clones starting in the same instant can briefly look like: retry a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`create database "${name}" template "${template}"`);
      return;
    } catch (error) {
      const busy = error instanceof Error && /being accessed by other users/.test(error.message);
      if (!busy || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

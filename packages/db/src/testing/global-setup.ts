import postgres from "postgres";
import type { TestProject } from "vitest/node";

import { env } from "../env";
import { prepareTemplate } from "./database";

/**
 * Chooses the database every test file of this run clones, and says which one it is: the
 * Postgres server in TEST_DATABASE_URL, or in-memory PGlite when that is unset. A configured
 * server that does not answer fails the run instead of silently testing something else.
 */
export default async function setup(project: TestProject) {
  const url = env.TEST_DATABASE_URL;
  if (!url) {
    console.log(
      "[arco] database: embedded PGlite (in memory). Set TEST_DATABASE_URL to test against PostgreSQL.",
    );
    project.provide("arcoTestDatabase", { mode: "embedded" });
    return;
  }
  const { host, pathname } = new URL(url);
  const probe = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    const [{ version }] = (await probe`select current_setting('server_version') as version`) as [
      { version: string },
    ];
    const template = await prepareTemplate(url);
    console.log(
      `[arco] database: PostgreSQL ${version} at ${host}${pathname}; each test file gets a fresh clone of ${template}.`,
    );
    project.provide("arcoTestDatabase", { mode: "postgres", url, template });
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL (${host}${pathname}) is set but unusable: ${String(error)}`,
      {
        cause: error,
      },
    );
  } finally {
    await probe.end();
  }
}

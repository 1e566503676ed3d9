import { sql } from "drizzle-orm";
import { afterEach, describe, expect, inject, it } from "vitest";

import { createDb, selectRows } from "../src";
import type { DbHandle } from "../src";
import { plans } from "../src/schema";
import { useTestDb, withDatabase } from "../src/testing";

const target = inject("arcoTestDatabase");
const testDb = useTestDb();
let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

/**
 * Statements the one connection of a pool of one has prepared, after a parameterised query.
 * A transaction pooler lends each transaction any server connection: a statement prepared on
 * one is missing on the next, so behind one Arco must prepare none.
 */
async function preparedAfterAQuery(prepare: boolean) {
  if (target.mode !== "postgres") throw new Error("Needs TEST_DATABASE_URL.");
  handle = await createDb({ url: withDatabase(target.url, testDb().name), max: 1, prepare });
  await handle.db
    .select()
    .from(plans)
    .where(sql`${plans.tier} = ${"pro"}`);
  const [row] = await selectRows<{ count: number }>(
    handle.db,
    sql`select count(*)::int as count from pg_prepared_statements`,
  );
  return row!.count;
}

describe.runIf(target.mode === "postgres")("Postgres behind a transaction pooler", () => {
  it("prepares no statement with prepare: false", async () => {
    expect(await preparedAfterAQuery(false)).toBe(0);
  });

  it("prepares statements by default (the check above can see them)", async () => {
    expect(await preparedAfterAQuery(true)).toBeGreaterThan(0);
  });
});

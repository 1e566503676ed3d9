import { afterAll, beforeAll, inject } from "vitest";

import { createTestDb } from "./database";
import type { TestDb } from "./database";

/**
 * Gives the calling test file its own freshly migrated database for all of its tests, and
 * drops it afterwards. Files never share a database, so they can run in parallel.
 */
export function useTestDb(): () => TestDb {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await createTestDb(inject("arcoTestDatabase"));
  });
  afterAll(async () => {
    await testDb?.close();
  });
  return () => {
    if (!testDb) throw new Error("The test database is available inside tests and hooks only.");
    return testDb;
  };
}

export { createTestDb, prepareTemplate, withDatabase } from "./database";
export type { TestDatabaseTarget, TestDb } from "./database";
export { useTestDb } from "./use-test-db";
export { databaseTestConfig } from "./vitest-config";
export * from "./factories";

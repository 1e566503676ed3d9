export { createDb, selectRows } from "./client";
export type {
  CreateDbOptions,
  Database,
  DatabaseMode,
  DbHandle,
  DbOrTx,
  Schema,
  Transaction,
} from "./client";
export { getDb } from "./default-db";
export { resolveDataDir } from "./paths";
export { migrationStatus } from "./migration-status";
export type { MigrationStatus } from "./migration-status";
export * as schema from "./schema";

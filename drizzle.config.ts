import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the schema; the app and the tests apply them with Drizzle's
// migrator (`pnpm db:migrate`), never with `push`. Commands that connect (`drizzle-kit check`,
// `studio`) use the direct URL when there is one: a transaction pooler breaks their sessions.
// eslint-disable-next-line no-restricted-properties -- drizzle-kit reads no validated env
const url = process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL;

export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schema/index.ts",
  out: "./packages/db/migrations",
  casing: "snake_case",
  strict: true,
  verbose: true,
  ...(url ? { dbCredentials: { url } } : {}),
});

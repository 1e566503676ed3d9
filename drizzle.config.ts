import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the schema; the app and the tests apply them with Drizzle's
// migrator (`pnpm db:migrate`), never with `push`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schema/index.ts",
  out: "./packages/db/migrations",
  casing: "snake_case",
  strict: true,
  verbose: true,
});

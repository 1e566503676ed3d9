import path from "node:path";

import { databaseTestConfig } from "@arco/db/testing/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": path.join(import.meta.dirname, "src") } },
  // tsconfig leaves JSX to Next.js ("preserve"); the tests compile it themselves.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    ...databaseTestConfig,
    include: ["test/**/*.test.{ts,tsx}"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
  },
});

import path from "node:path";

import { defineConfig } from "vitest/config";

/**
 * Browser tests against `next build && next start` with a freshly seeded database (see
 * e2e/global-setup.ts). Files run one after another: they share one server.
 */
export default defineConfig({
  resolve: { alias: { "~": path.join(import.meta.dirname, "src") } },
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from "vitest/config";

// The analyzer needs no database or global setup. Tests live under test/. Each one starts worker
// threads and parses pages: on a busy two-core machine that takes seconds, not milliseconds.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { ANALYZER_ACCESSIBILITY_TIMEOUT_MS: "120000" },
  },
});

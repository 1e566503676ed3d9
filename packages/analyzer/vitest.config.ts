import { defineConfig } from "vitest/config";

// Minimal: the analyzer needs no database or global setup. Tests live under test/.
export default defineConfig({ test: { include: ["test/**/*.test.ts"] } });

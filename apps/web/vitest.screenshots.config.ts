import { defineConfig, mergeConfig } from "vitest/config";

import e2e from "./vitest.e2e.config";

/**
 * `pnpm screenshots`: every page as each kind of visitor sees it, in both themes, on a laptop and
 * a phone, written to e2e/screenshots/ to look at. A record, not a test: it asserts nothing
 * and is not part of `pnpm test`. Same server and seeded database as the browser tests.
 */
export default mergeConfig(e2e, defineConfig({ test: { include: ["e2e/screenshots.ts"] } }));

import { defineConfig } from "vitest/config";

import e2e from "./vitest.e2e.config.ts";

/**
 * `pnpm screenshots`: every page as each kind of visitor sees it, in both languages and both
 * themes, on a laptop and a phone, written to e2e/screenshots/ to look at. A record, not a
 * test: it asserts nothing and is not part of `pnpm test`. Same server and seeded database as
 * the browser tests, and only this file (merging configs would add the tests' own files).
 */
export default defineConfig({ ...e2e, test: { ...e2e.test, include: ["e2e/screenshots.ts"] } });

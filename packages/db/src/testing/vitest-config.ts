import path from "node:path";

import { repoRoot } from "../paths.ts";

/**
 * The vitest options every package with database tests shares. Paths are absolute from the
 * repository root because vitest resolves them from each package's own folder.
 */
export const databaseTestConfig = {
  globalSetup: [path.join(repoRoot(), "packages/db/src/testing/global-setup.ts")],
  // Each test file's emails land in a mail drop of its own, read by tests as recipients do.
  setupFiles: [path.join(repoRoot(), "packages/db/src/testing/mail-drop-setup.ts")],
  hookTimeout: 60_000,
  testTimeout: 30_000,
  // Tests decide where emails and events go: a developer's own keys must never reach a provider.
  env: {
    RESEND_API_KEY: "",
    RESEND_BASE_URL: "",
    INNGEST_DEV: "",
    INNGEST_EVENT_KEY: "",
    INNGEST_BASE_URL: "",
    LOG_LEVEL: "warn",
    // Analyses run on low-priority threads: a busy machine may need longer than production's
    // deadline for a page's accessibility audits.
    ANALYZER_ACCESSIBILITY_TIMEOUT_MS: "120000",
  },
};

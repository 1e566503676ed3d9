import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Runs before each test file's modules load: every file gets a mail drop of its own, so the
// "newest email to X" a test reads is always one its own code sent.
// eslint-disable-next-line no-restricted-properties -- test setup decides the environment
process.env.EMAIL_DROP_DIR = mkdtempSync(path.join(tmpdir(), "arco-mail-"));

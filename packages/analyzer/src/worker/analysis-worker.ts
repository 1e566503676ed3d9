/**
 * Worker-thread entry of the analysis pool (`analysis-pool.ts`): a whole `analyzeUrl` — fetch,
 * parse, audits — runs here, so no part of an analysis runs on the thread that serves requests.
 * Loaded by Node itself (its type stripping), so every module it reaches is plain, erasable
 * TypeScript with explicit `.ts` imports. Accessibility runs in this thread's own child worker,
 * with its memory cap and deadline.
 *
 * The thread lowers its own CPU priority first (on Linux a priority is per thread, and the
 * accessibility worker it starts inherits it): when cores are scarce, the thread answering
 * requests runs before any analysis does.
 */
import { setPriority } from "node:os";
import { parentPort, threadId } from "node:worker_threads";

import { analyzeUrl } from "../analyze-url.ts";
import { isSafeFetchError } from "../fetch/index.ts";
import type { FromWorker, ToWorker } from "./messages.ts";
import { ANALYSIS_NICENESS } from "./priority.ts";

const port = parentPort;
if (!port) throw new Error("analysis-worker.ts runs in a worker thread of the analysis pool");

const send = (message: FromWorker) => port.postMessage(message);

try {
  setPriority(ANALYSIS_NICENESS);
} catch (error) {
  console.error(`The analysis worker keeps its CPU priority: ${(error as Error).message}`);
}

port.on("message", ({ id, url, fetch }: ToWorker) => {
  analyzeUrl(url, { fetch, onProgress: (stage) => send({ id, kind: "progress", stage }) }).then(
    (report) => send({ id, kind: "done", report, threadId }),
    (error: unknown) =>
      send({
        id,
        kind: "failed",
        error: isSafeFetchError(error)
          ? {
              safeFetch: true,
              code: error.code,
              stage: error.stage,
              message: error.message,
              url: error.url,
              status: error.status,
              detail: error.detail,
            }
          : { safeFetch: false, message: error instanceof Error ? error.message : String(error) },
      }),
  );
});
send({ kind: "ready" });

// @ts-check
/**
 * Worker-thread entry for the accessibility audits: jsdom and axe-core live here, under the
 * memory limits the runner sets for this thread, away from the thread serving requests.
 * Messages in: { id, html, url, rules }; out: { id, ok, audit } | { id, ok: false, error }.
 */
import { parentPort } from "node:worker_threads";

import { auditHtml, isViewportEmulated } from "./axe-engine.mjs";

const port = parentPort;
if (port) {
  port.on(
    "message",
    (/** @type {{ id: number, html: string, url: string, rules: string[] }} */ job) => {
      auditHtml(job.html, job.url, job.rules).then(
        (audit) => port.postMessage({ id: job.id, ok: true, audit }),
        (error) =>
          port.postMessage({
            id: job.id,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
    },
  );
  // Load jsdom and compile nothing else yet: the first page pays for axe.
  isViewportEmulated();
  port.postMessage({ ready: true });
}

/**
 * Runs once when the server starts:
 * - Next.js and libraries report the failures they catch with `console.error`; routing that
 *   through Arco's logger serializes their errors the careful way (no query parameters, no
 *   credentials) instead of printing every value they carry.
 * - With no Inngest configured, this process runs the background jobs itself (the local runner).
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, per runtime
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { captureConsole } = await import("@arco/log");
  captureConsole();
  // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, per phase
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { jobsStatus, startLocalRunner } = await import("@arco/jobs");
  if (jobsStatus().mode === "local") await startLocalRunner();
}

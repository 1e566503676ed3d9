/**
 * Runs once when the server starts:
 * - Next.js and libraries report the failures they catch with `console.error`; routing that
 *   through Arco's logger serializes their errors the careful way (no query parameters, no
 *   credentials) instead of printing every value they carry.
 * - The variables the server needs are validated now, so a production server without
 *   AUTH_SECRET refuses to start (`next build` itself needs none).
 * - With OTEL_EXPORTER_OTLP_ENDPOINT set, OpenTelemetry starts: Next.js's request spans, a span
 *   per tRPC procedure, per SQL statement and per job run. Unset, no SDK is loaded.
 * - With no Inngest configured, this process runs the background jobs itself (the local runner).
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, per runtime
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { captureConsole, logger } = await import("@arco/log");
  captureConsole();
  // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, per phase
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    await import("@arco/auth/env");
  } catch {
    // The variables at fault are on the line above; a server without them would answer 500s.
    logger.fatal(
      "Invalid environment variables (AUTH_SECRET must be set, 32+ characters): the server does not start.",
    );
    process.exit(1);
  }
  const { startTelemetry } = await import("@arco/log/telemetry");
  await startTelemetry();
  const { jobsStatus, startLocalRunner } = await import("@arco/jobs");
  if (jobsStatus().mode === "local") await startLocalRunner();
}

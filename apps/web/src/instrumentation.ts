/**
 * Runs once when the server starts. Next.js and libraries report the failures they catch with
 * `console.error`; routing that through Arco's logger serializes their errors the careful way
 * (no query parameters, no credentials) instead of printing every value they carry.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- set by Next.js itself, per runtime
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { captureConsole } = await import("@arco/log");
  captureConsole();
}

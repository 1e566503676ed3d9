import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * Request ids, set here for every request and read by the app's logger and tracer
 * (`@arco/log`'s `currentRequestId`) through the process's one store, on globalThis under
 * `Symbol.for("arco.request-id")`. This server runs as plain Node (no bundler, also inside the
 * standalone build), so it imports no workspace package and reaches the store by that name.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const STORE = Symbol.for("arco.request-id");
const globalStore = globalThis as { [STORE]?: AsyncLocalStorage<string> };

/** Ids a proxy or client may hand in: short, printable, no spaces (a UUID, a trace id, …). */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming `x-request-id` when it is a valid one, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && VALID_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Runs `fn` (and everything it starts) as part of the request `requestId`. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return (globalStore[STORE] ??= new AsyncLocalStorage<string>()).run(requestId, fn);
}

import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The id of the request being served, carried through everything it awaits. Arco's HTTP server
 * (apps/web/server/request-id.ts) sets it for each request; log lines and spans read it here.
 * The store is one per process, on globalThis under this name: the server and the app bundled
 * by Next.js load their modules separately, and must share it.
 */
const STORE = Symbol.for("arco.request-id");
const globalStore = globalThis as { [STORE]?: AsyncLocalStorage<string> };

/** The process's store of request ids (made by whichever side asks first). */
export const requestIdStore = () => (globalStore[STORE] ??= new AsyncLocalStorage<string>());

/** Runs `fn` (and everything it starts) as part of the request `requestId`. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestIdStore().run(requestId, fn);
}

/** The id of the request the caller is serving, if it is serving one. */
export function currentRequestId(): string | undefined {
  return requestIdStore().getStore();
}

import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import type { Query } from "@tanstack/react-query";
import superjson from "superjson";

/**
 * One factory for the browser, server-side rendering and server components, so data prefetched
 * on the server (dates included, through superjson) hydrates into the same shapes the client
 * would have fetched.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Prefetched data must not be refetched the moment it reaches the browser.
        staleTime: 30 * 1000,
        // The server renders once and leaves retrying to the browser, which can show progress.
        retry: (failureCount, error) =>
          typeof window !== "undefined" && failureCount < 2 && !isClientError(error),
      },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: sentToBrowser,
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}

/**
 * What the server hands to the browser: finished queries, and pending ones as promises that
 * resolve in the stream (a page that does not await its prefetches).
 */
export const sentToBrowser = (query: Query) =>
  defaultShouldDehydrateQuery(query) || query.state.status === "pending";

/** A 4xx answer will be the same on the next attempt: retrying only delays the message. */
function isClientError(error: unknown) {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}

import "server-only";

import { dehydrate, hashKey, HydrationBoundary } from "@tanstack/react-query";
import type { QueryKey } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import { appRouter, createCaller, createTRPCContext } from "@arco/api";
import { sessionOf } from "@arco/auth";

import { createQueryClient, sentToBrowser } from "./query-client";

/** One context per request: the session is read once however many procedures a page calls. */
const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads, session: await sessionOf(heads) });
});

/** One query client per request, shared by every server component that prefetches. */
export const getQueryClient = cache(createQueryClient);

/** `trpc.x.queryOptions()` on the server: calls the router in-process, no HTTP round trip. */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: createContext,
  queryClient: getQueryClient,
});

/** Calls a procedure directly, for server components that only need its result. */
export const getCaller = cache(async () => createCaller(await createContext()));

/**
 * Sends what this request prefetched to the client components below. A layout names the few
 * queries its shell reads (`only`): the page below has a boundary of its own, and without the
 * filter each of the page's queries would travel twice, once in each.
 */
export function HydrateClient({
  children,
  only,
}: {
  children: React.ReactNode;
  only?: readonly QueryKey[];
}) {
  const hashes = only && new Set(only.map((key) => hashKey(key)));
  const state = dehydrate(getQueryClient(), {
    shouldDehydrateQuery: (query) =>
      (!hashes || hashes.has(query.queryHash)) && sentToBrowser(query),
  });
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}

/**
 * Loads a query into the request's cache. Await it to render with the data in place (the
 * segment's loading.tsx shows meanwhile); a failed prefetch is left for the client to retry and
 * report.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any procedure's options
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  const queryClient = getQueryClient();
  if (queryOptions.queryKey[1]?.type === "infinite") {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the infinite variant of the same options
    return queryClient.prefetchInfiniteQuery(queryOptions as any);
  }
  return queryClient.prefetchQuery(queryOptions);
}

/**
 * Loads the object a detail page shows, or answers the ordinary 404 when it does not exist for
 * this caller: an unknown or malformed id, or another organization's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any procedure's options
export async function prefetchOrNotFound<T extends ReturnType<TRPCQueryOptions<any>>>(
  queryOptions: T,
) {
  await getQueryClient()
    .fetchQuery(queryOptions)
    .catch((error: unknown) => {
      if (
        error instanceof TRPCError &&
        (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
      ) {
        notFound();
      }
      throw error;
    });
}

import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";

import { getQueryClient, trpc } from "~/trpc/server";

/**
 * One analysis for the result page and its metadata, loaded once per request into the query
 * cache the page hydrates from. An id that doesn't exist, isn't well formed or belongs to
 * someone else is the page's 404.
 */
export const loadAnalysis = cache(async (id: string) => {
  try {
    return await getQueryClient().fetchQuery(trpc.analyses.byId.queryOptions({ id }));
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
});

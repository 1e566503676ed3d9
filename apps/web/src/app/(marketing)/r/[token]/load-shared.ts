import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";

import { getCaller } from "~/trpc/server";

/**
 * The public copy of a report (the page and its results, nothing about who ran it), once per
 * request for the page, its metadata and its share image. A token that matches nothing is the
 * page's 404.
 */
export const loadShared = cache(async (token: string) => {
  try {
    return await (await getCaller()).analyses.shared({ token });
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

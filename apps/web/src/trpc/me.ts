import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { withCallbackUrl } from "~/lib/callback-url";
import { requestPath } from "~/lib/request-path";

import { getQueryClient, trpc } from "./server";

/**
 * The signed-in user, or null: no session, or a session of a user who was deleted or disabled
 * since (checking the cookie alone would send them round in circles between sign-in and the
 * dashboard). Layouts and pages render in parallel; the request's query cache runs `me.get` once.
 */
export const currentUser = cache(() =>
  getQueryClient()
    .fetchQuery(trpc.me.get.queryOptions())
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
      throw error;
    }),
);

/** The signed-in user, or a redirect to sign in that comes back to this page. */
export async function requireMe(fallbackPath: "/dashboard" | "/admin") {
  const me = await currentUser();
  if (!me) redirect(withCallbackUrl("/sign-in", await requestPath(fallbackPath)));
  return me;
}

/**
 * Agency staff only (`role: "admin"`: staff with the admin role only); everyone else gets the
 * ordinary 404.
 */
export async function requireStaff({ role }: { role?: "admin" } = {}) {
  const me = await requireMe("/admin");
  if (!me.staffRole || (role && me.staffRole !== role)) notFound();
  return me;
}

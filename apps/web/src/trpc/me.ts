import "server-only";

import { staffAllows } from "@arco/services/roles";
import type { StaffPermission } from "@arco/services/roles";
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
 * Agency staff only (with `may`: staff whose role has that permission); everyone else gets the
 * ordinary 404.
 */
export async function requireStaff({ may = "workClients" }: { may?: StaffPermission } = {}) {
  const me = await requireMe("/admin");
  if (!staffAllows(me.staffRole, may)) notFound();
  return me;
}

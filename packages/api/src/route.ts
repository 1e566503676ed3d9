/**
 * Route handlers — file transfers today; webhooks and the public API next — resolve who is
 * asking with the same steps as the procedure ladder (`./caller`) and answer failures through
 * the same error map (`./errors`).
 */
import { logger } from "@arco/log";
import type { Logger } from "@arco/log";
import type { RateLimitRule } from "@arco/ratelimit";
import { ServiceError } from "@arco/services";
import type { Permission, StaffPermission } from "@arco/services/roles";

import {
  createTRPCContext,
  enforceRateLimit,
  requireOrg,
  requirePermission,
  requireStaff,
  requireUser,
} from "./caller";
import type { CreateContextOptions } from "./caller";
import { errorResponse } from "./errors";
import { requestLocale } from "./locale";

/**
 * What `orgProcedure` (with `requirePermissionTo`) resolves, for a route handler: a signed-in
 * member in their organization, within the per-IP limit, allowed `permission`, and within
 * `rateLimit` (per user) when given.
 */
export async function orgCaller(
  opts: CreateContextOptions,
  { permission, rateLimit }: { permission?: Permission; rateLimit?: RateLimitRule } = {},
) {
  const ctx = await createTRPCContext(opts);
  await ctx.withinIpLimit();
  const { user, scope } = requireUser(ctx);
  const org = requireOrg(ctx, scope);
  if (permission) requirePermission(org.scope, permission);
  if (rateLimit) await enforceRateLimit(ctx, rateLimit, user.id);
  return { user, ...org };
}

/** What `staffProcedure(permission)` resolves, for a route handler (a CSV export, say). */
export async function staffCaller(opts: CreateContextOptions, permission: StaffPermission) {
  const ctx = await createTRPCContext(opts);
  await ctx.withinIpLimit();
  const { user, scope } = requireUser(ctx);
  return { user, scope: requireStaff(user, scope, permission) };
}

/**
 * Runs a route handler's work: a service error is answered with its status and message, and
 * anything else is logged and answered 500 without detail. With the request's `headers`, the
 * message is in the caller's language (their language switch, else their browser's).
 */
export async function answer(
  work: () => Promise<Response>,
  {
    log = logger,
    what = "A request",
    headers,
  }: { log?: Logger; what?: string; headers?: Headers } = {},
): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ServiceError)) log.error({ err: error }, `${what} failed`);
    return errorResponse(error, headers ? requestLocale(headers) : undefined);
  }
}

import "server-only";

import { createTRPCContext, enforceRateLimit } from "@arco/api";
import { allows } from "@arco/api/permissions";
import { auth } from "@arco/auth";
import { logger } from "@arco/log";
import { orgs, ServiceError } from "@arco/services";
import type { Actor, ServiceErrorCode } from "@arco/services";

const statusOf: Record<ServiceErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  QUOTA_EXCEEDED: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const noStore = { "Cache-Control": "private, no-store" };

/** A JSON answer `{ error: { code, message } }` with the status that says what went wrong. */
export function errorResponse(code: ServiceErrorCode, message: string) {
  return Response.json({ error: { code, message } }, { status: statusOf[code], headers: noStore });
}

/** Service errors become their own status; anything else is logged and answered vaguely. */
export function failure(error: unknown) {
  if (error instanceof ServiceError) return errorResponse(error.code, error.message);
  logger.error({ err: error }, "Files request failed");
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Try again." } },
    { status: 500, headers: noStore },
  );
}

/**
 * Who is asking, from the Auth.js session, and the organization they currently work in, read
 * fresh from the database as the API does. `write`: they must be allowed to manage files, and
 * are limited in how many uploads they start an hour.
 */
export async function filesAccess(request: Request, { write }: { write: boolean }) {
  // The same request context as the API: the user read fresh, disabled accounts refused.
  const ctx = await createTRPCContext({ headers: request.headers, session: await auth() });
  const { db, user } = ctx;
  if (!user || !ctx.actor) throw new ServiceError("UNAUTHORIZED", "Sign in to continue.");
  const access = await orgs.resolveOrgAccess(db, user);
  if (!access) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "You are not a member of any organization yet. Create one or accept an invitation.",
    );
  }
  if (write && !allows(access.role, "manageFiles")) {
    throw new ServiceError("FORBIDDEN", "Viewers can download files but not upload them.");
  }
  if (write) await enforceRateLimit(ctx, "files.upload.user", user.id);
  const actor: Actor = {
    userId: user.id,
    actorUserId: ctx.actor.id,
    ip: ctx.ip,
    userAgent: request.headers.get("user-agent"),
  };
  return { db, access, actor };
}

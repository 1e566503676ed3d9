/**
 * The tRPC spine, read top to bottom: 1. context, 2. initialisation and the one place domain
 * errors become tRPC errors, 3. the procedure ladder. Routers import only from here.
 */
import { getDb } from "@arco/db";
import type { DbHandle } from "@arco/db";
import { emit as emitToJobs } from "@arco/jobs";
import type { Emit } from "@arco/jobs";
import { clientIp, getRateLimiter } from "@arco/ratelimit";
import type { RateLimitRule, RateLimiter } from "@arco/ratelimit";
import { analyzeUrl } from "@arco/analyzer";
import { logger } from "@arco/log";
import type { Logger } from "@arco/log";
import { ServiceError, accounts, orgs } from "@arco/services";
import type { analyses } from "@arco/services";
import type { Actor, ServiceErrorCode } from "@arco/services";
import type { OrgRole } from "@arco/services/members";
import { TRPCError, initTRPC } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";

import { findUnstorableText } from "./unstorable-text";

// 1. Context -------------------------------------------------------------------------------------

export interface CreateContextOptions {
  headers: Headers;
  /**
   * The Auth.js session (decrypted from the cookie): its user id and session id are checked
   * against the `sessions` table, so a signed-out or revoked cookie is no one.
   */
  session: { user?: { id?: string | null } | null; sessionId?: string | null } | null;
  /** Overrides for tests; production uses the process-wide instances. */
  database?: DbHandle;
  rateLimiter?: RateLimiter;
  emit?: Emit;
  analyze?: analyses.Analyze;
  /** Runs work after the response (an analysis in progress); tests await it instead. */
  defer?: (task: () => Promise<unknown>) => void;
}

const detached = (task: () => Promise<unknown>) => {
  task().catch((err: unknown) => logger.error({ err }, "Background task failed"));
};

export async function createTRPCContext(opts: CreateContextOptions) {
  const database = opts.database ?? (await getDb());
  const userId = opts.session?.user?.id;
  const sessionId = opts.session?.sessionId;
  // A live session of an account that is not disabled, in one query; anything else is no one.
  const signedIn =
    userId && sessionId ? await accounts.userOfSession(database.db, { userId, sessionId }) : null;
  return {
    database,
    db: database.db,
    headers: opts.headers,
    /** The session this request came with; changing the password keeps it and ends the rest. */
    sessionId: signedIn ? sessionId! : null,
    ip: clientIp(opts.headers),
    /** The effective user: whose data this request acts on. */
    user: signedIn,
    /** The real person at the keyboard; the same as `user` unless staff are impersonating. */
    actor: signedIn,
    rateLimiter: opts.rateLimiter ?? getRateLimiter(),
    emit: opts.emit ?? emitToJobs,
    analyze: opts.analyze ?? ((url, options) => analyzeUrl(url, options)),
    defer: opts.defer ?? detached,
  };
}

export type Context = Awaited<ReturnType<typeof createTRPCContext>>;

// 2. Initialisation ------------------------------------------------------------------------------

const trpcCodeOf: Record<ServiceErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  BAD_REQUEST: "BAD_REQUEST",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  QUOTA_EXCEEDED: "TOO_MANY_REQUESTS",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter: ({ shape, error }) => {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const cause = error.cause;
    return {
      ...shape,
      // Unexpected failures are logged on the server; the client gets no internals.
      message: internal ? "Something went wrong on our side. Please try again." : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
        retryAfterSeconds: cause instanceof ServiceError ? (cause.retryAfterSeconds ?? null) : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** The one place a domain error becomes a tRPC error. */
const mapServiceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ServiceError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeOf[cause.code], message: cause.message, cause });
  }
  return result;
});

/** Refuses input text Postgres cannot store before any procedure sees it (see unstorable-text). */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const found = findUnstorableText(await getRawInput());
  if (!found) return next();
  // A ZodError made by zod itself (a hand-built one is no Error to tRPC), so the client gets the
  // field's message the same way as for any other invalid field.
  const { error } = z
    .unknown()
    .superRefine((_, ctx) =>
      ctx.addIssue({ code: "custom", path: found.path, message: found.message }),
    )
    .safeParse(null);
  throw new TRPCError({ code: "BAD_REQUEST", message: found.message, cause: error });
});

/** "45 seconds", "12 minutes", "1 hour": how long until a limit lets the caller through. */
export function waitFor(seconds: number) {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds < 60) return plural(Math.max(1, Math.ceil(seconds)), "second");
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? plural(minutes, "minute") : plural(Math.ceil(minutes / 60), "hour");
}

/** Raises TOO_MANY_REQUESTS (or SERVICE_UNAVAILABLE for a fail-closed rule whose store is down). */
export async function enforceRateLimit(ctx: Context, rule: RateLimitRule, identifier: string) {
  const decision = await ctx.rateLimiter.check(rule, identifier);
  if (decision.allowed) return;
  if (decision.reason === "store-unavailable") {
    throw new ServiceError(
      "UNAVAILABLE",
      "This is temporarily unavailable while we protect it from abuse. Try again in a minute.",
    );
  }
  throw new ServiceError(
    "RATE_LIMITED",
    `Too many attempts. Try again in ${waitFor(decision.retryAfterSeconds)}.`,
    { retryAfterSeconds: decision.retryAfterSeconds },
  );
}

// 3. The procedure ladder ------------------------------------------------------------------------

/** Anyone, signed in or not; rate-limited per IP. */
export const publicProcedure = t.procedure
  .use(mapServiceErrors)
  .use(refuseUnstorableText)
  .use(async ({ ctx, next }) => {
    await enforceRateLimit(ctx, "public.ip", ctx.ip);
    return next();
  });

/** A signed-in user. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.actor) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  }
  const actor: Actor = {
    userId: ctx.user.id,
    actorUserId: ctx.actor.id,
    ip: ctx.ip,
    userAgent: ctx.headers.get("user-agent"),
  };
  return next({ ctx: { user: ctx.user, auditActor: actor } });
});

/**
 * A member acting in their active organization, or agency staff in the client organization they
 * opened from /admin (role "staff"). Access is read from the database on every request; the
 * organization is never taken from input, so another tenant's id in a payload selects nothing.
 */
export const orgProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const access = await orgs.resolveOrgAccess(ctx.db, ctx.user);
  if (!access) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: "You are not a member of any organization yet. Create one or accept an invitation.",
    });
  }
  return next({ ctx: { access, org: access.org, role: access.role, plan: access.plan } });
});

/**
 * Narrows `orgProcedure` to some roles, e.g. `orgProcedure.use(requireRole("owner", "admin"))`,
 * or to a permission's roles: `requireRole(...permissions.manageProjects)`.
 */
export const requireRole = (...roles: OrgRole[]) =>
  t.middleware(({ ctx, next }) => {
    const role = (ctx as { role?: OrgRole }).role;
    if (!role || !roles.includes(role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message:
          role === "staff"
            ? "Agency staff cannot do this in a client organization."
            : `Only ${roles.filter((r) => r !== "staff").join(" or ")} members can do this.`,
      });
    }
    return next();
  });

/** Agency staff. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.staffRole) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This is for the agency team only." });
  }
  return next({ ctx: { staffRole: ctx.user.staffRole } });
});

/** Agency staff with the admin role (support staff are refused). */
export const agencyAdminProcedure = adminProcedure.use(({ ctx, next }) => {
  if (ctx.staffRole !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "This is for the agency's admins only." });
  }
  return next();
});

/**
 * What the HTTP handler does with a failure: expected ones (bad input, permissions, limits)
 * are answers and are not logged; crashes are, through the logger's serializer, which keeps a
 * failed query's SQL but none of the values it carried.
 */
export function logProcedureFailure(
  { error, path }: { error: TRPCError; path?: string },
  log: Logger = logger,
) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    log.error({ err: error.cause ?? error, path }, "tRPC procedure failed");
  }
}

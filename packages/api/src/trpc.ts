/**
 * The tRPC spine, read top to bottom: 1. initialisation and the one place domain errors become
 * tRPC errors, 2. the procedure ladder, built on "who is asking" (`./caller`), which route
 * handlers share. Routers import only from here.
 */
import { defaultLocale } from "@arco/i18n/locales";
import type { Locale } from "@arco/i18n/locales";
import { translateMessage } from "@arco/i18n/translate";
import { ServiceError } from "@arco/services";
import type { OrgScope } from "@arco/services";
import type { Permission, StaffPermission } from "@arco/services/roles";
import { TRPCError, initTRPC } from "@trpc/server";
import type { Logger } from "@arco/log";
import { logger } from "@arco/log";
import { inSpan } from "@arco/log/telemetry";
import superjson from "superjson";
import { ZodError, z } from "zod";

import {
  impersonationEnded,
  requireOrg,
  requirePermission,
  requireStaff,
  requireUser,
} from "./caller";
import type { RequestContext } from "./caller";
import { INTERNAL_MESSAGE, errorMap } from "./errors";
import { deniedWhileImpersonating, refusalWhileImpersonating } from "./impersonation-deny-list";
import { findUnstorableText } from "./unstorable-text";

export { createTRPCContext, enforceRateLimit } from "./caller";
export type { CreateContextOptions } from "./caller";
export type Context = RequestContext;

// 1. Initialisation ------------------------------------------------------------------------------

/** A validation failure's messages, field by field, in the caller's language. */
function translatedIssues(error: ZodError, locale: Locale) {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const say = (message: string) => translateMessage(message, locale);
  return {
    formErrors: formErrors.map(say),
    fieldErrors: Object.fromEntries(
      Object.entries(fieldErrors as Record<string, string[] | undefined>).map(
        ([field, messages]) => [field, messages?.map(say)],
      ),
    ) as typeof fieldErrors,
  };
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Messages are written in English in code and answered in the caller's language.
  errorFormatter: ({ shape, error, ctx }) => {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const cause = error.cause;
    const locale = ctx?.locale() ?? defaultLocale;
    return {
      ...shape,
      // Unexpected failures are logged on the server; the client gets no internals.
      message: translateMessage(internal ? INTERNAL_MESSAGE : shape.message, locale),
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError: cause instanceof ZodError ? translatedIssues(cause, locale) : null,
        retryAfterSeconds: cause instanceof ServiceError ? (cause.retryAfterSeconds ?? null) : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/**
 * A span per procedure call (with telemetry on), around everything the procedure does: its SQL
 * statements nest under it. An answer with an error marks it failed, with the tRPC code.
 */
const traceProcedure = t.middleware(({ path, type, next }) =>
  inSpan(
    `trpc ${path}`,
    { "rpc.system": "trpc", "rpc.method": path, "trpc.type": type },
    async (span) => {
      const result = await next();
      if (!result.ok) span.fail(result.error.code);
      return result;
    },
  ),
);

/** The one place a domain error becomes a tRPC error (through the error map). */
const mapServiceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ServiceError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: errorMap[cause.code].trpc, message: cause.message, cause });
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

// 2. The procedure ladder ------------------------------------------------------------------------

/**
 * While agency staff act for a client: the deny-list (`./impersonation-deny-list`) refuses what
 * staff may never do for them, and a request that found its impersonation over changes nothing.
 */
const guardImpersonation = t.middleware(({ ctx, path, type, next }) => {
  const kind = ctx.impersonation ? deniedWhileImpersonating(path) : null;
  if (kind) throw new ServiceError("FORBIDDEN", refusalWhileImpersonating[kind]);
  if (ctx.endedImpersonation && type === "mutation") {
    throw impersonationEnded(ctx.endedImpersonation);
  }
  return next();
});

/** Anyone, signed in or not; rate-limited per IP. */
export const publicProcedure = t.procedure
  .use(traceProcedure)
  .use(mapServiceErrors)
  .use(refuseUnstorableText)
  .use(guardImpersonation)
  .use(async ({ ctx, next }) => {
    await ctx.withinIpLimit();
    return next();
  });

/** A signed-in user. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  const { user, scope } = requireUser(ctx);
  return next({ ctx: { user, scope } });
});

/**
 * A member acting in their active organization, or agency staff in the client organization they
 * opened from /admin (role "staff"); see `requireOrg`.
 */
export const orgProcedure = protectedProcedure.use(({ ctx, next }) => {
  const { access, scope } = requireOrg(ctx, ctx.scope);
  return next({ ctx: { access, org: access.org, role: access.role, plan: access.plan, scope } });
});

/**
 * Narrows `orgProcedure` to the roles a permission names (see `@arco/services/roles`), e.g.
 * `orgProcedure.use(requirePermissionTo("manageProjects"))`. Used after `.input()`, a
 * malformed payload is answered the same way for everyone.
 */
export const requirePermissionTo = (permission: Permission) =>
  t.middleware(({ ctx, next }) => {
    // Outside orgProcedure there is no role, and nothing is allowed.
    requirePermission(ctx.scope as OrgScope, permission);
    return next();
  });

/**
 * Agency staff whose role has `permission` in the staff table (see `@arco/services/roles`),
 * e.g. `staffProcedure("editPlans")`; anyone else is FORBIDDEN.
 */
export const staffProcedure = (permission: StaffPermission) =>
  protectedProcedure.use(({ ctx, next }) => {
    const scope = requireStaff(ctx.user, ctx.scope, permission);
    return next({ ctx: { staffRole: scope.staffRole, scope } });
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

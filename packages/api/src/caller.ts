/**
 * Who is asking: the one code path from a request to the scope services run with. tRPC's
 * procedure ladder and the route handlers (`./route`) both go through it, so a signed-out
 * cookie, a removed member, a missing permission or a spent rate limit is refused the same way
 * everywhere. Each step throws a `ServiceError`, answered through the one error map.
 */
import { getDb } from "@arco/db";
import type { DbHandle } from "@arco/db";
import type { Locale } from "@arco/i18n/locales";
import { emit as emitToJobs } from "@arco/jobs";
import { clientIp, getRateLimiter } from "@arco/ratelimit";
import type { RateLimitRule, RateLimiter } from "@arco/ratelimit";
import { ServiceError, accounts, createServiceContext } from "@arco/services";
import type {
  Actor,
  AnonymousActor,
  Emit,
  OrgScope,
  PublicScope,
  ServiceDependencies,
  StaffScope,
  UserScope,
} from "@arco/services";
import type { EndedImpersonation } from "@arco/services/impersonation";
import type { OrgAccess } from "@arco/services/orgs";
import { allows, staffAllows } from "@arco/services/roles";
import type { Permission, StaffPermission } from "@arco/services/roles";

import { env } from "./env";
import { requestLocale } from "./locale";

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
  deps?: Partial<ServiceDependencies>;
}

/** The request as services and limits see it, before anything is required of the caller. */
export async function createTRPCContext(opts: CreateContextOptions) {
  const database = opts.database ?? (await getDb());
  const userId = opts.session?.user?.id;
  const sessionId = opts.session?.sessionId;
  // A live session of an account that is not disabled, with the organization its user acts in,
  // in one query, once per request; anything else is no one.
  const requester =
    userId && sessionId
      ? await accounts.requesterOfSession(database.db, { userId, sessionId })
      : null;
  const signedIn = requester?.user ?? null;
  const impersonation = requester?.impersonation ?? null;
  const ip = clientIp(opts.headers);
  const request = { ip, userAgent: opts.headers.get("user-agent") };
  const actor: Actor | AnonymousActor = signedIn
    ? {
        userId: signedIn.id,
        actorUserId: requester!.realUser.id,
        impersonationId: impersonation?.id ?? null,
        sessionId,
        ...request,
      }
    : { userId: null, actorUserId: null, ...request };
  const scope: PublicScope = {
    ...createServiceContext({
      db: database.db,
      appUrl: env.APP_URL,
      emit: opts.emit ?? emitToJobs,
      deps: opts.deps,
    }),
    actor,
  };
  const rateLimiter = opts.rateLimiter ?? getRateLimiter();
  let ipLimit: Promise<void> | undefined;
  let locale: Locale | undefined;
  return {
    database,
    db: database.db,
    headers: opts.headers,
    ip,
    /**
     * The per-IP limit, counted once per request: a page that prefetches eight procedures, or a
     * batch of calls, is one request against it (and one round trip to the store).
     */
    withinIpLimit: (): Promise<void> =>
      (ipLimit ??= enforceRateLimit({ rateLimiter }, "public.ip", ip)),
    /** The language this request is answered in (see `./locale`), worked out when first asked. */
    locale: (): Locale =>
      (locale ??= requestLocale(opts.headers, {
        userLocale: signedIn?.locale,
        orgLocale: requester?.access?.org.settings.locale,
      })),
    /** The effective user: whose data this request acts on. */
    user: signedIn,
    /** While agency staff act for a client from this session: who, as whom, until when. */
    impersonation,
    /** An impersonation this request found expired (or no longer allowed) and ended. */
    endedImpersonation: requester?.ended ?? null,
    /** The organization they act in and their role there (see `requireOrg`). */
    access: requester?.access ?? null,
    /** Every organization they belong to, by name. */
    memberships: requester?.memberships ?? [],
    /**
     * What services run with, narrowed down the ladder: anyone here, then a signed-in user
     * (`UserScope`), a member in their organization (`OrgScope`), or agency staff (`StaffScope`).
     */
    scope,
    rateLimiter,
  };
}

export type RequestContext = Awaited<ReturnType<typeof createTRPCContext>>;
type SignedInUser = NonNullable<RequestContext["user"]>;

/** A signed-in person, or UNAUTHORIZED. */
export function requireUser(ctx: RequestContext): { user: SignedInUser; scope: UserScope } {
  const { user } = ctx;
  if (!user) throw new ServiceError("UNAUTHORIZED", "Sign in to continue.");
  return { user, scope: { ...ctx.scope, actor: ctx.scope.actor as Actor } };
}

/**
 * The organization the person works in, as this request resolved it with its user: their active
 * membership, or for agency staff the client organization they opened from /admin (role
 * "staff"). The organization is never taken from input, so another tenant's id in a payload
 * selects nothing.
 */
export function requireOrg(
  ctx: Pick<RequestContext, "access" | "endedImpersonation">,
  scope: UserScope,
): { access: OrgAccess; scope: OrgScope } {
  const { access } = ctx;
  if (!access && ctx.endedImpersonation) throw impersonationEnded(ctx.endedImpersonation);
  if (!access) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "You are not a member of any organization yet. Create one or accept an invitation.",
    );
  }
  return { access, scope: { ...scope, orgId: access.org.id, role: access.role } };
}

/** What staff are told when the impersonation they were in has ended under them. */
export function impersonationEnded({ endedReason, targetName, orgName }: EndedImpersonation) {
  const expired = endedReason === "expired";
  const message = targetName
    ? expired
      ? `Your time acting as ${targetName} has run out, so nothing was done. Start again from the client's page if you need more.`
      : `Your access as ${targetName} has ended, so nothing was done.`
    : expired
      ? `Your time in ${orgName} has run out, so nothing was done. Start again from the client's page if you need more.`
      : `Your access to ${orgName} has ended, so nothing was done.`;
  return new ServiceError("FORBIDDEN", message);
}

const refusals: Record<Permission, string> = {
  manageProjects: "Only owners and admins can change projects.",
  manageDomains: "Only owners and admins can change domains.",
  workTickets: "Viewers can read tickets but not write or change them.",
  manageFiles: "Viewers can download files but not upload or change them.",
  assignTickets: "Only the agency assigns tickets.",
  manageTeam: "Only owners and admins can manage the team.",
  manageSettings: "Only owners and admins can change the organization's settings.",
  manageBilling: "Only the organization's owners and admins can see and change its billing.",
  leaveOrganization: "Agency staff are not on the team, so there is nothing to leave.",
};

/** FORBIDDEN unless the caller's role in the organization has `permission`. */
export function requirePermission(scope: OrgScope, permission: Permission) {
  if (allows(scope.role, permission)) return;
  throw new ServiceError(
    "FORBIDDEN",
    scope.role === "staff" && permission !== "leaveOrganization"
      ? "Agency staff cannot do this in a client organization."
      : refusals[permission],
  );
}

/** Agency staff whose role may do `permission`, or FORBIDDEN. */
export function requireStaff(
  user: SignedInUser,
  scope: UserScope,
  permission: StaffPermission,
): StaffScope {
  if (!user.staffRole) throw new ServiceError("FORBIDDEN", "This is for the agency team only.");
  if (!staffAllows(user.staffRole, permission)) {
    throw new ServiceError("FORBIDDEN", "This is for the agency's admins only.");
  }
  return { ...scope, staffRole: user.staffRole };
}

/** "45 seconds", "12 minutes", "1 hour": how long until a limit lets the caller through. */
export function waitFor(seconds: number) {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds < 60) return plural(Math.max(1, Math.ceil(seconds)), "second");
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? plural(minutes, "minute") : plural(Math.ceil(minutes / 60), "hour");
}

/** RATE_LIMITED (or UNAVAILABLE for a fail-closed rule whose store is down). */
export async function enforceRateLimit(
  ctx: Pick<RequestContext, "rateLimiter">,
  rule: RateLimitRule,
  identifier: string,
) {
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

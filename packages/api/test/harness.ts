import type { Database, DbHandle } from "@arco/db";
import { emailOutbox, impersonationSessions, sessions, urlAnalyses, users } from "@arco/db/schema";
import { addMember, createOrg, createUser } from "@arco/db/testing";
import { latestDroppedMail } from "@arco/email";
import { createRateLimiter, defaultRules } from "@arco/ratelimit";
import type { RateLimiter } from "@arco/ratelimit";
import { accounts, analyses, invitations as invitationsService } from "@arco/services";
import type { Analyze, ServiceEvent } from "@arco/services";
import { orgScope, systemScope } from "@arco/services/testing";
import { eq } from "drizzle-orm";

import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter, createCaller } from "../src";
import { createTRPCContext } from "../src/trpc";

export const PASSWORD = "a long enough password";

/** Limits high enough never to get in the way of tests that are not about them. */
export const relaxedLimiter = () =>
  createRateLimiter({
    store: { kind: "memory" },
    rules: Object.fromEntries(Object.keys(defaultRules).map((rule) => [rule, { limit: 100_000 }])),
  });

/** Background jobs cannot run here (no Inngest server): events are recorded instead. */
export function recordingEmit() {
  const events: { name: string; data: unknown }[] = [];
  const emit = async (event: { name: string; data: unknown }) => {
    events.push(event);
    return { sent: false };
  };
  return { events, emit };
}

/** A request to the HTTP handler, as `/api/trpc` serves it, on the test database. */
export function handleHttp(
  database: DbHandle,
  path: string,
  init: RequestInit,
  onError?: Parameters<typeof fetchRequestHandler>[0]["onError"],
) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: new Request(`http://localhost/api/trpc/${path}`, init),
    createContext: ({ req }) =>
      createTRPCContext({
        headers: req.headers,
        session: null,
        database,
        rateLimiter: relaxedLimiter(),
        emit: recordingEmit().emit,
      }),
    onError,
  });
}

class Rollback extends Error {}

/** Runs `fn` inside a transaction that is always rolled back: cases cannot affect each other. */
export async function rolledBack(handle: DbHandle, fn: (db: Database) => Promise<void>) {
  await handle.db
    .transaction(async (tx) => {
      await fn(tx as unknown as Database);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
}

export interface CallerOptions {
  database: DbHandle;
  userId?: string | null;
  rateLimiter?: RateLimiter;
  headers?: Record<string, string>;
  /** The analyzer the `analysis/requested` job runs with. */
  analyze?: Analyze;
  /** Where that job's runs go, as the job runner would take them; kept and never run by default. */
  deferred?: (() => Promise<unknown>)[];
  /** An impersonation the caller's session carries, as after "act as" from the admin area. */
  impersonationId?: string;
  /** The next request of a session already signed in (else a new sign-in's). */
  sessionId?: string;
}

export async function callerFor({
  database,
  userId,
  rateLimiter,
  headers,
  analyze,
  deferred = [],
  impersonationId,
  sessionId: existingSession,
}: CallerOptions) {
  // A signed-in caller has a session row, as after a real sign-in.
  const sessionId =
    existingSession ?? (userId ? await accounts.startSession(database.db, userId) : null);
  if (sessionId && impersonationId) {
    await database.db
      .update(sessions)
      .set({ impersonationId })
      .where(eq(sessions.sessionToken, sessionId));
  }
  const ctx = await createTRPCContext({
    database,
    headers: new Headers({ "x-arco-client-ip": "203.0.113.9", "user-agent": "vitest", ...headers }),
    session: userId ? { user: { id: userId }, sessionId } : null,
    rateLimiter: rateLimiter ?? relaxedLimiter(),
    emit: async (event: ServiceEvent) => {
      if (event.name === "analysis/requested" && analyze) {
        const job = systemScope(database.db, { deps: { analyze } });
        deferred.push(() => analyses.runRequestedAnalysis(job, event.data));
      }
      return { sent: false };
    },
  });
  return createCaller(ctx);
}

/** An impersonation as "act as" starts it, for the whole of a test run (an hour at most). */
async function impersonating(
  db: Database,
  {
    staffUserId,
    orgId,
    targetUserId,
  }: { staffUserId: string; orgId: string; targetUserId: string | null },
) {
  const startedAt = new Date();
  const [row] = await db
    .insert(impersonationSessions)
    .values({
      staffUserId,
      orgId,
      targetUserId,
      reason: "Working on the client's request",
      startedAt,
      expiresAt: new Date(startedAt.getTime() + 60 * 60_000),
    })
    .returning({ id: impersonationSessions.id });
  return row!.id;
}

/**
 * Two tenants and the people around them: org A (pro) with an owner, admin, member, viewer and
 * one more member to act on; org B (free) with its owner; a free user with their own org; an
 * agency admin (acting as org A's owner from sessions that carry `impersonations.ownerAByStaff`);
 * a support staff member working in org A as staff; and a pending invitation of org A to an
 * outsider.
 */
export async function buildWorld(db: Database) {
  const passwordHash = await accounts.hashPassword(PASSWORD);
  const person = (name: string) => createUser(db, { name, passwordHash });
  const [ownerA, adminA, memberA, viewerA, targetA, ownerB, freeUser, staff, staffInA] =
    await Promise.all(
      [
        "Owner A",
        "Admin A",
        "Member A",
        "Viewer A",
        "Target A",
        "Owner B",
        "Free user",
        "Staff",
        "Staff in A",
      ].map(person),
    );
  const orgA = await createOrg(db, { tier: "pro", owner: ownerA!, name: "Org A" });
  const orgB = await createOrg(db, { tier: "free", owner: ownerB!, name: "Org B" });
  const orgFree = await createOrg(db, { tier: "free", owner: freeUser!, name: "Free org" });
  await addMember(db, { orgId: orgA.id, userId: adminA!.id, role: "admin" });
  await addMember(db, { orgId: orgA.id, userId: memberA!.id, role: "member" });
  await addMember(db, { orgId: orgA.id, userId: viewerA!.id, role: "viewer" });
  const target = await addMember(db, { orgId: orgA.id, userId: targetA!.id, role: "member" });
  for (const [user, org] of [
    [ownerA, orgA],
    [adminA, orgA],
    [memberA, orgA],
    [viewerA, orgA],
    [targetA, orgA],
    [ownerB, orgB],
    [freeUser, orgFree],
  ] as const) {
    await db.update(users).set({ activeOrgId: org.id }).where(eq(users.id, user!.id));
  }
  await db.update(users).set({ staffRole: "admin" }).where(eq(users.id, staff!.id));
  await db.update(users).set({ staffRole: "support" }).where(eq(users.id, staffInA!.id));
  const impersonations = {
    // Support staff working in org A as agency staff, without being a member.
    staffInA: await impersonating(db, {
      staffUserId: staffInA!.id,
      orgId: orgA.id,
      targetUserId: null,
    }),
    // The agency admin acting as org A's owner.
    ownerAByStaff: await impersonating(db, {
      staffUserId: staff!.id,
      orgId: orgA.id,
      targetUserId: ownerA!.id,
    }),
  };

  const invitation = await invitationsService.createInvitation(orgScope(db, ownerA!, orgA.id), {
    email: "outsider@example.test",
    role: "member",
  });
  const [mail] = await db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.to, "outsider@example.test"));
  const invitationToken = (await latestDroppedMail("outsider@example.test"))!.text.match(
    /\/invite\/([\w-]+)/,
  )![1]!;

  const [analysisA] = await db
    .insert(urlAnalyses)
    .values({
      userId: ownerA!.id,
      orgId: orgA.id,
      url: "https://org-a.example/",
      normalizedUrl: "https://org-a.example/",
      status: "done",
      score: 80,
      shareToken: "shared-report-token-of-org-a",
      createdAt: new Date(Date.now() - 60_000),
      finishedAt: new Date(),
    })
    .returning();

  return {
    orgA,
    analysisA: analysisA!,
    orgB,
    orgFree,
    users: {
      ownerA: ownerA!,
      adminA: adminA!,
      memberA: memberA!,
      viewerA: viewerA!,
      targetA: targetA!,
      ownerB: ownerB!,
      freeUser: freeUser!,
      staff: staff!,
      staffInA: staffInA!,
    },
    targetMembershipId: target.id,
    impersonations,
    invitation,
    outboxMessageId: mail!.id,
    invitationToken,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** The people of the world as the tenancy matrix calls them, with one who is not a user row. */
export type WorldCaller = keyof World["users"] | "ownerAByStaff";

/**
 * Whom a named caller signs in as, and the impersonation their session carries: `staffInA`
 * works in org A as staff; `ownerAByStaff` is the agency admin acting as org A's owner.
 */
export function signInAs(
  w: World,
  caller: WorldCaller,
): Pick<CallerOptions, "userId" | "impersonationId"> {
  if (caller === "ownerAByStaff") {
    return { userId: w.users.staff.id, impersonationId: w.impersonations.ownerAByStaff };
  }
  if (caller === "staffInA") {
    return { userId: w.users.staffInA.id, impersonationId: w.impersonations.staffInA };
  }
  return { userId: w.users[caller].id };
}

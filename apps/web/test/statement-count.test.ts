/**
 * How many SQL statements the signed-in request path sends, counted on the real database (counts,
 * not timings: they hold on any machine). A signed-in API call resolves who is asking — session,
 * user, organization, plan — in one statement, then runs its own; the overview page resolves it
 * once for all of its cards.
 */
import { appRouter, createCaller, createTRPCContext } from "@arco/api";
import { createRateLimiter } from "@arco/ratelimit";
import { accounts } from "@arco/services";
import {
  createDomain,
  createOrg,
  createProject,
  createTicket,
  createUser,
  useTestDb,
} from "@arco/db/testing";
import type { FetchQueryOptions } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { beforeAll, describe, expect, it } from "vitest";

import { overviewQueries } from "~/components/dashboard/overview/queries";
import { createQueryClient } from "~/trpc/query-client";

const testDb = useTestDb();
let session: { user: { id: string }; sessionId: string };

beforeAll(async () => {
  const { db } = testDb();
  const owner = await createUser(db, { name: "Olga Owner" });
  const org = await createOrg(db, { tier: "pro", owner, name: "Counted Org" });
  for (let i = 0; i < 20; i++) await createProject(db, { orgId: org.id, name: `Site ${i}` });
  for (let i = 0; i < 3; i++) await createTicket(db, { orgId: org.id, createdById: owner.id });
  await createDomain(db, { orgId: org.id });
  session = { user: { id: owner.id }, sessionId: await accounts.startSession(db, owner.id) };
});

/** One request's context, as the tRPC route handler and the server components build it. */
const requestContext = (as = session) =>
  createTRPCContext({
    database: testDb(),
    headers: new Headers({ "x-arco-client-ip": "203.0.113.7" }),
    session: as,
    // In memory: no statements of its own, as with Redis.
    rateLimiter: createRateLimiter({ store: { kind: "memory" } }),
    emit: async () => ({ sent: false }),
  });

describe("SQL statements per signed-in request", () => {
  it("projects.list: one to resolve who is asking, one for the page", async () => {
    const { result, statements } = await testDb().statementsOf(async () =>
      createCaller(await requestContext()).projects.list({}),
    );
    expect(result.items).toHaveLength(20);
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
  });

  /** The overview as the page reads it: the user, then every card, in one request. */
  async function overviewStatements(as = session) {
    return testDb().statementsOf(async () => {
      const queryClient = createQueryClient();
      // One context per request, as `~/trpc/server` caches it.
      const ctx = requestContext(as);
      const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: () => ctx, queryClient });
      // The layout and the page read the user (once, through the request's query cache), then
      // the page reads every card.
      const me = await queryClient.fetchQuery(trpc.me.get.queryOptions());
      // Each card's own options; the list's element type is their union.
      const cards = await Promise.all(
        overviewQueries(trpc).map((query) => queryClient.fetchQuery(query as FetchQueryOptions)),
      );
      return { me, cards };
    });
  }

  it("the overview page: at most 8, its cards and the signed-in user included", async () => {
    const { result, statements } = await overviewStatements();
    expect(result.me.activeOrg?.name).toBe("Counted Org");
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(8);
  });

  it("a new organization's overview: zeros and empty lists, in as many statements", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    await createOrg(db, { owner, name: "Empty Org" });
    const fresh = { user: { id: owner.id }, sessionId: await accounts.startSession(db, owner.id) };
    const { result, statements } = await overviewStatements(fresh);
    const [org, projects, tickets, domains, files, activity] = result.cards as [
      { memberCount: number; pendingInvitations: number },
      { counts: { active: number; archived: number }; recent: unknown[] },
      { open: number; breached: number; nextDue: unknown; recent: unknown[] },
      { total: number; expiringSoon: unknown[] },
      { usedBytes: number; fileCount: number },
      { items: unknown[] },
    ];
    expect(org).toMatchObject({ memberCount: 1, pendingInvitations: 0 });
    expect(projects).toMatchObject({ counts: { active: 0, archived: 0 }, recent: [] });
    expect(tickets).toMatchObject({ open: 0, breached: 0, nextDue: null, recent: [] });
    expect(domains).toEqual({ total: 0, expiringSoon: [] });
    expect(files).toMatchObject({ usedBytes: 0, fileCount: 0 });
    expect(activity.items).toBeInstanceOf(Array);
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(8);
  });
});

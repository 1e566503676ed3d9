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
const requestContext = () =>
  createTRPCContext({
    database: testDb(),
    headers: new Headers({ "x-arco-client-ip": "203.0.113.7" }),
    session,
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

  it("the overview page: at most 8, its cards and the signed-in user included", async () => {
    const { result, statements } = await testDb().statementsOf(async () => {
      const queryClient = createQueryClient();
      // One context per request, as `~/trpc/server` caches it.
      const ctx = requestContext();
      const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: () => ctx, queryClient });
      // The layout and the page read the user (once, through the request's query cache), then
      // the page reads every card.
      const me = await queryClient.fetchQuery(trpc.me.get.queryOptions());
      // Each card's own options; the list's element type is their union.
      await Promise.all(
        overviewQueries(trpc).map((query) => queryClient.fetchQuery(query as FetchQueryOptions)),
      );
      return me;
    });
    expect(result.activeOrg?.name).toBe("Counted Org");
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(8);
  });
});

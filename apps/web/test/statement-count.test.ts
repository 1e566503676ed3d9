/**
 * How many SQL statements the signed-in request path sends, counted on the real database (counts,
 * not timings: they hold on any machine). A signed-in API call resolves who is asking — session,
 * user, organization, plan — in one statement, then runs its own; the overview page resolves it
 * once for all of its cards.
 */
import { createCaller, createTRPCContext } from "@arco/api";
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
import { beforeAll, describe, expect, it } from "vitest";

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
});

/**
 * Route handlers and tRPC procedures resolve the caller through the same code and answer a
 * refusal the same way: the same code, the same message, and the HTTP status of the one map.
 */
import { useTestDb } from "@arco/db/testing";
import { accounts } from "@arco/services";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { beforeAll, describe, expect, it } from "vitest";

import { answer, errorMap, orgCaller } from "../src";
import { buildWorld, callerFor, relaxedLimiter } from "./harness";
import type { World } from "./harness";

const testDb = useTestDb();
let world: World;
beforeAll(async () => {
  world = await buildWorld(testDb().db);
});

describe("the error map", () => {
  it.each(Object.entries(errorMap))(
    "answers %s with an HTTP status that agrees with its tRPC code",
    (_code, { trpc, http }) => {
      expect(getHTTPStatusCodeFromError(new TRPCError({ code: trpc }))).toBe(http);
    },
  );
});

/** What the upload route answers this caller, before any file is read. */
async function routeAnswer(userId: string | null) {
  const sessionId = userId ? await accounts.startSession(testDb().db, userId) : null;
  const response = await answer(async () => {
    await orgCaller(
      {
        database: testDb(),
        headers: new Headers({ "x-arco-client-ip": "203.0.113.9" }),
        session: userId ? { user: { id: userId }, sessionId } : null,
        rateLimiter: relaxedLimiter(),
      },
      { permission: "manageFiles" },
    );
    return new Response(null, { status: 204 });
  });
  const body = response.status === 204 ? null : await response.json();
  return { status: response.status, body: body as { error: { code: string; message: string } } };
}

/** What the same refusal looks like through tRPC (creating a folder needs the same permission). */
async function procedureAnswer(userId: string | null) {
  const caller = await callerFor({ database: testDb(), userId });
  return caller.files.createFolder({ name: `Folder ${crypto.randomUUID()}` }).then(
    () => null,
    (error: unknown) => error as TRPCError,
  );
}

describe("who is asking", () => {
  const cases = [
    ["a signed-out visitor", () => null, 401],
    ["a viewer", () => world.users.viewerA.id, 403],
    ["agency staff outside any client", () => world.users.staff.id, 412],
  ] as const;

  it.each(cases)("refuses %s in a route handler as tRPC does", async (_who, user, status) => {
    const [route, procedure] = [await routeAnswer(user()), await procedureAnswer(user())];
    expect(route.status).toBe(status);
    expect(procedure).toBeInstanceOf(TRPCError);
    expect(getHTTPStatusCodeFromError(procedure!)).toBe(route.status);
    expect(errorMap[route.body.error.code as keyof typeof errorMap].trpc).toBe(procedure!.code);
    expect(route.body.error.message).toBe(procedure!.message);
  });

  it("lets a member with the permission through in both", async () => {
    expect((await routeAnswer(world.users.memberA.id)).status).toBe(204);
    expect(await procedureAnswer(world.users.memberA.id)).toBeNull();
  });
});

/**
 * Whatever a client sends, a procedure answers with a specific 4xx, never a 500: every
 * procedure with input gets a payload where every field has the wrong type, and the raw HTTP
 * handler gets bodies that are not even JSON.
 */
import { useTestDb } from "@arco/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodObject } from "zod";

import { appRouter } from "../src";
import { buildWorld, callerFor, handleHttp } from "./harness";
import type { World } from "./harness";

const testDb = useTestDb();
let world: World;
beforeAll(async () => {
  world = await buildWorld(testDb().db);
});

type AnyProcedure = { _def: { inputs: unknown[]; type: string } };
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);
const withInput = procedures.filter(([, p]) => p._def.inputs.length > 0);

/** Calls `path` on a caller by its dotted name. */
function invoke(caller: object, path: string, input: unknown) {
  const fn = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

describe("malformed input", () => {
  it("covers procedures with input", () => {
    expect(withInput.length).toBeGreaterThan(15);
  });

  for (const [path, procedure] of withInput) {
    it(`${path}: every field of the wrong type → BAD_REQUEST naming each field`, async () => {
      const schema = procedure._def.inputs[0] as ZodObject;
      const fields = Object.keys(schema.shape);
      const garbage = Object.fromEntries(fields.map((f) => [f, { not: "what you expected" }]));
      // Staff and org owner between them reach every procedure past authentication.
      const forStaff = path.startsWith("admin.") || path.startsWith("impersonation.");
      const userId = forStaff ? world.users.staff.id : world.users.ownerA.id;
      const caller = await callerFor({ database: testDb(), userId });
      const error = await invoke(caller, path, garbage).then(
        () => null,
        (e: unknown) => e as TRPCError & { shape?: unknown },
      );
      expect(error, "the call should fail").toBeInstanceOf(TRPCError);
      expect(error!.code).toBe("BAD_REQUEST");
      const issues = (error!.cause as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
      expect(new Set(issues.map((i) => String(i.path[0])))).toEqual(new Set(fields));
    });
  }
});

describe("the HTTP handler", () => {
  const handle = (path: string, init: RequestInit) => handleHttp(testDb(), path, init);

  it("answers a body that is not JSON with 400 (415 without a JSON type), and names the bad fields of a wrong one", async () => {
    const notJson = await handle("auth.signUp", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{name: nope",
    });
    expect(notJson.status).toBe(400);
    const untyped = await handle("auth.signUp", { method: "POST", body: "name=nope" });
    expect(untyped.status).toBe(415);

    const wrong = await handle("auth.signUp", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { name: "Ana", email: "not-an-email", password: "short" } }),
    });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as {
      error: { json: { data: { zodError: { fieldErrors: Record<string, string[]> } } } };
    };
    expect(body.error.json.data.zodError.fieldErrors).toEqual({
      email: ["Enter a valid email address, like ana@example.com."],
      password: ["Use at least 10 characters."],
    });
  });

  it("answers an unknown procedure with 404 and a query to a mutation with 405", async () => {
    expect((await handle("nope.nothing", { method: "GET" })).status).toBe(404);
    expect((await handle("auth.signUp", { method: "GET" })).status).toBe(405);
  });
});

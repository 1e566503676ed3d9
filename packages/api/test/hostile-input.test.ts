/**
 * A hostile value in every field of every procedure, the rest of the payload valid: whatever
 * anyone sends, the answer is a 4xx, never a 5xx. The valid payloads are the ones the tenancy
 * matrix sends (recorded from its rows), so every procedure is covered and each hostile value
 * reaches past validation of the other fields; each field also gets its turn when the matrix
 * leaves it out. NUL bytes and unpaired UTF-16 surrogates, which Postgres cannot store, must be
 * refused as BAD_REQUEST naming the field.
 */
import { randomUUID } from "node:crypto";

import type { Database } from "@arco/db";
import { useTestDb } from "@arco/db/testing";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { beforeAll, describe, expect, it } from "vitest";

import { appRouter } from "../src";
import { callerFor, rolledBack, signInAs } from "./harness";
import type { World } from "./harness";
import type { Caller, CallerName, Row } from "./matrix/kit";
import { buildMatrixWorld, parts } from "./matrix/parts";

const testDb = useTestDb();
let world: World;
/** Each part's fixtures, in the order of `parts`. */
let fixtures: unknown[] = [];
beforeAll(async () => {
  ({ world, fixtures } = await buildMatrixWorld(testDb().db));
});

const cursor = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** Values Postgres cannot store as text: they must be refused, naming the field. */
const UNSTORABLE = [
  { kind: "a NUL byte", value: "Ana\u0000Souza" },
  { kind: "a lone high surrogate", value: "Ana \uD83D" },
  { kind: "a lone low surrogate", value: "\uDE00 Ana" },
];

/** Everything else a client can craft: each must get a 4xx (or pass), never a 5xx. */
const CRAFTED: { kind: string; value: unknown }[] = [
  { kind: "an impossible date", value: "2026-02-30" },
  { kind: "year 0000", value: "0000-01-01" },
  { kind: "a datetime in year 0000", value: "0000-01-01T00:00:00Z" },
  { kind: "a date past year 9999", value: "+275760-09-13" },
  { kind: "a cursor with a bad id", value: cursor("2026-01-01T00:00:00.000Z|not-a-uuid") },
  { kind: "a cursor with a dashes id", value: cursor(["a", "-".repeat(36)]) },
  {
    kind: "a cursor with a far date",
    value: cursor([{ d: "-271821-04-20T00:00:00Z" }, randomUUID()]),
  },
  { kind: "a cursor of the wrong type", value: cursor([{ nested: true }, randomUUID()]) },
  {
    kind: "a ticket cursor out of range",
    value: cursor(["urgent", "-271821-04-20", randomUUID()]),
  },
  {
    kind: "a ticket cursor on February 30th",
    value: cursor(["urgent", "2026-02-30 10:00:00+00", randomUUID()]),
  },
  { kind: "a cursor that is not base64", value: "!!!%%%" },
  { kind: "a huge number", value: 1e308 },
  { kind: "an unsafe integer", value: 2 ** 53 + 1 },
  { kind: "a negative number", value: -1 },
  { kind: "a very long string", value: "x".repeat(100_000) },
  { kind: "a nested object", value: { a: { b: { c: [1, "2", null] } } } },
  { kind: "an array of NUL strings", value: ["\u0000"] },
];

interface Recorded {
  path: string;
  input: unknown;
  row: Row;
  part: number;
}

/** A caller that records the first procedure a matrix row calls, with its input, and runs none. */
function recorder() {
  const calls: { path: string; input: unknown }[] = [];
  const node = (path: string[]): unknown =>
    new Proxy(() => {}, {
      get: (_target, key) => (typeof key === "string" ? node([...path, key]) : undefined),
      apply: (_target, _this, args: unknown[]) => {
        calls.push({ path: path.join("."), input: args[0] });
        return Promise.reject(new Error("recorded, not run"));
      },
    });
  return { caller: node([]) as Caller, calls };
}

async function recordAll(): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  for (const [part, { rows }] of parts.entries()) {
    for (const [path, row] of Object.entries(rows)) {
      const { caller, calls } = recorder();
      await row.call(caller, world, fixtures[part]).catch(() => {});
      const call = calls.find((c) => c.path === path);
      recorded.push({ path, input: call?.input, row, part });
    }
  }
  return recorded;
}

type AnyProcedure = { _def: { inputs: { shape?: Record<string, unknown> }[] } };
const procedureOf = (path: string) =>
  (appRouter._def.procedures as unknown as Record<string, AnyProcedure>)[path]!;

/** Every place a value can go: each leaf of the valid input, and each top-level field. */
function slots(path: string, input: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) {
        walk(child, [...at, Array.isArray(value) ? Number(key) : key]);
      }
      if (at.length > 0 && Object.keys(value).length > 0) return;
    }
    if (at.length > 0) found.push(at);
  };
  walk(input, []);
  for (const key of Object.keys(procedureOf(path)._def.inputs[0]?.shape ?? {})) {
    if (!found.some((slot) => slot[0] === key)) found.push([key]);
  }
  return found;
}

function withValue(input: unknown, slot: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(input ?? {}) as Record<string | number, unknown>;
  let node = copy;
  for (const key of slot.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[slot.at(-1)!] = value;
  return copy;
}

/** Who gets past authentication and the role checks for this row. */
function callerOf(row: Row): CallerName {
  const passes = (name: CallerName) => {
    const outcome = row.expect[name] ?? row.expect.default;
    return outcome === "ok" || typeof outcome === "object";
  };
  const preferred: CallerName[] = [
    "ownerA",
    "staff",
    "staffInA",
    "adminA",
    "freeUser",
    "anonymous",
  ];
  return preferred.find(passes) ?? "ownerA";
}

function invoke(caller: object, path: string, input: unknown) {
  const fn = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/** The call's outcome: null when it succeeded, else its tRPC error. */
async function attempt(recorded: Recorded, input: unknown) {
  let outcome: TRPCError | null = null;
  await rolledBack(testDb(), async (db: Database) => {
    const name = callerOf(recorded.row);
    const signIn = name === "anonymous" ? {} : signInAs(world, name);
    const caller = await callerFor({ database: { ...testDb(), db }, ...signIn });
    outcome = await invoke(caller, recorded.path, input).then(
      () => null,
      (error: unknown) => {
        if (error instanceof TRPCError) return error;
        throw error;
      },
    );
  });
  return outcome as TRPCError | null;
}

/** The top-level fields a BAD_REQUEST names. */
const namedFields = (error: TRPCError) =>
  new Set(
    ((error.cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues ?? []).map((i) =>
      String(i.path[0]),
    ),
  );

describe("hostile values in every field of every procedure", () => {
  it("reach every procedure with input, and every one of their fields", async () => {
    const recorded = await recordAll();
    const withInput = recorded.filter((r) => procedureOf(r.path)._def.inputs.length > 0);
    expect(withInput.length).toBeGreaterThan(60);
    const failures: string[] = [];
    let calls = 0;
    for (const r of withInput) {
      for (const slot of slots(r.path, r.input)) {
        const field = slot.join(".");
        for (const { kind, value } of UNSTORABLE) {
          calls += 1;
          const error = await attempt(r, withValue(r.input, slot, value));
          if (!error || error.code !== "BAD_REQUEST" || !namedFields(error).has(String(slot[0]))) {
            failures.push(`${r.path} ${field} with ${kind}: ${error?.code ?? "accepted"}`);
          }
        }
        for (const { kind, value } of CRAFTED) {
          calls += 1;
          const error = await attempt(r, withValue(r.input, slot, value));
          if (error && getHTTPStatusCodeFromError(error) >= 500) {
            failures.push(`${r.path} ${field} with ${kind}: ${error.code} (${error.message})`);
          }
        }
      }
    }
    console.info(`[hostile input] ${calls} calls over ${withInput.length} procedures`);
    expect(failures).toEqual([]);
  }, 600_000);
});

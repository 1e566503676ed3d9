/**
 * The vocabulary of the tenancy matrix: the callers, what a row says, and the helpers that spell
 * out common expectations. Each domain keeps its rows in a part of its own (`./<domain>.ts`),
 * with the objects of org A it needs created once per run by its `fixtures`.
 */
import type { Database } from "@arco/db";
import type { TRPCError } from "@trpc/server";

import type { callerFor, World } from "../harness";

export const callers = [
  "anonymous",
  "freeUser",
  "ownerA",
  "adminA",
  "memberA",
  "viewerA",
  "ownerB",
  "staff",
  "staffInA",
  "ownerAByStaff",
] as const;
export type CallerName = (typeof callers)[number];

export type Caller = Awaited<ReturnType<typeof callerFor>>;
type Code = TRPCError["code"];
/** `ok` may check the result and the database (inside the case's transaction). */
export type Outcome<F = unknown> =
  | "ok"
  | Code
  | {
      ok: (
        result: unknown,
        db: Database,
        caller: CallerName,
        w: World,
        f: F,
      ) => Promise<void> | void;
    };
export type Row<F = unknown> = {
  call: (caller: Caller, w: World, f: F) => Promise<unknown>;
  expect: Partial<Record<CallerName, Outcome<F>>> & { default: Outcome<F> };
};

export interface MatrixPart<F> {
  /** Objects of org A (and B) the rows act on, created once before the cases run. */
  fixtures: (db: Database, w: World) => Promise<F>;
  rows: Record<string, Row<F>>;
}

/** A part without fixtures of its own. */
export const rowsOnly = (rows: Record<string, Row>): MatrixPart<unknown> => ({
  fixtures: async () => undefined,
  rows,
});

export const definePart = <F>(part: MatrixPart<F>) => part as unknown as MatrixPart<unknown>;

export const A_MEMBERS = ["ownerA", "adminA", "memberA", "viewerA"] as const;

export const signedIn = <F>(outcome: Outcome<F>): Row<F>["expect"] => ({
  default: outcome,
  anonymous: "UNAUTHORIZED",
});

/**
 * Org procedures: callers without an organization (staff who opened none) are told to get one
 * first; `staffInA` is agency staff working in org A, and gets what `otherwise` says unless the
 * row says so.
 */
export const inOrg = <F>(
  outcomes: Partial<Record<CallerName, Outcome<F>>>,
  otherwise: Outcome<F>,
): Row<F>["expect"] => ({
  default: otherwise,
  anonymous: "UNAUTHORIZED",
  staff: "PRECONDITION_FAILED",
  ...outcomes,
});

/** Team management in org A: owners and admins only, never agency staff. */
export const managersOfA = <F>(elsewhere: Outcome<F>): Row<F>["expect"] =>
  inOrg<F>(
    {
      ownerA: "ok",
      adminA: "ok",
      memberA: "FORBIDDEN",
      viewerA: "FORBIDDEN",
      staffInA: "FORBIDDEN",
    },
    elsewhere,
  );

/** Reads of org A's data: every member and staff in A; everyone else sees none of it. */
export const readersOfA = <F>(elsewhere: Outcome<F>, asA: Outcome<F> = "ok"): Row<F>["expect"] =>
  inOrg<F>(
    Object.fromEntries([...A_MEMBERS, "staffInA"].map((caller) => [caller, asA])),
    elsewhere,
  );

/**
 * Changes to org A's data allowed to `roles` of A (plus staff working in A): the other members of
 * A are FORBIDDEN; callers in another organization get `elsewhere` (NOT_FOUND for an id of A).
 */
export const writersOfA = <F>(
  roles: readonly ("ownerA" | "adminA" | "memberA")[],
  elsewhere: Outcome<F>,
  asA: Outcome<F> = "ok",
): Row<F>["expect"] =>
  inOrg<F>(
    Object.fromEntries(
      [...A_MEMBERS, "staffInA"].map((caller) => [
        caller,
        caller === "staffInA" || (roles as readonly string[]).includes(caller) ? asA : "FORBIDDEN",
      ]),
    ),
    elsewhere,
  );

/** Agency staff only, whether or not they are working in a client organization. */
export const staffOnly = <F>(outcome: Outcome<F>): Row<F>["expect"] => ({
  default: "FORBIDDEN",
  anonymous: "UNAUTHORIZED",
  staff: outcome,
  staffInA: outcome,
});

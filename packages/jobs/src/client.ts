import { getDb } from "@arco/db";
import type { Database } from "@arco/db";
import { Inngest, Middleware, eventType } from "inngest";
import type { StandardSchemaV1 } from "inngest";
import { z } from "zod";

// 1. Events ----------------------------------------------------------------------------------
// Every event Arco sends, with the schema Inngest validates before anything leaves the process.

export const userSignedUp = eventType("user/signed-up", {
  schema: z.object({ userId: z.uuid() }),
});

/** Someone left their email with consent (see `@arco/services/leads`): start nurturing them. */
export const leadCaptured = eventType("lead/captured", {
  schema: z.object({ leadId: z.uuid() }),
});

/** The lead became a paying customer: their nurture sequence stops at once. */
export const leadConverted = eventType("lead/converted", {
  schema: z.object({ leadId: z.uuid() }),
});

/** The daily domain check of one organization is due (fanned out by the cron). */
export const domainsCheckDue = eventType("domains/check.due", {
  schema: z.object({ orgId: z.uuid() }),
});

export const eventTypes = [userSignedUp, leadCaptured, leadConverted, domainsCheckDue] as const;

type EventOf<T> = T extends { name: infer Name; schema: infer Schema extends StandardSchemaV1 }
  ? { name: Name; data: StandardSchemaV1.InferInput<Schema> }
  : never;

/** A payload `emit` accepts, e.g. `{ name: "user/signed-up", data: { userId } }`. */
export type ArcoEvent = EventOf<(typeof eventTypes)[number]>;

// 2. The database in every function ----------------------------------------------------------

type FunctionInput = Middleware.TransformFunctionInputArgs;
type WithDb = FunctionInput & { ctx: FunctionInput["ctx"] & { db: Database } };

/**
 * Gives every function `db`, the process-wide database. A `db` already on the context wins, so
 * tests run the real handlers on their own database through `@inngest/test`'s `transformCtx`.
 */
class DatabaseMiddleware extends Middleware.BaseMiddleware {
  readonly id = "arco:database";

  // Inngest types the handler's context from a synchronous return type only; at run time it
  // awaits this hook, which opening the database needs.
  override transformFunctionInput(arg: FunctionInput): WithDb;
  override transformFunctionInput(arg: FunctionInput): WithDb | Promise<WithDb> {
    if ("db" in arg.ctx) return arg as WithDb;
    return getDb().then(({ db }) => ({ ...arg, ctx: { ...arg.ctx, db } }));
  }
}

// 3. The client ------------------------------------------------------------------------------

/**
 * Mode, event key and server URL come from the SDK's own variables (INNGEST_DEV,
 * INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY, INNGEST_BASE_URL); `emit` decides from the same ones
 * whether sending can work at all.
 */
export const inngest = new Inngest({ id: "arco", middleware: [DatabaseMiddleware] });

import { getDb } from "@arco/db";
import type { Database } from "@arco/db";
import { Inngest, Middleware, eventType } from "inngest";
import { eventSchemas } from "@arco/services";
import type { ServiceEvent } from "@arco/services";

// 1. Events ----------------------------------------------------------------------------------
// Every event Arco sends (their schemas live with the services that send them), registered with
// Inngest, which validates them before anything leaves the process.

export const userSignedUp = eventType("user/signed-up", {
  schema: eventSchemas["user/signed-up"],
});
export const leadCaptured = eventType("lead/captured", { schema: eventSchemas["lead/captured"] });
export const leadConverted = eventType("lead/converted", {
  schema: eventSchemas["lead/converted"],
});
export const domainsCheckDue = eventType("domains/check.due", {
  schema: eventSchemas["domains/check.due"],
});

export const analysisRequested = eventType("analysis/requested", {
  schema: eventSchemas["analysis/requested"],
});

export const eventTypes = [
  userSignedUp,
  leadCaptured,
  leadConverted,
  domainsCheckDue,
  analysisRequested,
] as const;

/** A payload `emit` accepts, e.g. `{ name: "user/signed-up", data: { userId } }`. */
export type ArcoEvent = ServiceEvent;

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

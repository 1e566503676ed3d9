import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "./root";

export { appRouter, createCaller } from "./root";
export type { AppRouter } from "./root";
export { createTRPCContext, enforceRateLimit, logProcedureFailure } from "./trpc";
export type { Context, CreateContextOptions } from "./trpc";
export { errorMap, errorResponse } from "./errors";
export { checkHealth } from "./health";
export { exportAuditCsv, exportLeadsCsv } from "./csv-export";
export { answer, orgCaller, staffCaller } from "./route";
export { receiveStripeWebhook } from "./stripe-webhook";

/** What each procedure takes and returns as clients see them: `RouterOutputs["tickets"]["byId"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

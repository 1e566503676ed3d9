export { appRouter, createCaller } from "./root";
export type { AppRouter } from "./root";
export { createTRPCContext, enforceRateLimit, logProcedureFailure } from "./trpc";
export type { Context, CreateContextOptions } from "./trpc";
export { errorMap, errorResponse } from "./errors";
export { checkHealth } from "./health";
export { answer, orgCaller } from "./route";

export { appRouter, createCaller } from "./root";
export type { AppRouter } from "./root";
export { createTRPCContext } from "./trpc";
export type { Context, CreateContextOptions } from "./trpc";

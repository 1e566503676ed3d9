import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter, createTRPCContext } from "@arco/api";
import { auth } from "@arco/auth";

export const runtime = "nodejs";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () => createTRPCContext({ headers: req.headers, session: await auth() }),
    onError: ({ error, path }) => {
      // Expected failures (bad input, permissions, limits) are answers; only crashes are logged.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`tRPC ${path ?? "<no path>"} failed:`, error.cause ?? error);
      }
    },
  });

export { handler as GET, handler as POST };

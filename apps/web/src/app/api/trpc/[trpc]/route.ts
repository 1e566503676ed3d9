import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter, createTRPCContext } from "@arco/api";
import { auth } from "@arco/auth";
import { logger } from "@arco/log";

import { refuseCrossSite } from "~/lib/cross-site";

export const runtime = "nodejs";

const handler = (req: Request) =>
  refuseCrossSite(req) ??
  fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () => createTRPCContext({ headers: req.headers, session: await auth() }),
    onError: ({ error, path }) => {
      // Expected failures (bad input, permissions, limits) are answers; only crashes are logged.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger.error({ err: error.cause ?? error, path }, "tRPC procedure failed");
      }
    },
  });

export { handler as GET, handler as POST };

import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter, createTRPCContext, logProcedureFailure } from "@arco/api";
import { sessionOf } from "@arco/auth";

import { refuseCrossSite } from "~/lib/cross-site";

export const runtime = "nodejs";

const handler = (req: Request) =>
  refuseCrossSite(req) ??
  fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () =>
      createTRPCContext({ headers: req.headers, session: await sessionOf(req.headers) }),
    onError: logProcedureFailure,
  });

export { handler as GET, handler as POST };

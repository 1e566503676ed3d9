import { initTRPC } from "@trpc/server";
import { desc } from "drizzle-orm";
import superjson from "superjson";

import { db } from "./db";
import { posts } from "./schema";

export const createTRPCContext = async (opts: { headers: Headers }) => ({ db, ...opts });

const t = initTRPC.context<typeof createTRPCContext>().create({ transformer: superjson });

export const appRouter = t.router({
  post: t.router({
    list: t.procedure.query(({ ctx }) =>
      ctx.db.query.posts.findMany({ orderBy: desc(posts.createdAt), limit: 20 }),
    ),
  }),
});

export type AppRouter = typeof appRouter;

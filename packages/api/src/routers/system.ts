import { checkHealth } from "../health";
import { publicProcedure, router } from "../trpc";

export const systemRouter = router({
  health: publicProcedure.query(({ ctx }) => checkHealth(ctx.database)),
});

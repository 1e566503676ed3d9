import { jobsStatus } from "@arco/jobs";
import { system } from "@arco/services";

import { publicProcedure, router } from "../trpc";

export const systemRouter = router({
  health: publicProcedure.query(async ({ ctx }) => ({
    ...(await system.getHealth(ctx.database)),
    jobs: jobsStatus(),
  })),
});

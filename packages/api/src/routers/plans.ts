import { plans } from "@arco/services";

import { publicProcedure, router } from "../trpc";

export const plansRouter = router({
  /** The plans on the pricing page, as admins set them. */
  list: publicProcedure.query(({ ctx }) => plans.listPublicPlans(ctx.scope)),
});

import { getOutboxMessage, listOutbox } from "@arco/email";
import { TRPCError } from "@trpc/server";

import { idInput, paginationInput } from "../schemas";
import { adminProcedure, router } from "../trpc";

export const adminRouter = router({
  outbox: router({
    list: adminProcedure
      .input(paginationInput.pick({ cursor: true, limit: true }))
      .query(({ ctx, input }) => listOutbox(ctx.db, input)),

    byId: adminProcedure.input(idInput).query(async ({ ctx, input }) => {
      const message = await getOutboxMessage(ctx.db, input.id);
      if (!message)
        throw new TRPCError({ code: "NOT_FOUND", message: "That email was not found." });
      return message;
    }),
  }),
});

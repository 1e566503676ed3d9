import { notifications } from "@arco/services";
import { z } from "zod";

import { paginationInput } from "../schemas";
import { protectedProcedure, router } from "../trpc";

const markReadInput = z
  .object({
    ids: z.array(z.uuid("That notification id is not valid.")).max(100).optional(),
    all: z.boolean().optional(),
  })
  .refine((input) => input.all === true || (input.ids?.length ?? 0) > 0, {
    message: "Say which notifications to mark as read, or all of them.",
  });

/** The signed-in person's own notifications (expiry warnings and the like). */
export const notificationsRouter = router({
  list: protectedProcedure
    .input(paginationInput)
    .query(({ ctx, input }) => notifications.listNotifications(ctx.scope, input)),

  markRead: protectedProcedure
    .input(markReadInput)
    .mutation(({ ctx, input }) => notifications.markNotificationsRead(ctx.scope, input)),
});

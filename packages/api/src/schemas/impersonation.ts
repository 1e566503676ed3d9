import { IMPERSONATION } from "@arco/services/roles";
import { z } from "zod";

export const startImpersonationInput = z.object({
  orgId: z.uuid("That organization id is not valid."),
  /** The member to act as; left out, staff work in the organization as agency staff. */
  userId: z.uuid("That member id is not valid.").nullish(),
  reason: z
    .string("Give a reason.")
    .trim()
    .min(IMPERSONATION.minReasonLength, "Give a reason of at least 10 characters.")
    .max(500, "Keep the reason under 500 characters."),
  minutes: z
    .number("Choose a duration in minutes.")
    .int("Choose a whole number of minutes.")
    .min(5, "Choose a duration between 5 and 60 minutes.")
    .max(IMPERSONATION.maxMinutes, "Choose a duration between 5 and 60 minutes.")
    .default(IMPERSONATION.defaultMinutes),
});

import { ServiceError } from "@arco/services/errors";
import { sendWelcomeEmail as sendWelcome } from "@arco/services/notifications";

import { userSignedUp } from "../../client";
import { defineJob } from "../../job";

export const sendWelcomeEmail = defineJob(
  {
    id: "send-welcome-email",
    name: "Send the welcome email",
    trigger: { event: userSignedUp },
    retries: 3,
    // A sign-up event sent twice within 24 hours starts one run; the email's own idempotency
    // key (`welcome:<userId>`) covers everything beyond that.
    idempotency: "event.data.userId",
  },
  async ({ event, step, scope }) =>
    step.run("send-welcome-email", async () => {
      try {
        const result = await sendWelcome(scope, { userId: event.data.userId });
        // Throwing hands the step back to Inngest's retries; the next attempt re-sends.
        if (result.status === "failed")
          throw new Error("The welcome email could not be delivered.");
        return result;
      } catch (error) {
        // The account was deleted before the job ran: nobody to welcome, nothing to retry.
        if (error instanceof ServiceError && error.code === "NOT_FOUND") {
          return { skipped: "The account no longer exists." };
        }
        throw error;
      }
    }),
);

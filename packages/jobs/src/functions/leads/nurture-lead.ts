import { NURTURE_DAYS, nurtureDueAt, sendNurtureEmail } from "@arco/services/leads";
import type { NurtureDay } from "@arco/services/leads";

import { leadCaptured, leadConverted } from "../../client";
import { defineJob } from "../../job";

/**
 * The nurture sequence of one lead: an email on days 3, 7, 14 and 30 after capture. Each email
 * checks the lead again first (`sendNurtureEmail`), so an unsubscribe, or a sign-up on a paid
 * plan, ends the run at its next step even when no `lead/converted` event arrives.
 */
export const nurtureLead = defineJob(
  {
    id: "nurture-lead",
    name: "Nurture a captured lead",
    trigger: { event: leadCaptured },
    retries: 3,
    cancelOn: [{ event: leadConverted, match: "data.leadId" }],
    // One sequence per lead: `captureLead` emits once per lead, a redelivered event within a day
    // starts nothing, and any later duplicate run finds every email already sent (each has its
    // own idempotency key) so it sends nothing twice.
    idempotency: "event.data.leadId",
    // Sleeping runs hold no slot: this bounds the emails sent at once when many runs wake together.
    concurrency: [{ limit: 10 }],
  },
  async ({ event, step, scope }) => {
    const { leadId } = event.data;
    // The event's own time, not the clock at execution: replays compute the same schedule.
    const capturedAt = event.ts;
    if (capturedAt === undefined) throw new Error("lead/captured arrived without a timestamp.");

    const sent: NurtureDay[] = [];
    for (const day of NURTURE_DAYS) {
      await step.sleepUntil(`wait-until-day-${day}`, nurtureDueAt(capturedAt, day));
      const result = await step.run(`send-day-${day}`, async () => {
        const outcome = await sendNurtureEmail(scope, { leadId, day });
        // Throwing hands the step to Inngest's retries; the next attempt delivers again.
        if (!outcome.sent && outcome.reason === "delivery-failed") {
          throw new Error(`The day-${day} nurture email could not be delivered.`);
        }
        return outcome;
      });
      if (result.sent || result.reason === "already-sent") {
        sent.push(day);
        continue;
      }
      return { stopped: result.reason, sent };
    }
    return { completed: true, sent };
  },
);

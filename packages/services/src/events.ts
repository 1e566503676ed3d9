import { z } from "zod";

/**
 * Every event Arco sends to start background work, with its data's schema. Services send them
 * through `ServiceContext.emit`; `@arco/jobs` registers the same schemas with Inngest and checks
 * them before anything leaves the process.
 */
export const eventSchemas = {
  /** An account was created: welcome it. */
  "user/signed-up": z.object({ userId: z.uuid() }),
  /** Someone left their email with consent (see `leads`): start nurturing them. */
  "lead/captured": z.object({ leadId: z.uuid() }),
  /** The lead's address signed up (`leads.convertLeads`): its nurture emails stop at once. */
  "lead/converted": z.object({ leadId: z.uuid() }),
  /** The daily domain check of one organization is due (fanned out by the cron). */
  "domains/check.due": z.object({ orgId: z.uuid() }),
  /** Someone asked for an analysis (see `analyses.startAnalysis`): run it, off the request. */
  "analysis/requested": z.object({ analysisId: z.uuid() }),
} as const;

export type EventName = keyof typeof eventSchemas;

/** A payload `emit` accepts, e.g. `{ name: "user/signed-up", data: { userId } }`. */
export type ServiceEvent = {
  [Name in EventName]: { name: Name; data: z.input<(typeof eventSchemas)[Name]> };
}[EventName];

/** Starts background work. Never throws: the caller's request succeeds either way. */
export type Emit = (event: ServiceEvent) => Promise<{ sent: boolean }>;

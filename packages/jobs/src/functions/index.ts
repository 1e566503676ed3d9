import { pruneExpiredSessions } from "./accounts/prune-expired-sessions";
import { sendWelcomeEmail } from "./accounts/send-welcome-email";
import { runAnalysis } from "./analyses/run-analysis";
import { endLapsedGracePeriods } from "./billing/end-lapsed-grace-periods";
import { sweepStuckAnalyses } from "./analyses/sweep-stuck-analyses";
import { grantMonthlyCredits } from "./credits/grant-monthly-credits";
import { runOrgDomainChecks } from "./domains/run-org-domain-checks";
import { scheduleDomainChecks } from "./domains/schedule-domain-checks";
import { releaseAbandonedUploads } from "./files/release-abandoned-uploads";
import { nurtureLead } from "./leads/nurture-lead";
import { rollUpTicketMonths } from "./metrics/roll-up-ticket-months";
import { resetTicketQuotas } from "./tickets/reset-ticket-quotas";
import { rollUpUsage } from "./usage/roll-up-usage";

/** Every background function: served at /api/inngest, or run by the local runner. */
export const jobs = [
  sendWelcomeEmail,
  nurtureLead,
  resetTicketQuotas,
  scheduleDomainChecks,
  runOrgDomainChecks,
  releaseAbandonedUploads,
  runAnalysis,
  sweepStuckAnalyses,
  pruneExpiredSessions,
  grantMonthlyCredits,
  rollUpUsage,
  rollUpTicketMonths,
  endLapsedGracePeriods,
];

/** The same functions as Inngest sees them. */
export const functions = jobs.map((job) => job.inngest);

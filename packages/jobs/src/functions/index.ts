import { pruneExpiredSessions } from "./accounts/prune-expired-sessions";
import { sendWelcomeEmail } from "./accounts/send-welcome-email";
import { sweepStuckAnalyses } from "./analyses/sweep-stuck-analyses";
import { runOrgDomainChecks } from "./domains/run-org-domain-checks";
import { scheduleDomainChecks } from "./domains/schedule-domain-checks";
import { releaseAbandonedUploads } from "./files/release-abandoned-uploads";
import { nurtureLead } from "./leads/nurture-lead";
import { resetTicketQuotas } from "./tickets/reset-ticket-quotas";

/** Every function Arco serves at /api/inngest. */
export const functions = [
  sendWelcomeEmail,
  nurtureLead,
  resetTicketQuotas,
  scheduleDomainChecks,
  runOrgDomainChecks,
  releaseAbandonedUploads,
  sweepStuckAnalyses,
  pruneExpiredSessions,
];

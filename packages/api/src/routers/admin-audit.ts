import { audit } from "@arco/services";

import {
  auditEntryInput,
  auditListInput,
  auditPickerInput,
  impersonationSessionInput,
  impersonationSessionsInput,
} from "../schemas/audit";
import { router, staffProcedure } from "../trpc";

/**
 * The audit log across every client and the trail of impersonation sessions, for agency staff;
 * its CSV export is a route of its own (`exportAuditCsv`), for admins.
 */
export const adminAuditRouter = router({
  list: staffProcedure("readAudit")
    .input(auditListInput)
    .query(({ ctx, input }) => audit.listAuditLog(ctx.scope, input)),

  byId: staffProcedure("readAudit")
    .input(auditEntryInput)
    .query(({ ctx, input }) => audit.auditEntry(ctx.scope, input)),

  sessions: staffProcedure("readAudit")
    .input(impersonationSessionsInput)
    .query(({ ctx, input }) => audit.listImpersonationSessions(ctx.scope, input)),

  sessionById: staffProcedure("readAudit")
    .input(impersonationSessionInput)
    .query(({ ctx, input }) => audit.impersonationSession(ctx.scope, input)),

  /** The filter pickers: organizations and people by the start of their name or email. */
  pickerOptions: staffProcedure("readAudit")
    .input(auditPickerInput)
    .query(({ ctx, input }) => audit.auditPickerOptions(ctx.scope, input)),
});

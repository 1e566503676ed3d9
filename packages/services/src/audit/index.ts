export { recordAudit } from "./record";
export type { Actor, AnonymousActor, AuditEntry } from "./record";
export {
  auditEntry,
  auditPickerOptions,
  impersonationSession,
  listAuditLog,
  listImpersonationSessions,
} from "./read";
export type { AuditFilters, AuditLogRow, ImpersonationSessionRow, SessionFilters } from "./read";
export { exportAuditLog } from "./export";

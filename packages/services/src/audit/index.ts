export { recordAudit } from "./record";
export type { Actor, AnonymousActor, AuditEntry } from "./record";

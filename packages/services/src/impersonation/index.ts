export { actingAs } from "./request";
export type { EndedImpersonation, Impersonation } from "./request";
export { endImpersonationsOf, startImpersonation, stopImpersonation } from "./session";
export type { EndReason, StartImpersonation } from "./session";
export { agencyAccessLog, membersToImpersonate } from "./read";

export { actingAs } from "./request";
export type { EndedImpersonation, Impersonation } from "./request";
export {
  DEFAULT_MINUTES,
  MAX_MINUTES,
  MIN_REASON_LENGTH,
  endImpersonationsOf,
  startImpersonation,
  stopImpersonation,
} from "./session";
export type { EndReason, StartImpersonation } from "./session";
export { agencyAccessLog, membersToImpersonate } from "./read";

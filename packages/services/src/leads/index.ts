export { sendNurtureEmail } from "./background";
export type { NurtureResult, NurtureStopReason } from "./background";
export { captureLead } from "./leads";
export type { CaptureLeadInput, LeadSource } from "./leads";
export { NURTURE_DAYS, nurtureDueAt } from "./schedule";
export type { NurtureDay } from "./schedule";
export { unsubscribeLead } from "./unsubscribe";

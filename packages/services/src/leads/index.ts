export { captureLead } from "./capture";
export type { CaptureLeadInput, LeadEmit, LeadSource } from "./capture";
export { sendNurtureEmail } from "./nurture";
export type { NurtureResult, NurtureStopReason } from "./nurture";
export { NURTURE_DAYS, nurtureDueAt } from "./schedule";
export type { NurtureDay } from "./schedule";
export { unsubscribeLead } from "./unsubscribe";

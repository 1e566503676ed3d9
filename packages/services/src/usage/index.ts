export { ROLL_UP_DAYS, rollUpUsage } from "./background";
export { MAX_USAGE_DAYS, usageForStaff, usageOverTime } from "./read";
export type { UsageDay } from "./read";

export { assertWithinPlan, beyondPlan } from "./beyond-plan";
export type { Limited } from "./beyond-plan";
export { LIMITS, effectiveLimits, limitOf } from "./limits";
export type { LimitName, Limits } from "./limits";
export { listPublicPlans } from "./read";
export type { PublicPlan } from "./read";
export { clientLimits, listPlansForStaff, setCustomLimits, updatePlan } from "./staff";
export type { PlanChanges } from "./staff";

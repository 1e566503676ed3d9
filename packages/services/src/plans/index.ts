export { assertWithinPlan, beyondPlan } from "./beyond-plan";
export type { Limited } from "./beyond-plan";
export { listPublicPlans } from "./read";
export type { PublicPlan } from "./read";

export { listPublicPlans } from "./read";
export type { PublicPlan } from "./read";

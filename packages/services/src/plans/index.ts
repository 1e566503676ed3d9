export { listPublicPlans } from "./list-public";
export type { PublicPlan } from "./list-public";

export { getHealth } from "./health";
export type { HealthReport } from "./health";

export { getHealth } from "./health";
export type {
  DatabasePart,
  EmailPart,
  HealthProbes,
  HealthReport,
  JobsPart,
  PartStatus,
  RedisPart,
  StoragePart,
} from "./health";

export * as accounts from "./accounts";
export * as analyses from "./analyses";
export * as audit from "./audit";
export * as billing from "./billing";
export * as credits from "./credits";
export * as domains from "./domains";
export * as files from "./files";
export * as impersonation from "./impersonation";
export * as invitations from "./invitations";
export * as leads from "./leads";
export * as members from "./members";
export * as metrics from "./metrics";
export * as notifications from "./notifications";
export * as orgs from "./orgs";
export * as people from "./people";
export * as plans from "./plans";
export * as projects from "./projects";
export * as system from "./system";
export * as tickets from "./tickets";
export * as usage from "./usage";
export { ServiceError } from "./errors";
export { csvCell, csvLine, csvStream } from "./csv";
export type { CsvValue } from "./csv";
export type { ServiceErrorCode } from "./errors";
export type { Actor, AnonymousActor } from "./audit";
export { SYSTEM_ACTOR, createServiceContext, inOrg, within } from "./context";
export type {
  Analyze,
  OrgScope,
  PublicScope,
  ServiceContext,
  ServiceDependencies,
  StaffScope,
  SystemScope,
  UserScope,
} from "./context";
export { eventSchemas } from "./events";
export type { Emit, EventName, ServiceEvent } from "./events";

export { loadMembership } from "./access";
export type { LoadedMembership, OrgAccess } from "./access";
export { createOrganization, switchOrganization, updateOrganization } from "./organizations";
export { listActivity, organizationOverview } from "./read";
export { leaveClientOrg, listClients, openClientOrg } from "./staff";

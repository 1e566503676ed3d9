export { leaveClientOrg, openClientOrg, resolveOrgAccess } from "./access";
export { listClients } from "./clients";
export type { OrgAccess } from "./access";
export { createOrganization } from "./create";
export { listMemberships, loadMembership } from "./memberships";
export type { LoadedMembership } from "./memberships";
export { organizationOverview, pendingInvitationsOf } from "./overview";
export { switchOrganization } from "./switch";
export { updateOrganization } from "./update";

export { loadMembership } from "./access";
export type { LoadedMembership, OrgAccess } from "./access";
export { createOrganization, switchOrganization } from "./organizations";
export {
  DEFAULT_ORG_TIME_ZONE,
  INVITE_POLICIES,
  mayInvite,
  organizationSettings,
  updateOrganization,
} from "./settings";
export type { InvitePolicy, OrganizationChanges } from "./settings";
export { listActivity, organizationOverview } from "./read";
export { inClientOrg, listClients } from "./staff";

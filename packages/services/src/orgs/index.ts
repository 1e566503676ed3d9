export { createOrganization } from "./create";
export { listMemberships, loadMembership } from "./memberships";
export type { LoadedMembership } from "./memberships";
export { organizationOverview, pendingInvitationsOf } from "./overview";
export { switchOrganization } from "./switch";
export { updateOrganization } from "./update";

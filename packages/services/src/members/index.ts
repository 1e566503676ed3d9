export { leaveOrganization, removeMember, updateMemberRole } from "./change";
export { listMembers } from "./list";
export { MANAGER_ROLES, canGrant, canManage } from "./roles";
export type { OrgRole, Role } from "./roles";

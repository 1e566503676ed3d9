export { leaveOrganization, removeMember, updateMemberRole } from "./members";
export { listMembers } from "./read";

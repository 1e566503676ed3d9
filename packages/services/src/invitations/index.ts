export { INVITATION_TTL_DAYS, createInvitation, revokeInvitation } from "./invitations";
export { invitationByToken, listPendingInvitations } from "./read";
export { invitationStatus } from "./access";
export type { InvitationStatus } from "./access";
export { acceptInvitation, declineInvitation } from "./respond";

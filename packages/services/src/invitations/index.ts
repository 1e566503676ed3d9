export { INVITATION_TTL_DAYS, createInvitation } from "./create";
export { listPendingInvitations } from "./list";
export {
  acceptInvitation,
  declineInvitation,
  invitationByToken,
  invitationStatus,
  revokeInvitation,
} from "./respond";
export type { InvitationStatus } from "./respond";

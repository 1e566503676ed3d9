export { proveAddress } from "./address-proof";
export type { AddressProof } from "./address-proof";
export { verifyCredentials } from "./credentials";
export type { CredentialsCheck } from "./credentials";
export {
  VERIFY_EMAIL_TTL_HOURS,
  requestEmailVerification,
  verifyEmail,
} from "./email-verification";
export { normalizeEmail } from "./normalize";
export { hashPassword, needsRehash, verifyPassword } from "./password";
export {
  changePassword,
  describeMe,
  setEmailPreferences,
  setLocale,
  updateProfile,
} from "./profile";
export { PASSWORD_RESET_TTL_MINUTES, requestPasswordReset, resetPassword } from "./password-reset";
export {
  SESSION_MAX_AGE_SECONDS,
  endSession,
  endSessions,
  signOutEverywhere,
  startSession,
  requesterOfSession,
} from "./sessions";
export type { Requester } from "./sessions";
export { pruneExpiredSessions } from "./background";
export { recipientLocale } from "./recipient-locale";
export { setUpNewAccount, signUp } from "./sign-up";
export type { SignUpInput, SignUpOutcome } from "./sign-up";

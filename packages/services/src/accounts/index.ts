export { verifyCredentials } from "./credentials";
export {
  VERIFY_EMAIL_TTL_HOURS,
  requestEmailVerification,
  verifyEmail,
} from "./email-verification";
export { normalizeEmail } from "./normalize";
export { hashPassword, verifyPassword } from "./password";
export { changePassword, getMe, updateProfile } from "./profile";
export { firstName, signUp } from "./sign-up";
export type { SignUpInput } from "./sign-up";

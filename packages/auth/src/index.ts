import "./types";

import NextAuth from "next-auth";

import { authConfig } from "./config";

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
export { MAGIC_LINK_MINUTES, oauthProviders } from "./config";
export { onAppUrl } from "./links";
export { gitHubProfileWithVerifiedEmail } from "./oauth";
export {
  authorizeCredentials,
  EmailNotVerified,
  InvalidCredentials,
  SignInUnavailable,
  TooManyAttempts,
} from "./credentials";

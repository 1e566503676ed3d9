import "./types";

import NextAuth from "next-auth";

import { authConfig } from "./config";
import { env } from "./env";
import { readSessionCookie } from "./session-cookie";

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

/**
 * Who a request's session cookie names, for the API and the pages: read on the calling thread
 * (`./session-cookie`), or by Auth.js for a cookie only it can judge. The `sessions` row it
 * names is checked by the caller, so a revoked session is no one either way.
 */
export async function sessionOf(headers: Headers) {
  const reading = readSessionCookie(headers.get("cookie"), { secret: env.AUTH_SECRET });
  if (reading === "unrecognised") return auth();
  return reading && { user: { id: reading.userId }, sessionId: reading.sessionId };
}

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

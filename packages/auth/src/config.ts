import { getDb } from "@arco/db";
import { accounts, sessions, users, verificationTokens } from "@arco/db/schema";
import { sendEmail } from "@arco/email";
import { emit } from "@arco/jobs";
import { clientIp, getRateLimiter } from "@arco/ratelimit";
import { accounts as accountsService, createServiceContext } from "@arco/services";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { and, eq } from "drizzle-orm";

import { authorizeCredentials } from "./credentials";
import { env } from "./env";
import { onAppUrl, redirectOnApp } from "./links";
import { oauthProviders as configuredOAuth } from "./oauth";
import type { OAuthPerson } from "./oauth";

export const MAGIC_LINK_MINUTES = 15;

const oauth = configuredOAuth();

/** The OAuth sign-in buttons to show: ids and names only, safe to hand to the browser. */
export const oauthProviders = oauth.map((p) => ({ id: p.id, name: p.name }));

/**
 * The email sign-in link. Auth.js's built-in email providers hard-code their transports, so
 * this one sends through Arco's email package (Resend, or the outbox and mail drop).
 * Rate-limited per IP and per address; refusing throws, which Auth.js reports as an
 * "EmailSignin" error.
 */
const magicLink: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MINUTES * 60,
  async sendVerificationRequest({ identifier, url, request, token }) {
    const limiter = getRateLimiter();
    const checks = await Promise.all([
      limiter.check("auth.magicLink.ip", clientIp(request.headers)),
      limiter.check("auth.magicLink.account", identifier),
    ]);
    if (checks.some((d) => !d.allowed)) throw new Error("Sign-in link refused by the rate limiter");
    const { db } = await getDb();
    const result = await sendEmail(db, {
      locale: await accountsService.recipientLocale(db, { email: identifier }),
      to: identifier,
      idempotencyKey: `magic-link:${token}`,
      template: "magic-link",
      props: { url: onAppUrl(url), expiresInMinutes: MAGIC_LINK_MINUTES },
    });
    if (result.status === "failed") throw new Error("The sign-in email could not be sent");
  },
};

export async function authConfig(): Promise<NextAuthConfig> {
  const { db } = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Credentials sign-in requires JWT sessions. The token names a `sessions` row, which the API
    // checks on every request: deleting the row signs that cookie out at once.
    session: { strategy: "jwt", maxAge: accountsService.SESSION_MAX_AGE_SECONDS },
    secret: env.AUTH_SECRET,
    trustHost: true,
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in?sent=1" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize: (input, request) =>
          authorizeCredentials(db, getRateLimiter(), input, clientIp(request.headers)),
      }),
      magicLink,
      ...oauth,
    ],
    callbacks: {
      redirect: ({ url, baseUrl }) => redirectOnApp(url, baseUrl),
      /**
       * An address belongs to whoever proves it. Opening a sign-in link proves it. An OAuth
       * provider proves it only when it says it verified the address; without that, the
       * sign-in may neither join an existing account nor open a new one with that address
       * (whose real owner would later find a stranger's login attached to it).
       */
      async signIn({ user, account, email }) {
        if (email?.verificationRequest || !account) return true;
        if (account.type === "email") {
          // For an address with no account yet, `user.id` names no row and nothing happens.
          if (user.id) await accountsService.proveAddress(db, user.id, { via: "email-link" });
          return true;
        }
        if (account.type !== "oauth" && account.type !== "oidc") return true;
        const [linked] = await db
          .select({ userId: accounts.userId })
          .from(accounts)
          .where(
            and(
              eq(accounts.provider, account.provider),
              eq(accounts.providerAccountId, account.providerAccountId),
            ),
          );
        if (linked) return true;
        const person = user as Partial<OAuthPerson>;
        return person.email && person.emailVerifiedByProvider
          ? true
          : "/sign-in?error=OAuthEmailUnverified";
      },
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sid = await accountsService.startSession(db, user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionId = typeof token.sid === "string" ? token.sid : null;
        return session;
      },
    },
    events: {
      // Users created by a magic link or OAuth get their own organization, like password sign-ups.
      async createUser({ user }) {
        if (!user.id) return;
        const scope = {
          ...createServiceContext({ db, appUrl: env.APP_URL, emit }),
          actor: { userId: user.id, actorUserId: user.id },
        };
        await accountsService.setUpNewAccount(scope, {
          name: user.name ?? user.email?.split("@")[0] ?? "My",
        });
      },
      // The provider verified the address: it now belongs to this account (before the session
      // of this sign-in is made, so only earlier sessions end).
      async linkAccount({ user, account, profile }) {
        if (!user.id || !(profile as Partial<OAuthPerson>).emailVerifiedByProvider) return;
        await accountsService.proveAddress(db, user.id, { via: `oauth:${account.provider}` });
      },
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : null;
        if (typeof sid === "string") await accountsService.endSession(db, sid);
      },
    },
  };
}

import { getDb } from "@arco/db";
import { accounts, sessions, users, verificationTokens } from "@arco/db/schema";
import { sendEmail } from "@arco/email";
import { emit } from "@arco/jobs";
import { clientIp, getRateLimiter } from "@arco/ratelimit";
import { accounts as accountsService, orgs } from "@arco/services";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { eq } from "drizzle-orm";

import { authorizeCredentials } from "./credentials";
import { env } from "./env";

export const MAGIC_LINK_MINUTES = 15;

/** OAuth providers switch on when their credentials are configured. */
const oauth = [
  env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
    ? Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })
    : null,
  env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
    ? GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })
    : null,
].filter((p) => p !== null);

/** The OAuth sign-in buttons to show: ids and names only, safe to hand to the browser. */
export const oauthProviders = oauth.map((p) => ({ id: p.id, name: p.name }));

/**
 * The email sign-in link. Auth.js's built-in email providers hard-code their transports, so
 * this one sends through Arco's email package (Resend, or the dev outbox). Rate-limited per IP
 * and per address; refusing throws, which Auth.js reports as an "EmailSignin" error.
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
      to: identifier,
      idempotencyKey: `magic-link:${token}`,
      template: "magic-link",
      props: { url, expiresInMinutes: MAGIC_LINK_MINUTES },
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
    // Credentials sign-in requires JWT sessions; everything beyond the user id is read from the
    // database on each request, so role changes and removals apply at once.
    session: { strategy: "jwt" },
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
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      // The staff role and active organization are read afresh, never trusted from the token.
      async session({ session, token }) {
        if (!token.sub) return session;
        const [user] = await db
          .select({ staffRole: users.staffRole, activeOrgId: users.activeOrgId })
          .from(users)
          .where(eq(users.id, token.sub));
        session.user.id = token.sub;
        session.user.staffRole = user?.staffRole ?? null;
        session.activeOrgId = user?.activeOrgId ?? null;
        return session;
      },
    },
    events: {
      // Users created by a magic link or OAuth get their own organization, like password sign-ups.
      async createUser({ user }) {
        if (!user.id) return;
        const actor = { userId: user.id, actorUserId: user.id };
        const name = user.name ?? user.email?.split("@")[0] ?? "My";
        await orgs.createOrganization(db, actor, {
          name: `${accountsService.firstName(name)}'s organization`,
        });
        await emit({ name: "user/signed-up", data: { userId: user.id } });
      },
    },
  };
}

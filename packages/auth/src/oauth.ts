import type { OAuthConfig } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";

import { env } from "./env";

/**
 * The person an OAuth provider vouches for, as Arco keeps it. `emailVerifiedByProvider` says
 * whether the provider verified the address: only then may the sign-in join an existing Arco
 * account with that address (and prove it — see `accounts.proveAddress`).
 */
export interface OAuthPerson {
  id: string;
  name: string | null;
  email: string | null;
  image: string | null;
  emailVerifiedByProvider: boolean;
}

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

/**
 * GitHub's profile gives the public email, which says nothing of verification; its emails API
 * does. Keep the primary address if it is verified, else the public one if that is verified,
 * else no verified address at all.
 */
export async function gitHubProfileWithVerifiedEmail(userinfoUrl: string, accessToken: string) {
  const headers = { Authorization: `Bearer ${accessToken}`, "User-Agent": "arco" };
  const [profile, emails] = await Promise.all([
    fetch(userinfoUrl, { headers }).then((r) => r.json() as Promise<Record<string, unknown>>),
    fetch(`${userinfoUrl}/emails`, { headers }).then((r) =>
      r.ok ? (r.json() as Promise<GitHubEmail[]>) : [],
    ),
  ]);
  const list = Array.isArray(emails) ? emails : [];
  const verified =
    list.find((e) => e.primary && e.verified) ??
    list.find((e) => e.verified && e.email === profile.email);
  return {
    ...profile,
    email: verified?.email ?? profile.email ?? null,
    email_verified: !!verified,
  };
}

/** The OAuth providers whose credentials are configured. */
export function oauthProviders(): OAuthConfig<Record<string, unknown>>[] {
  const providers: OAuthConfig<Record<string, unknown>>[] = [];
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    providers.push(
      Google({
        clientId: env.AUTH_GOOGLE_ID,
        clientSecret: env.AUTH_GOOGLE_SECRET,
        // Linking by address is decided in the signIn callback: verified addresses only.
        allowDangerousEmailAccountLinking: true,
        profile: (raw): OAuthPerson => ({
          id: String(raw.sub),
          name: raw.name ?? null,
          email: raw.email ?? null,
          image: raw.picture ?? null,
          emailVerifiedByProvider: raw.email_verified === true,
        }),
      }) as unknown as OAuthConfig<Record<string, unknown>>,
    );
  }
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(
      GitHub({
        clientId: env.AUTH_GITHUB_ID,
        clientSecret: env.AUTH_GITHUB_SECRET,
        allowDangerousEmailAccountLinking: true,
        userinfo: {
          url: "https://api.github.com/user",
          request: ({ tokens }: { tokens: { access_token?: string } }) =>
            gitHubProfileWithVerifiedEmail(
              "https://api.github.com/user",
              tokens.access_token ?? "",
            ),
        },
        profile: (raw): OAuthPerson => ({
          id: String(raw.id),
          name: (raw.name as string | null) ?? (raw.login as string),
          email: (raw.email as string | null) ?? null,
          image: (raw.avatar_url as string | null) ?? null,
          emailVerifiedByProvider: (raw as { email_verified?: boolean }).email_verified === true,
        }),
      }) as unknown as OAuthConfig<Record<string, unknown>>,
    );
  }
  return providers;
}

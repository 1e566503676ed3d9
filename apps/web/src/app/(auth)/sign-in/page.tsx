import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { oauthProviders } from "@arco/auth";

import { SignInForm } from "~/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { safeCallbackUrl, withCallbackUrl } from "~/lib/callback-url";
import { currentUser } from "~/trpc/me";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/** Auth.js sends its failures here as `?error=`; these are the ones a person can act on. */
const authErrors: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  OAuthAccountNotLinked:
    "This email already has an Arco account. Sign in the way you did before (password or email link).",
  OAuthEmailUnverified:
    "That account’s provider hasn’t verified its email address, so it can’t be used to sign in to Arco. Verify the address there, or sign in with an email link.",
  AccessDenied: "Sign-in was refused. If your account was disabled, contact the agency.",
  EmailSignin:
    "We couldn’t send a sign-in link right now. If you asked for several, wait a few minutes and try again.",
  SessionRequired: "Sign in to continue.",
};
const GENERIC_ERROR = "Sign-in didn’t complete. Try again.";

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await currentUser()) redirect(callbackUrl);

  const errorParam = first(params.error);
  // Credentials failures are shown by the form itself; they never reach this page by redirect.
  const error =
    errorParam && errorParam !== "CredentialsSignin"
      ? (authErrors[errorParam] ?? GENERIC_ERROR)
      : undefined;

  return (
    <Card>
      <CardHeader className="text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in to Arco</h1>
        <CardDescription>Welcome back. Choose how you want to sign in.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <SignInForm
          callbackUrl={callbackUrl}
          oauthProviders={oauthProviders}
          initialError={error}
          defaultEmail={first(params.email)?.slice(0, 320)}
          linkSent={first(params.sent) === "1"}
        />
        <p className="text-center text-sm text-muted-foreground">
          New to Arco?{" "}
          <Link
            href={withCallbackUrl("/sign-up", callbackUrl)}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            Create an account
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}

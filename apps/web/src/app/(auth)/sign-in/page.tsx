import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { oauthProviders } from "@arco/auth";

import { SignInForm } from "~/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { homeFor, safeCallbackUrl, withCallbackUrl } from "~/lib/callback-url";
import { currentUser } from "~/trpc/me";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("signIn"), robots: { index: false } };
}

/** Auth.js sends its failures here as `?error=`; these are the ones a person can act on. */
const authErrors = [
  "Verification",
  "OAuthAccountNotLinked",
  "OAuthEmailUnverified",
  "AccessDenied",
  "EmailSignin",
  "SessionRequired",
] as const;
type AuthError = (typeof authErrors)[number];
const isAuthError = (value: string): value is AuthError =>
  (authErrors as readonly string[]).includes(value);

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const returnTo = safeCallbackUrl(first(params.callbackUrl), null);
  const me = await currentUser();
  if (me) redirect(returnTo ?? homeFor(me));
  const t = await getTranslations("auth.signIn");

  const errorParam = first(params.error);
  // Credentials failures are shown by the form itself; they never reach this page by redirect.
  const error =
    errorParam && errorParam !== "CredentialsSignin"
      ? t(`errors.${isAuthError(errorParam) ? errorParam : "generic"}`)
      : undefined;

  return (
    <Card>
      <CardHeader className="text-center">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <SignInForm
          callbackUrl={returnTo}
          oauthProviders={oauthProviders}
          initialError={error}
          defaultEmail={first(params.email)?.slice(0, 320)}
          linkSent={first(params.sent) === "1"}
        />
        <p className="text-center text-sm text-muted-foreground">
          {t.rich("newToArco", {
            link: (chunks) => (
              <Link
                href={returnTo ? withCallbackUrl("/sign-up", returnTo) : "/sign-up"}
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      </CardContent>
    </Card>
  );
}

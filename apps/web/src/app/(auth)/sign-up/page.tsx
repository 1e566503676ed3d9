import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { emailSchema } from "@arco/api/schemas";

import { SignUpForm } from "~/components/auth/sign-up-form";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { homeFor, safeCallbackUrl, withCallbackUrl } from "~/lib/callback-url";
import { currentUser } from "~/trpc/me";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("signUp"), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { callbackUrl: raw, email: rawEmail } = await searchParams;
  const returnTo = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw, null);
  // Filled in from "Sign up to save your history"; only ever a default the person can change.
  const email = emailSchema.safeParse(Array.isArray(rawEmail) ? rawEmail[0] : rawEmail).data;
  const me = await currentUser();
  if (me) redirect(returnTo ?? homeFor(me));
  const t = await getTranslations("auth.signUp");

  return (
    <Card>
      <CardHeader className="text-center">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <SignUpForm callbackUrl={returnTo ?? "/dashboard"} defaultEmail={email} />
        <p className="text-center text-sm text-muted-foreground">
          {t.rich("haveAccount", {
            link: (chunks) => (
              <Link
                href={returnTo ? withCallbackUrl("/sign-in", returnTo) : "/sign-in"}
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

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { VerifyEmail } from "~/components/auth/verify-email";
import { Card, CardContent } from "~/components/ui/card";
import { safeCallbackUrl } from "~/lib/callback-url";
import { currentUser } from "~/trpc/me";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("verifyEmail"), robots: { index: false } };
}

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token, next } = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return (
    <Card>
      <CardContent>
        <VerifyEmail
          token={first(token) ?? ""}
          next={safeCallbackUrl(first(next))}
          signedIn={(await currentUser()) !== null}
        />
      </CardContent>
    </Card>
  );
}

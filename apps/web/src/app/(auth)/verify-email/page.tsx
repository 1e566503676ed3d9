import type { Metadata } from "next";

import { VerifyEmail } from "~/components/auth/verify-email";
import { Card, CardContent } from "~/components/ui/card";
import { safeCallbackUrl } from "~/lib/callback-url";
import { currentUser } from "~/trpc/me";

export const metadata: Metadata = { title: "Verify your email", robots: { index: false } };

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

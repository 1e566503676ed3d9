import type { Metadata } from "next";

import { VerifyEmail } from "~/components/auth/verify-email";
import { Card, CardContent } from "~/components/ui/card";

export const metadata: Metadata = { title: "Verify your email", robots: { index: false } };

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  return (
    <Card>
      <CardContent>
        <VerifyEmail token={(Array.isArray(token) ? token[0] : token) ?? ""} />
      </CardContent>
    </Card>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { emailSchema } from "@arco/api/schemas";

import { SignUpForm } from "~/components/auth/sign-up-form";
import { Card, CardContent, CardDescription, CardHeader } from "~/components/ui/card";
import { safeCallbackUrl, withCallbackUrl } from "~/lib/callback-url";
import { currentUser } from "~/trpc/me";

export const metadata: Metadata = { title: "Create your account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { callbackUrl: raw, email: rawEmail } = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  // Filled in from "Sign up to save your history"; only ever a default the person can change.
  const email = emailSchema.safeParse(Array.isArray(rawEmail) ? rawEmail[0] : rawEmail).data;
  if (await currentUser()) redirect(callbackUrl);

  return (
    <Card>
      <CardHeader className="text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Create your Arco account</h1>
        <CardDescription>
          Free to start. You get your own organization and can invite your team.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <SignUpForm callbackUrl={callbackUrl} defaultEmail={email} />
        <p className="text-center text-sm text-muted-foreground">
          Already have an account?{" "}
          <Link
            href={withCallbackUrl("/sign-in", callbackUrl)}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            Sign in
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound, Mail } from "lucide-react";
import type { Route } from "next";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { CheckInbox } from "~/components/auth/check-inbox";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { PasswordInput } from "~/components/password-input";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/input";
import { Separator } from "~/components/ui/separator";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "~/components/ui/tabs";
import { magicLinkSchema, signInSchema } from "~/lib/validation";
import type { MagicLinkValues, SignInValues } from "~/lib/validation";

/** What each credentials failure code means to the person signing in. */
const credentialErrors: Record<string, string> = {
  invalid_credentials: "That email and password don’t match. Check both and try again.",
  rate_limited: "Too many sign-in attempts. Wait 15 minutes, or use an email link instead.",
  unavailable: "Sign-in is temporarily unavailable. Try again in a minute.",
  email_not_verified:
    "Confirm your email address first: open the link we sent when you signed up. Or use an email link to sign in.",
};

export function SignInForm({
  callbackUrl,
  oauthProviders,
  initialError,
  defaultEmail = "",
  linkSent = false,
}: {
  callbackUrl: string;
  oauthProviders: { id: string; name: string }[];
  initialError?: string;
  /** Filled in when the visitor arrives knowing it (after verifying their address). */
  defaultEmail?: string;
  linkSent?: boolean;
}) {
  const [sentTo, setSentTo] = useState<string | null>(linkSent ? "" : null);

  if (sentTo !== null) {
    return <LinkSent email={sentTo} onBack={() => setSentTo(null)} />;
  }

  return (
    <div className="grid gap-6">
      {initialError ? <FormAlert>{initialError}</FormAlert> : null}
      <Tabs defaultValue="password">
        <TabsList aria-label="Ways to sign in">
          <TabsTrigger value="password">
            <KeyRound aria-hidden />
            Password
          </TabsTrigger>
          <TabsTrigger value="email">
            <Mail aria-hidden />
            Email link
          </TabsTrigger>
        </TabsList>
        <TabsContent value="password">
          <PasswordSignIn callbackUrl={callbackUrl} defaultEmail={defaultEmail} />
        </TabsContent>
        <TabsContent value="email">
          <EmailLinkSignIn
            callbackUrl={callbackUrl}
            defaultEmail={defaultEmail}
            onSent={setSentTo}
          />
        </TabsContent>
      </Tabs>
      {oauthProviders.length > 0 ? (
        <div className="grid gap-4">
          <div className="flex items-center gap-3 text-xs text-muted-foreground uppercase">
            <Separator className="flex-1" />
            or
            <Separator className="flex-1" />
          </div>
          {oauthProviders.map((provider) => (
            <Button
              key={provider.id}
              type="button"
              variant="outline"
              onClick={() => void signIn(provider.id, { redirectTo: callbackUrl })}
            >
              Continue with {provider.name}
            </Button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function PasswordSignIn({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string;
  defaultEmail: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: defaultEmail, password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
      redirectTo: callbackUrl,
    }).catch(() => null);
    if (!result || result.error) {
      setFormError(
        credentialErrors[result?.code ?? ""] ??
          "We couldn’t sign you in. Check your connection and try again.",
      );
      form.setFocus("password");
      return;
    }
    setRedirecting(true);
    router.replace(callbackUrl as Route);
    router.refresh();
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="grid gap-4"
      aria-label="Sign in with password"
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label="Email" error={errors.email?.message}>
        {(field) => (
          <Input
            {...field}
            type="email"
            autoComplete="email"
            inputMode="email"
            {...form.register("email")}
          />
        )}
      </FormField>
      <FormField label="Password" error={errors.password?.message}>
        {(field) => (
          <PasswordInput
            {...field}
            autoComplete="current-password"
            {...form.register("password")}
          />
        )}
      </FormField>
      <SubmitButton
        pending={isSubmitting || redirecting}
        pendingLabel="Signing in…"
        className="w-full"
      >
        Sign in
      </SubmitButton>
    </form>
  );
}

function EmailLinkSignIn({
  callbackUrl,
  defaultEmail,
  onSent,
}: {
  callbackUrl: string;
  defaultEmail: string;
  onSent: (email: string) => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<MagicLinkValues>({
    resolver: zodResolver(magicLinkSchema),
    defaultValues: { email: defaultEmail },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setFormError(null);
    const result = await signIn("email", { email, redirect: false, redirectTo: callbackUrl }).catch(
      () => null,
    );
    if (!result || result.error) {
      setFormError(
        result?.error === "EmailSignin"
          ? "We couldn’t send a sign-in link right now. If you asked for several, wait a few minutes and try again."
          : "We couldn’t send the link. Check your connection and try again.",
      );
      return;
    }
    onSent(email);
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="grid gap-4"
      aria-label="Email me a sign-in link"
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField
        label="Email"
        error={errors.email?.message}
        description="We’ll email you a link that signs you in. It works once, for 15 minutes."
      >
        {(field) => (
          <Input
            {...field}
            type="email"
            autoComplete="email"
            inputMode="email"
            {...form.register("email")}
          />
        )}
      </FormField>
      <SubmitButton pending={isSubmitting} pendingLabel="Sending…" className="w-full">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}

function LinkSent({ email, onBack }: { email: string; onBack: () => void }) {
  return (
    <CheckInbox
      action={
        <Button type="button" variant="ghost" onClick={onBack}>
          Use another email or a password
        </Button>
      }
    >
      <p>
        {email ? (
          <>
            We sent a sign-in link to <strong className="text-foreground">{email}</strong>.
          </>
        ) : (
          "We sent you a sign-in link."
        )}{" "}
        It works once and expires in 15 minutes. You can close this tab.
      </p>
    </CheckInbox>
  );
}

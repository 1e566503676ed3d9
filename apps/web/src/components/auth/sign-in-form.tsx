"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { KeyRound, Mail } from "lucide-react";
import type { Route } from "next";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { CheckInbox } from "~/components/auth/check-inbox";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { PasswordInput } from "~/components/password-input";
import { SubmitButton } from "~/components/submit-button";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/input";
import { Separator } from "~/components/ui/separator";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "~/components/ui/tabs";
import { homeFor } from "~/lib/callback-url";
import { magicLinkSchema, signInSchema } from "~/lib/validation";
import type { MagicLinkValues, SignInValues } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

/** The credentials failure codes with a message of their own (auth.signInForm.passwordForm.errors). */
const credentialErrors = [
  "invalid_credentials",
  "rate_limited",
  "unavailable",
  "email_not_verified",
] as const;
type CredentialError = (typeof credentialErrors)[number];
const isCredentialError = (code: string): code is CredentialError =>
  (credentialErrors as readonly string[]).includes(code);

export function SignInForm({
  callbackUrl,
  oauthProviders,
  initialError,
  defaultEmail = "",
  linkSent = false,
}: {
  /** The page to return to; null to go to the person's home (see `homeFor`). */
  callbackUrl: string | null;
  oauthProviders: { id: string; name: string }[];
  initialError?: string;
  /** Filled in when the visitor arrives knowing it (after verifying their address). */
  defaultEmail?: string;
  linkSent?: boolean;
}) {
  const t = useTranslations("auth.signInForm");
  const [sentTo, setSentTo] = useState<string | null>(linkSent ? "" : null);
  // Email links and OAuth come back through a full page load: with no page to return to, they
  // land on the sign-in page, which sends a signed-in person home.
  const redirectTo = callbackUrl ?? "/sign-in";

  if (sentTo !== null) {
    return <LinkSent email={sentTo} onBack={() => setSentTo(null)} />;
  }

  return (
    <div className="grid gap-6">
      {initialError ? <FormAlert>{initialError}</FormAlert> : null}
      <Tabs defaultValue="password">
        <TabsList aria-label={t("methods")}>
          <TabsTrigger value="password">
            <KeyRound aria-hidden />
            {t("password")}
          </TabsTrigger>
          <TabsTrigger value="email">
            <Mail aria-hidden />
            {t("emailLink")}
          </TabsTrigger>
        </TabsList>
        <TabsContent value="password">
          <PasswordSignIn callbackUrl={callbackUrl} defaultEmail={defaultEmail} />
        </TabsContent>
        <TabsContent value="email">
          <EmailLinkSignIn
            callbackUrl={redirectTo}
            defaultEmail={defaultEmail}
            onSent={setSentTo}
          />
        </TabsContent>
      </Tabs>
      {oauthProviders.length > 0 ? (
        <div className="grid gap-4">
          <div className="flex items-center gap-3 text-xs text-muted-foreground uppercase">
            <Separator className="flex-1" />
            {t("or")}
            <Separator className="flex-1" />
          </div>
          {oauthProviders.map((provider) => (
            <Button
              key={provider.id}
              type="button"
              variant="outline"
              onClick={() => void signIn(provider.id, { redirectTo })}
            >
              {t("continueWith", { provider: provider.name })}
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
  callbackUrl: string | null;
  defaultEmail: string;
}) {
  const t = useTranslations("auth.signInForm");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: defaultEmail, password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  // "Forgot password?" carries the address typed so far.
  const email = useWatch({ control: form.control, name: "email" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
    }).catch(() => null);
    if (!result || result.error) {
      const code = result?.code ?? "";
      setFormError(t(`passwordForm.errors.${isCredentialError(code) ? code : "network"}`));
      form.setFocus("password");
      return;
    }
    setRedirecting(true);
    const me = callbackUrl
      ? null
      : await queryClient
          .fetchQuery({ ...trpc.me.get.queryOptions(), staleTime: 0 })
          .catch(() => null);
    router.replace((callbackUrl ?? (me ? homeFor(me) : "/dashboard")) as Route);
    router.refresh();
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="grid gap-4"
      aria-label={t("passwordForm.label")}
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField label={t("email")} error={errors.email?.message}>
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
      <FormField
        label={t("password")}
        error={errors.password?.message}
        labelAction={
          <Link
            href={`/forgot-password?${new URLSearchParams({ email })}`}
            className="text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            {t("passwordForm.forgot")}
          </Link>
        }
      >
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
        pendingLabel={t("passwordForm.pending")}
        className="w-full"
      >
        {t("passwordForm.submit")}
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
  const t = useTranslations("auth.signInForm");
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
        t(
          result?.error === "EmailSignin"
            ? "emailLinkForm.errors.refused"
            : "emailLinkForm.errors.network",
        ),
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
      aria-label={t("emailLinkForm.label")}
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField
        label={t("email")}
        error={errors.email?.message}
        description={t("emailLinkForm.description")}
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
      <SubmitButton
        pending={isSubmitting}
        pendingLabel={t("emailLinkForm.pending")}
        className="w-full"
      >
        {t("emailLinkForm.submit")}
      </SubmitButton>
    </form>
  );
}

function LinkSent({ email, onBack }: { email: string; onBack: () => void }) {
  const t = useTranslations("auth.signInForm.linkSent");
  return (
    <CheckInbox
      action={
        <Button type="button" variant="ghost" onClick={onBack}>
          {t("back")}
        </Button>
      }
    >
      <p>
        {email
          ? t.rich("sentTo", {
              email,
              strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
            })
          : t("sent")}
      </p>
    </CheckInbox>
  );
}

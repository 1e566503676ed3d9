"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";

import { PasswordStrengthMeter } from "~/components/auth/password-strength-meter";
import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { PasswordInput } from "~/components/password-input";
import { QueryError } from "~/components/query-error";
import { SignOutEverywhere } from "~/components/dashboard/sign-out-everywhere";
import { SubmitButton } from "~/components/submit-button";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Input } from "~/components/ui/input";
import { Skeleton } from "~/components/ui/skeleton";
import { applyServerErrors } from "~/lib/form-errors";
import { changePasswordSchema, profileSchema } from "~/lib/validation";
import type { ChangePasswordValues, ProfileValues } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

export function AccountSettings() {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());

  if (me.isPending) return <Skeleton className="h-72 rounded-xl" />;
  if (me.isError) return <QueryError error={me.error} retry={() => void me.refetch()} />;

  return (
    <>
      <ProfileCard name={me.data.name ?? ""} />
      <EmailCard email={me.data.email} />
      <PasswordCard hasPassword={me.data.hasPassword} />
      <SignOutEverywhere />
    </>
  );
}

function ProfileCard({ name }: { name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: { name },
  });
  const update = useMutation(trpc.me.updateProfile.mutationOptions());
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync(values);
      form.reset({ name: saved.name ?? "" });
      await queryClient.invalidateQueries(trpc.me.get.pathFilter());
      // The header's account menu is rendered by the server layout.
      router.refresh();
      toast.success("Your name was saved.");
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["name"]));
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Profile</h2>
        </CardTitle>
        <CardDescription>How you appear to your team and in emails from Arco.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          className="grid max-w-md gap-4"
          aria-label="Profile"
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <FormField label="Name" error={errors.name?.message}>
            {(field) => <Input {...field} autoComplete="name" {...form.register("name")} />}
          </FormField>
          <SubmitButton
            pending={isSubmitting}
            pendingLabel="Saving…"
            disabled={!isDirty || isSubmitting}
            className="w-fit"
          >
            Save name
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}

/** Every signed-in address is verified: password sign-in needs it, email links and OAuth prove it. */
function EmailCard({ email }: { email: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Email</h2>
        </CardTitle>
        <CardDescription>You sign in and receive notifications with this address.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-3">
        <span className="font-medium break-all">{email}</span>
        <Badge variant="outline" className="gap-1 border-success/40 text-success">
          <CircleCheck aria-hidden />
          Verified
        </Badge>
      </CardContent>
    </Card>
  );
}

const PASSWORD_FIELDS = ["currentPassword", "newPassword"] as const;

function PasswordCard({ hasPassword }: { hasPassword: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const change = useMutation(trpc.me.changePassword.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const newPassword = useWatch({ control: form.control, name: "newPassword" });

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    if (hasPassword && !currentPassword) {
      form.setError(
        "currentPassword",
        { message: "Enter your current password." },
        { shouldFocus: true },
      );
      return;
    }
    try {
      const { otherSessionsEnded } = await change.mutateAsync(
        hasPassword ? { currentPassword, newPassword } : { newPassword },
      );
      form.reset();
      await queryClient.invalidateQueries(trpc.me.get.pathFilter());
      toast.success(
        `${hasPassword ? "Your password was changed." : "Your password was set."}${
          otherSessionsEnded > 0
            ? ` ${otherSessionsEnded === 1 ? "One other device was" : `${otherSessionsEnded} other devices were`} signed out.`
            : ""
        }`,
      );
    } catch (error) {
      const message = applyServerErrors(form, error, PASSWORD_FIELDS);
      if (message && /current password/i.test(message)) {
        form.setError("currentPassword", { message }, { shouldFocus: true });
      } else {
        setFormError(message);
      }
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{hasPassword ? "Change password" : "Set a password"}</h2>
        </CardTitle>
        <CardDescription>
          {hasPassword
            ? "Use a long password you don’t use anywhere else."
            : "You sign in with email links. Set a password to sign in with it too."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          className="grid max-w-md gap-4"
          aria-label={hasPassword ? "Change password" : "Set a password"}
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          {hasPassword ? (
            <FormField label="Current password" error={errors.currentPassword?.message}>
              {(field) => (
                <PasswordInput
                  {...field}
                  autoComplete="current-password"
                  {...form.register("currentPassword")}
                />
              )}
            </FormField>
          ) : null}
          <FormField
            label="New password"
            error={errors.newPassword?.message}
            description={<PasswordStrengthMeter password={newPassword} />}
          >
            {(field) => (
              <PasswordInput
                {...field}
                autoComplete="new-password"
                {...form.register("newPassword")}
              />
            )}
          </FormField>
          <FormField label="Confirm new password" error={errors.confirmPassword?.message}>
            {(field) => (
              <PasswordInput
                {...field}
                autoComplete="new-password"
                {...form.register("confirmPassword")}
              />
            )}
          </FormField>
          <SubmitButton pending={isSubmitting} pendingLabel="Saving…" className="w-fit">
            {hasPassword ? "Change password" : "Set password"}
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}

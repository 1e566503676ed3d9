"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { UserRoundCog } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { startImpersonationInput } from "@arco/api/schemas/impersonation";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { SubmitButton } from "~/components/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { applyServerErrors } from "~/lib/form-errors";
import { nativeSelect } from "~/lib/native-select";
import { useTRPC } from "~/trpc/react";

/** "As agency staff": no member chosen. */
const AS_STAFF = "staff";
const DURATIONS = [15, 30, 45, 60] as const;

const startForm = startImpersonationInput
  .omit({ orgId: true, userId: true })
  .extend({ who: z.string() });

/**
 * "Act for this client": staff pick one of the client's members (or work in the organization as
 * agency staff), say why and for how long, and land in the dashboard as that member sees it.
 */
export function StartImpersonation({ orgId }: { orgId: string }) {
  const t = useTranslations("impersonation.start");
  const tRoles = useTranslations("common.roles");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const router = useRouter();
  const { data: members } = useSuspenseQuery(trpc.impersonation.members.queryOptions({ orgId }));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof startForm>, unknown, z.output<typeof startForm>>({
    resolver: zodResolver(startForm),
    defaultValues: { who: AS_STAFF, reason: "", minutes: 30 },
  });
  const start = useMutation(trpc.impersonation.start.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async ({ who, ...values }) => {
    setFormError(null);
    try {
      await start.mutateAsync({ orgId, userId: who === AS_STAFF ? null : who, ...values });
      router.push("/dashboard");
      router.refresh();
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["reason", "minutes"], tErrors));
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <UserRoundCog aria-hidden className="size-5 text-muted-foreground" />
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          aria-label={t("title")}
          className="grid gap-4"
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <FormField label={t("who")} description={t("whoHint")}>
            {(field) => (
              <select {...field} className={nativeSelect} {...form.register("who")}>
                <option value={AS_STAFF}>{t("asStaff")}</option>
                {members.map((member) => (
                  <option
                    key={member.userId}
                    value={member.userId}
                    disabled={member.refusal !== null}
                  >
                    {t("member", {
                      name: member.name ?? member.email,
                      role: tRoles(member.role),
                    })}
                    {member.refusal ? ` — ${t(`refusal.${member.refusal}`)}` : ""}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label={t("reason")}
            description={t("reasonHint")}
            error={errors.reason?.message}
          >
            {(field) => (
              <textarea
                {...field}
                rows={2}
                className={`${nativeSelect} h-auto py-2`}
                {...form.register("reason")}
              />
            )}
          </FormField>
          <FormField label={t("minutes")} error={errors.minutes?.message}>
            {(field) => (
              <select
                {...field}
                className={`${nativeSelect} w-fit`}
                {...form.register("minutes", { valueAsNumber: true })}
              >
                {DURATIONS.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {t("duration", { minutes })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <p className="text-sm text-muted-foreground">{t("rules")}</p>
          <SubmitButton pending={isSubmitting} pendingLabel={t("starting")} className="w-fit">
            {t("action")}
          </SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}

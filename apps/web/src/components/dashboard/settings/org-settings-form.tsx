"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { orgSettingsInput } from "@arco/api/schemas";
import { allows } from "@arco/services/roles";

import { FormAlert } from "~/components/form-alert";
import { FormField } from "~/components/form-field";
import { QueryError } from "~/components/query-error";
import { SubmitButton } from "~/components/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Input } from "~/components/ui/input";
import { Skeleton } from "~/components/ui/skeleton";
import { localeNames, locales } from "~/i18n/locales";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { nativeSelect } from "~/lib/native-select";

import { LogoField } from "./logo-field";

type Values = z.input<typeof orgSettingsInput>;
const FIELDS = ["name", "logoUrl", "locale", "timeZone", "invitePolicy"] as const;
const INVITE_POLICIES = ["managers", "members"] as const;

export function OrgSettingsForm({ zones }: { zones: string[] }) {
  const trpc = useTRPC();
  const settings = useQuery(trpc.orgs.settings.queryOptions());
  const me = useQuery(trpc.me.get.queryOptions());

  if (settings.isPending || me.isPending) return <Skeleton className="h-[36rem] rounded-xl" />;
  if (settings.isError) {
    return <QueryError error={settings.error} retry={() => void settings.refetch()} />;
  }
  const canEdit = allows(me.data?.activeOrg?.role, "manageSettings");
  return <SettingsCard initial={settings.data} canEdit={canEdit} zones={zones} />;
}

function SettingsCard({
  initial,
  canEdit,
  zones,
}: {
  initial: Required<Values>;
  canEdit: boolean;
  zones: string[];
}) {
  const t = useTranslations("settings");
  const tErrors = useTranslations("common.errors");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(orgSettingsInput), defaultValues: initial });
  const update = useMutation(trpc.orgs.update.mutationOptions());
  const { errors, isSubmitting, isDirty } = form.formState;
  const disabled = !canEdit || isSubmitting;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await update.mutateAsync(values);
      form.reset(values);
      await queryClient.invalidateQueries(trpc.orgs.pathFilter());
      await queryClient.invalidateQueries(trpc.me.get.pathFilter());
      // The org switcher and the request's time zone come from the server.
      router.refresh();
      toast.success(t("saved"));
    } catch (error) {
      setFormError(applyServerErrors(form, error, FIELDS, tErrors));
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("organization")}</h2>
        </CardTitle>
        <CardDescription>{canEdit ? t("whoEdits") : t("readOnly")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          className="grid max-w-xl gap-6"
          aria-label={t("organization")}
        >
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <FormField label={t("name")} error={errors.name?.message}>
            {(field) => (
              <Input
                {...field}
                autoComplete="organization"
                disabled={disabled}
                defaultValue={initial.name}
                {...form.register("name")}
              />
            )}
          </FormField>
          <Controller
            control={form.control}
            name="logoUrl"
            render={({ field }) => (
              <LogoField
                value={field.value ?? null}
                orgName={form.getValues("name") ?? ""}
                disabled={disabled}
                error={errors.logoUrl?.message}
                onChange={(value) => field.onChange(value)}
              />
            )}
          />
          <FormField
            label={t("locale")}
            description={t("localeHint")}
            error={errors.locale?.message}
          >
            {(field) => (
              <select
                {...field}
                className={nativeSelect}
                disabled={disabled}
                defaultValue={initial.locale}
                {...form.register("locale")}
              >
                {locales.map((locale) => (
                  <option key={locale} value={locale} lang={locale}>
                    {localeNames[locale]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label={t("timeZone")}
            description={t("timeZoneHint")}
            error={errors.timeZone?.message}
          >
            {(field) => (
              <select
                {...field}
                className={nativeSelect}
                disabled={disabled}
                defaultValue={initial.timeZone}
                {...form.register("timeZone")}
              >
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label={t("invitePolicy")}
            description={t("invitePolicyHint")}
            error={errors.invitePolicy?.message}
          >
            {(field) => (
              <select
                {...field}
                className={nativeSelect}
                disabled={disabled}
                defaultValue={initial.invitePolicy}
                {...form.register("invitePolicy")}
              >
                {INVITE_POLICIES.map((policy) => (
                  <option key={policy} value={policy}>
                    {t(`invitePolicies.${policy}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {canEdit ? (
            <SubmitButton
              pending={isSubmitting}
              pendingLabel={t("saving")}
              disabled={!isDirty || isSubmitting}
              className="w-fit"
            >
              {t("save")}
            </SubmitButton>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useId, useTransition } from "react";
import { toast } from "sonner";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Checkbox } from "~/components/ui/checkbox";
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { changeLocale } from "~/i18n/change-locale";
import { localeNames, locales } from "~/i18n/locales";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

const THEMES = ["system", "light", "dark"] as const;
const OPTIONAL_EMAILS = ["ticketUpdates", "domainExpiry"] as const;

/** Language, theme and the optional emails: each saved as soon as it changes. */
export function PreferencesCard() {
  const t = useTranslations("preferences");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid max-w-md gap-6">
        <LanguagePreference />
        <ThemePreference />
        <EmailPreferences />
      </CardContent>
    </Card>
  );
}

function LanguagePreference() {
  const t = useTranslations("preferences");
  const id = useId();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("language")}</Label>
      <Select
        value={locale}
        disabled={pending}
        onValueChange={(next) =>
          startTransition(async () => {
            await changeLocale(next);
            router.refresh();
          })
        }
      >
        <SelectTrigger id={id} className="w-full" aria-describedby={`${id}-hint`}>
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {locales.map((option) => (
            <SelectItem key={option} value={option} lang={option}>
              {localeNames[option]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {t("languageHint")}
      </p>
    </div>
  );
}

function ThemePreference() {
  const t = useTranslations("preferences");
  const id = useId();
  const { theme, setTheme } = useTheme();
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("theme")}</Label>
      <Select value={theme ?? "system"} onValueChange={setTheme}>
        <SelectTrigger id={id} className="w-full" aria-describedby={`${id}-hint`}>
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {THEMES.map((option) => (
            <SelectItem key={option} value={option}>
              {t(`themes.${option}`)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {t("themeHint")}
      </p>
    </div>
  );
}

function EmailPreferences() {
  const t = useTranslations("preferences");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.me.get.queryOptions());
  const save = useMutation(
    trpc.me.setEmailPreferences.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.me.get.pathFilter());
        toast.success(t("emailsSaved"));
      },
      onError: (error) => showError(error),
    }),
  );
  const preferences = me.data?.emailPreferences;

  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium">{t("emails")}</legend>
      {OPTIONAL_EMAILS.map((kind) => (
        <div key={kind} className="flex items-start gap-3">
          <Checkbox
            id={`email-${kind}`}
            checked={preferences?.[kind] ?? true}
            disabled={!preferences || save.isPending}
            onCheckedChange={(checked) => save.mutate({ [kind]: checked === true })}
            aria-describedby={`email-${kind}-hint`}
          />
          <div className="grid gap-1 leading-none">
            <Label htmlFor={`email-${kind}`}>{t(`emailKinds.${kind}.label`)}</Label>
            <p id={`email-${kind}-hint`} className="text-sm text-muted-foreground">
              {t(`emailKinds.${kind}.hint`)}
            </p>
          </div>
        </div>
      ))}
      <p className="text-sm text-muted-foreground">{t("transactional")}</p>
    </fieldset>
  );
}

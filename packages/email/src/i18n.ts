import { createTranslator } from "use-intl/core";
import type { NamespaceKeys, NestedKeyOf } from "use-intl/core";

import type { Locale } from "@arco/i18n/locales";
import en from "./messages/en.json";
import ptBR from "./messages/pt-BR.json";

/**
 * The emails' own catalogs, one file per language under messages/. English is the reference:
 * its shape types every `t("…")`, and pt-BR must have the same keys (see test/render.test.ts).
 */
export type EmailMessages = typeof en;

export const catalogs: Record<Locale, EmailMessages> = { en, "pt-BR": ptBR };

type Namespace = NamespaceKeys<EmailMessages, NestedKeyOf<EmailMessages>>;

/** `t` for one template's messages (`translator(locale, "welcome")("subject")`). */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}

// Recipients live anywhere, so times in emails are written in UTC and say so.
const dateTime: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
};

/** "December 1, 2026 at 10:30 AM UTC" / "1 de dezembro de 2026 às 10:30 UTC". */
export const formatDateTime = (locale: Locale, date: Date) =>
  new Intl.DateTimeFormat(locale, dateTime).format(date);

/** A calendar day (`YYYY-MM-DD`) in words: "December 1, 2026" / "1 de dezembro de 2026". */
export const formatDay = (locale: Locale, isoDate: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** "Security and Performance" / "Segurança e Desempenho". */
export const formatList = (locale: Locale, items: string[]) =>
  new Intl.ListFormat(locale, { type: "conjunction" }).format(items);

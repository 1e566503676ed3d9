/**
 * The languages Arco speaks, and how a request's language is chosen: the person's own choice
 * (saved on the account, or the visitor's switch in a cookie), then the browser's
 * `Accept-Language`, then the organization's locale, then English (see @arco/i18n/locales).
 */
import type { Locale } from "@arco/i18n/locales";

export {
  chooseLocale,
  DEFAULT_ORG_TIME_ZONE,
  defaultLocale,
  isLocale,
  localeFromAcceptLanguage,
  locales,
} from "@arco/i18n/locales";
export type { Locale } from "@arco/i18n/locales";

/** Set by the language switch; for signed-in people it mirrors the choice saved on the account. */
export const LOCALE_COOKIE = "arco-locale";

export const localeNames: Record<Locale, string> = { en: "English", "pt-BR": "Português (Brasil)" };

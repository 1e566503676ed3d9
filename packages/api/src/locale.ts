/**
 * The language the API answers a request in, chosen as the web app chooses its pages'
 * (`@arco/i18n/locales`): the signed-in person's saved choice, else the visitor's language
 * switch (its cookie), then the browser's `Accept-Language`, then the organization's.
 */
import { LOCALE_COOKIE, chooseLocale } from "@arco/i18n/locales";
import type { Locale } from "@arco/i18n/locales";

/** A cookie's value in a request's `Cookie` header, or null. */
function cookieValue(headers: Headers, name: string): string | null {
  for (const pair of headers.get("cookie")?.split(";") ?? []) {
    const separator = pair.indexOf("=");
    if (separator !== -1 && pair.slice(0, separator).trim() === name) {
      return pair.slice(separator + 1).trim();
    }
  }
  return null;
}

export function requestLocale(
  headers: Headers,
  { userLocale, orgLocale }: { userLocale?: string | null; orgLocale?: string | null } = {},
): Locale {
  return chooseLocale({
    chosen: userLocale ?? cookieValue(headers, LOCALE_COOKIE),
    acceptLanguage: headers.get("accept-language"),
    orgLocale,
  });
}

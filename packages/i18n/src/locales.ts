/**
 * The languages Arco speaks: the web app's catalogs, the emails, the API's messages and the
 * account's saved choice all take one of these. A request's language is the person's own choice
 * (saved on the account, or the visitor's switch), then the browser's `Accept-Language`, then
 * the organization's locale, then English.
 */
export const locales = ["en", "pt-BR"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/**
 * The agency is in Brazil: an organization that has not chosen a time zone keeps São Paulo's,
 * and Portuguese-speaking visitors without one see its time too.
 */
export const DEFAULT_ORG_TIME_ZONE = "America/Sao_Paulo";

/** The cookie of the web app's language switch; for signed-in people it mirrors their saved choice. */
export const LOCALE_COOKIE = "arco-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** "pt", "pt-PT" and "pt-br" all mean pt-BR here; "en-GB" means en. */
function supportedLocale(tag: string): Locale | null {
  const language = tag.trim().toLowerCase().split("-")[0];
  if (language === "pt") return "pt-BR";
  if (language === "en") return "en";
  return null;
}

/** The best supported language of an `Accept-Language` header, by its q-values; null if none. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return null;
}

export function chooseLocale(sources: {
  chosen?: string | null;
  acceptLanguage?: string | null;
  orgLocale?: string | null;
}): Locale {
  if (isLocale(sources.chosen)) return sources.chosen;
  const fromBrowser = localeFromAcceptLanguage(sources.acceptLanguage);
  if (fromBrowser) return fromBrowser;
  if (isLocale(sources.orgLocale)) return sources.orgLocale;
  return defaultLocale;
}

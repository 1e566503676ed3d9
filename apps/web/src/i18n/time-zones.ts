import { DEFAULT_ORG_TIME_ZONE } from "./locales";
import type { Locale } from "./locales";

/**
 * Times are shown in the organization's time zone. Without one (public pages, people with no
 * organization) the language decides: Brazil's for pt-BR, UTC otherwise.
 */
export function defaultTimeZone(locale: Locale) {
  return locale === "pt-BR" ? DEFAULT_ORG_TIME_ZONE : "UTC";
}

/**
 * Every IANA zone the server knows, for the organization settings' picker (worked out on the
 * server, so the browser renders the same list), with `current` in it whatever it is.
 */
export function timeZones(current?: string) {
  const zones = Intl.supportedValuesOf("timeZone");
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { currentUser } from "~/trpc/me";

import { chooseLocale, LOCALE_COOKIE } from "./locales";
import { formats } from "./formats";
import { catalogs } from "./messages";
import { defaultTimeZone } from "./time-zones";

/**
 * Each request's language, messages and time zone (see locales.ts for the order). The signed-in
 * person is read through the request's `me.get`, which the layouts run anyway.
 */
export default getRequestConfig(async () => {
  const [me, cookieStore, headerList] = await Promise.all([currentUser(), cookies(), headers()]);
  const locale = chooseLocale({
    chosen: me?.locale ?? cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    orgLocale: me?.activeOrg?.locale,
  });
  return {
    locale,
    messages: catalogs[locale],
    formats,
    timeZone: me?.activeOrg?.timeZone ?? defaultTimeZone(locale),
  };
});

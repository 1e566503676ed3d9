import { NextIntlClientProvider } from "next-intl";

import { formats } from "~/i18n/formats";
import type { Locale } from "~/i18n/locales";
import { catalogs } from "~/i18n/messages";

/** What the root layout gives every component: the catalogs, the named formats, a time zone. */
export function WithIntl({
  locale = "en",
  children,
}: {
  locale?: Locale;
  children: React.ReactNode;
}) {
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={catalogs[locale]}
      formats={formats}
      timeZone="UTC"
    >
      {children}
    </NextIntlClientProvider>
  );
}

import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";

import "./globals.css";

import { HydrationMark } from "~/components/hydration-mark";
import { ThemeProvider } from "~/components/theme-provider";
import { Toaster } from "~/components/ui/sonner";
import { env } from "~/env";
import { TRPCReactProvider } from "~/trpc/react";

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common.meta")]);
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: t("title"), template: "%s · Arco" },
    description: t("description"),
    applicationName: "Arco",
    openGraph: {
      type: "website",
      siteName: "Arco",
      title: t("title"),
      description: t("description"),
      locale: locale.replace("-", "_"),
    },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

/**
 * The document shell every area shares. Each route group's layout adds its own header and the
 * `<main id="main">` the skip link points to.
 */
export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // The nonce of this response's Content-Security-Policy (see proxy.ts), for our inline script.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    // next-themes sets the theme class on <html> before hydration.
    <html lang={locale} data-scroll-behavior="smooth" suppressHydrationWarning>
      <body className="flex min-h-svh flex-col">
        <ThemeProvider
          nonce={nonce}
          attribute="class"
          defaultTheme="system"
          enableSystem
          disableTransitionOnChange
        >
          <a
            href="#main"
            className="fixed top-3 left-3 z-50 -translate-y-20 rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground shadow-lg transition-transform outline-none focus:translate-y-0 focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {t("skipToContent")}
          </a>
          <NextIntlClientProvider>
            <TRPCReactProvider>
              {children}
              <Toaster position="top-center" richColors closeButton />
              <HydrationMark />
            </TRPCReactProvider>
          </NextIntlClientProvider>
        </ThemeProvider>
      </body>
    </html>
  );
}

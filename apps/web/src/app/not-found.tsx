import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { Button } from "~/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title"), robots: { index: false } };
}

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <div className="mx-auto grid max-w-xl justify-items-center gap-4 px-4 py-24 text-center sm:px-6">
          <p className="text-sm font-semibold text-primary">404</p>
          <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t("title")}</h1>
          <p className="text-lg text-muted-foreground">{t("body")}</p>
          <div className="flex flex-wrap justify-center gap-3">
            <Button asChild>
              <Link href="/">{t("home")}</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/dashboard">{t("dashboard")}</Link>
            </Button>
          </div>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}

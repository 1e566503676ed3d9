import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { LanguageSwitch } from "~/components/language-switch";
import { Logo } from "~/components/logo";
import { ThemeToggle } from "~/components/theme-toggle";
import { Button } from "~/components/ui/button";
import { currentUser } from "~/trpc/me";

const sections = [
  { href: "/#analysis", label: "analysis" },
  { href: "/#clients", label: "clients" },
  { href: "/#agency", label: "agency" },
  { href: "/#pricing", label: "pricing" },
] as const;

export async function SiteHeader() {
  // The session as the API checks it: a revoked cookie shows "Sign in", not "Dashboard".
  const [session, t] = await Promise.all([currentUser(), getTranslations("marketing.nav")]);
  return (
    <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-6 px-4 sm:px-6">
        <Logo />
        <nav aria-label={t("mainLabel")} className="hidden md:block">
          <ul className="flex items-center gap-1">
            {sections.map((section) => (
              <li key={section.href}>
                <Button
                  asChild
                  variant="ghost"
                  size="sm"
                  className="text-muted-foreground hover:text-foreground"
                >
                  <Link href={section.href}>{t(section.label)}</Link>
                </Button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitch />
          <ThemeToggle />
          {session ? (
            <Button asChild>
              <Link href="/dashboard">{t("dashboard")}</Link>
            </Button>
          ) : (
            <Button asChild variant="outline">
              <Link href="/sign-in">{t("signIn")}</Link>
            </Button>
          )}
        </div>
      </div>
    </header>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";

import { Logo } from "~/components/logo";

const links = [
  { href: "/analyze", label: "analyze" },
  { href: "/#clients", label: "clients" },
  { href: "/#agency", label: "agency" },
  { href: "/#pricing", label: "pricing" },
  { href: "/sign-in", label: "signIn" },
] as const;

export function SiteFooter() {
  const t = useTranslations("marketing");
  return (
    <footer className="border-t bg-muted/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[1fr_auto] md:items-start">
        <div className="grid max-w-sm gap-3">
          <Logo />
          <p className="text-sm text-muted-foreground">{t("footer.tagline")}</p>
        </div>
        <nav aria-label={t("nav.footerLabel")}>
          <ul className="grid grid-cols-2 gap-x-8 gap-y-2 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="rounded-sm text-muted-foreground underline-offset-4 outline-none hover:text-foreground hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  {t(`nav.${link.label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t">
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted-foreground sm:px-6">
          © {new Date().getFullYear()} Arco
        </p>
      </div>
    </footer>
  );
}

import type { StaffRole } from "@arco/services/roles";
import { useTranslations } from "next-intl";

import { MobileNav } from "~/components/app-shell/mobile-nav";
import { NavLinks } from "~/components/app-shell/nav";
import type { Area } from "~/components/app-shell/nav";
import { Logo } from "~/components/logo";
import { Badge } from "~/components/ui/badge";

/**
 * The signed-in frame: a sidebar on wide screens (a drawer on narrow ones), a header with the
 * area's controls, an optional banner, and the page in `<main id="main">` for the skip link.
 */
export function AppShell({
  area,
  showAdminLink,
  staffRole,
  header,
  banner,
  children,
}: {
  area: Area;
  showAdminLink?: boolean;
  /** The agency role of whoever reads the admin area. */
  staffRole?: StaffRole | null;
  header: React.ReactNode;
  banner?: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useTranslations("dashboard.shell");
  return (
    <div className="flex flex-1">
      <aside
        aria-label={t("sidebar")}
        className="hidden w-64 shrink-0 border-r bg-sidebar text-sidebar-foreground md:block"
      >
        <div className="sticky top-0 flex max-h-svh flex-col gap-6 overflow-y-auto px-3 py-4">
          <div className="flex items-center gap-2 px-3">
            <Logo />
            {area === "admin" ? <Badge variant="outline">{t("adminBadge")}</Badge> : null}
          </div>
          <NavLinks area={area} showAdminLink={showAdminLink} staffRole={staffRole} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-16 items-center gap-2 border-b bg-background/85 px-4 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:gap-3 sm:px-6 lg:px-8">
          <MobileNav area={area} showAdminLink={showAdminLink} staffRole={staffRole} />
          {header}
        </header>
        {banner}
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {/* A wide table scrolls inside its card: no page item is wider than the page. */}
          <div className="mx-auto grid w-full max-w-5xl grid-cols-1 gap-8 px-4 py-8 *:min-w-0 sm:px-6 lg:px-8">
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}

/** The page's title block: the one h1 of the page and a sentence under it. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="grid gap-1.5">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        {description ? <p className="text-muted-foreground">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}

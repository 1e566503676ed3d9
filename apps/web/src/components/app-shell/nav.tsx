"use client";

import {
  Building2,
  CreditCard,
  FolderKanban,
  FolderOpen,
  Gauge,
  Globe,
  Inbox,
  Layers,
  LayoutDashboard,
  LifeBuoy,
  Magnet,
  ScrollText,
  Settings,
  ShieldCheck,
  UserRound,
  Users,
  UsersRound,
} from "lucide-react";
import type { LucideIcon } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

import { staffAllows } from "@arco/services/roles";
import type { StaffPermission, StaffRole } from "@arco/services/roles";

import type { Messages } from "~/i18n/messages";
import { cn } from "~/lib/utils";

interface NavItem {
  href: Route;
  /** Its key in `dashboard.shell.nav`. */
  label: NavLabel;
  icon: LucideIcon;
  /** Active only on the exact path (overview pages), not on the pages below them. */
  exact?: boolean;
  /** Only for agency staff whose role has this permission (the outbox: admins only). */
  may?: StaffPermission;
}

export type Area = "dashboard" | "admin";

type NavLabel = keyof Messages["dashboard"]["shell"]["nav"];

const items: Record<Area, NavItem[]> = {
  dashboard: [
    { href: "/dashboard", label: "overview", icon: LayoutDashboard, exact: true },
    { href: "/dashboard/projects", label: "projects", icon: FolderKanban },
    { href: "/dashboard/tickets", label: "support", icon: LifeBuoy },
    { href: "/dashboard/domains", label: "domains", icon: Globe },
    { href: "/dashboard/files", label: "files", icon: FolderOpen },
    { href: "/dashboard/analyses", label: "analyses", icon: Gauge },
    { href: "/dashboard/members", label: "members", icon: Users },
    { href: "/dashboard/settings", label: "settings", icon: Settings },
    { href: "/dashboard/billing", label: "billing", icon: CreditCard },
    { href: "/dashboard/account", label: "account", icon: UserRound },
  ],
  admin: [
    { href: "/admin", label: "overview", icon: LayoutDashboard, exact: true },
    { href: "/admin/clients", label: "clients", icon: Building2 },
    { href: "/admin/tickets", label: "tickets", icon: LifeBuoy },
    { href: "/admin/plans", label: "plans", icon: Layers },
    { href: "/admin/audit", label: "audit", icon: ScrollText },
    { href: "/admin/people", label: "people", icon: UsersRound },
    { href: "/admin/leads", label: "leads", icon: Magnet },
    { href: "/admin/outbox", label: "outbox", icon: Inbox, may: "readOutbox" },
  ],
};

export function NavLinks({
  area,
  showAdminLink = false,
  staffRole = null,
  onNavigate,
}: {
  area: Area;
  showAdminLink?: boolean;
  /** The agency role of whoever reads the admin area. */
  staffRole?: StaffRole | null;
  onNavigate?: () => void;
}) {
  const t = useTranslations("dashboard.shell");
  const pathname = usePathname();
  const isActive = (item: NavItem) =>
    item.exact
      ? pathname === item.href
      : pathname === item.href || pathname.startsWith(`${item.href}/`);

  return (
    <nav aria-label={area === "admin" ? t("navAdmin") : t("navDashboard")} className="grid gap-1">
      <ul className="grid gap-1">
        {items[area]
          .filter((item) => !item.may || staffAllows(staffRole, item.may))
          .map((item) => (
            <li key={item.href}>
              <NavLink
                href={item.href}
                label={t(`nav.${item.label}`)}
                icon={item.icon}
                active={isActive(item)}
                onNavigate={onNavigate}
              />
            </li>
          ))}
      </ul>
      {showAdminLink ? (
        <>
          <p className="mt-5 px-3 pb-1 text-xs font-medium text-muted-foreground">{t("agency")}</p>
          <ul>
            <li>
              <NavLink
                href="/admin"
                label={t("adminArea")}
                icon={ShieldCheck}
                active={false}
                onNavigate={onNavigate}
              />
            </li>
          </ul>
        </>
      ) : null}
    </nav>
  );
}

function NavLink({
  href,
  label,
  icon: Icon,
  active,
  onNavigate,
}: {
  href: Route;
  label: string;
  icon: LucideIcon;
  active: boolean;
  onNavigate?: () => void;
}) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      className={cn(
        "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        active
          ? "bg-sidebar-accent text-sidebar-accent-foreground"
          : "text-muted-foreground hover:bg-sidebar-accent/60 hover:text-sidebar-accent-foreground",
      )}
    >
      <Icon aria-hidden className={cn("size-4", active && "text-primary")} />
      {label}
    </Link>
  );
}

"use client";

import {
  Building2,
  FolderKanban,
  FolderOpen,
  Gauge,
  Globe,
  Inbox,
  LayoutDashboard,
  LifeBuoy,
  ShieldCheck,
  UserRound,
  Users,
} from "lucide-react";
import type { LucideIcon } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "~/lib/utils";

interface NavItem {
  href: Route;
  label: string;
  icon: LucideIcon;
  /** Active only on the exact path (overview pages), not on the pages below them. */
  exact?: boolean;
  /** Only for agency staff with the admin role (the outbox, say); support staff don't see it. */
  agencyAdminOnly?: boolean;
}

export type Area = "dashboard" | "admin";

const items: Record<Area, NavItem[]> = {
  dashboard: [
    { href: "/dashboard", label: "Overview", icon: LayoutDashboard, exact: true },
    { href: "/dashboard/projects", label: "Projects", icon: FolderKanban },
    { href: "/dashboard/tickets", label: "Support", icon: LifeBuoy },
    { href: "/dashboard/domains", label: "Domains", icon: Globe },
    { href: "/dashboard/files", label: "Files", icon: FolderOpen },
    { href: "/dashboard/analyses", label: "Site analyses", icon: Gauge },
    { href: "/dashboard/members", label: "Members", icon: Users },
    { href: "/dashboard/account", label: "Account", icon: UserRound },
  ],
  admin: [
    { href: "/admin", label: "Overview", icon: LayoutDashboard, exact: true },
    { href: "/admin/clients", label: "Clients", icon: Building2 },
    { href: "/admin/tickets", label: "Tickets", icon: LifeBuoy },
    { href: "/admin/outbox", label: "Email outbox", icon: Inbox, agencyAdminOnly: true },
  ],
};

export function NavLinks({
  area,
  showAdminLink = false,
  agencyAdmin = false,
  onNavigate,
}: {
  area: Area;
  showAdminLink?: boolean;
  /** Agency staff with the admin role. */
  agencyAdmin?: boolean;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const isActive = (item: NavItem) =>
    item.exact
      ? pathname === item.href
      : pathname === item.href || pathname.startsWith(`${item.href}/`);

  return (
    <nav aria-label={area === "admin" ? "Admin" : "Dashboard"} className="grid gap-1">
      <ul className="grid gap-1">
        {items[area]
          .filter((item) => agencyAdmin || !item.agencyAdminOnly)
          .map((item) => (
            <li key={item.href}>
              <NavLink item={item} active={isActive(item)} onNavigate={onNavigate} />
            </li>
          ))}
      </ul>
      {showAdminLink ? (
        <>
          <p className="mt-5 px-3 pb-1 text-xs font-medium text-muted-foreground">Agency</p>
          <ul>
            <li>
              <NavLink
                item={{ href: "/admin", label: "Admin area", icon: ShieldCheck }}
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
  item,
  active,
  onNavigate,
}: {
  item: NavItem;
  active: boolean;
  onNavigate?: () => void;
}) {
  const Icon = item.icon;
  return (
    <Link
      href={item.href}
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
      {item.label}
    </Link>
  );
}

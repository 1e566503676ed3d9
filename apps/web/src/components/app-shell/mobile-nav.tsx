"use client";

import type { StaffRole } from "@arco/services/roles";
import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { NavLinks } from "~/components/app-shell/nav";
import type { Area } from "~/components/app-shell/nav";
import { Logo } from "~/components/logo";
import { Button } from "~/components/ui/button";
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from "~/components/ui/sheet";

/** The sidebar as a drawer on small screens; it closes itself once a page is chosen. */
export function MobileNav({
  area,
  showAdminLink,
  staffRole,
}: {
  area: Area;
  showAdminLink?: boolean;
  /** The agency role of whoever reads the admin area. */
  staffRole?: StaffRole | null;
}) {
  const t = useTranslations("dashboard.shell");
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={t("openNavigation")}>
          <Menu aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 bg-sidebar">
        <SheetHeader className="border-b">
          <Logo />
          <SheetTitle className="sr-only">{t("navigation")}</SheetTitle>
          <SheetDescription className="sr-only">
            {area === "admin" ? t("adminPages") : t("dashboardPages")}
          </SheetDescription>
        </SheetHeader>
        <div className="px-3">
          <NavLinks
            area={area}
            showAdminLink={showAdminLink}
            staffRole={staffRole}
            onNavigate={() => setOpen(false)}
          />
        </div>
      </SheetContent>
    </Sheet>
  );
}

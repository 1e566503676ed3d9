import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { AppShell } from "~/components/app-shell/app-shell";
import { ImpersonationBanner } from "~/components/impersonation/impersonation-banner";
import { LanguageSwitch } from "~/components/language-switch";
import { UserMenu } from "~/components/app-shell/user-menu";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.meta");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    robots: { index: false },
  };
}

/**
 * Staff only. Anyone else gets the same 404 as for a page that doesn't exist, so the admin area
 * is not advertised; the API checks the staff role again on every call.
 */
export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const [me, t] = await Promise.all([requireStaff(), getTranslations("admin")]);

  return (
    // The shell reads who is signed in; each page sends its own data.
    <HydrateClient only={[trpc.me.get.queryKey()]}>
      <AppShell
        area="admin"
        staffRole={me.staffRole}
        banner={
          // Staff working in a client's organization as staff still see it here.
          me.impersonation ? (
            <ImpersonationBanner impersonation={me.impersonation} role={me.activeOrg?.role} />
          ) : null
        }
        header={
          <>
            <p className="flex min-w-0 items-center gap-2 font-semibold">
              <span className="truncate">{t("layout.title")}</span>
              {me.staffRole ? (
                <Badge variant="secondary">{t(`staffRole.${me.staffRole}`)}</Badge>
              ) : null}
            </p>
            <div className="ml-auto flex items-center gap-2">
              <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
                <Link href="/dashboard">{t("layout.clientDashboard")}</Link>
              </Button>
              <LanguageSwitch />
              <UserMenu name={me.name} email={me.email} />
            </div>
          </>
        }
      >
        {children}
      </AppShell>
    </HydrateClient>
  );
}

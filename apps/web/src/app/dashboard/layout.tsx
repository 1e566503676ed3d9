import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { LanguageSwitch } from "~/components/language-switch";
import { AppShell } from "~/components/app-shell/app-shell";
import { NotificationsMenu } from "~/components/app-shell/notifications-menu";
import { UserMenu } from "~/components/app-shell/user-menu";
import { OrgSwitcher } from "~/components/dashboard/org-switcher";
import { PastDueBanner } from "~/components/dashboard/billing/past-due-banner";
import { ImpersonationBanner } from "~/components/impersonation/impersonation-banner";
import { isManager } from "@arco/services/roles";
import { requireMe } from "~/trpc/me";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.meta");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    robots: { index: false },
  };
}

export default async function DashboardLayout({ children }: LayoutProps<"/dashboard">) {
  const me = await requireMe("/dashboard");
  const role = me.activeOrg?.role;
  const pastDue = me.activeOrg
    ? await getQueryClient().fetchQuery(trpc.billing.notice.queryOptions())
    : null;

  return (
    // The shell reads who is signed in; each page sends its own data.
    <HydrateClient only={[trpc.me.get.queryKey()]}>
      <AppShell
        area="dashboard"
        showAdminLink={me.staffRole !== null}
        header={
          <>
            <OrgSwitcher />
            <div className="ml-auto flex items-center gap-1">
              <LanguageSwitch />
              <NotificationsMenu />
              <UserMenu name={me.name} email={me.email} />
            </div>
          </>
        }
        banner={
          <>
            {me.impersonation ? (
              <ImpersonationBanner impersonation={me.impersonation} role={role} />
            ) : null}
            {pastDue ? (
              <PastDueBanner
                graceEndsAt={pastDue.graceEndsAt}
                planName={pastDue.planName}
                canFix={isManager(role)}
              />
            ) : null}
          </>
        }
      >
        {children}
      </AppShell>
    </HydrateClient>
  );
}

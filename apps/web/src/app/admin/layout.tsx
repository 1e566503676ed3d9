import type { Metadata } from "next";
import Link from "next/link";

import { AppShell } from "~/components/app-shell/app-shell";
import { UserMenu } from "~/components/app-shell/user-menu";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Arco" },
  robots: { index: false },
};

/**
 * Staff only. Anyone else gets the same 404 as for a page that doesn't exist, so the admin area
 * is not advertised; the API checks the staff role again on every call.
 */
export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const me = await requireStaff();

  return (
    // The shell reads who is signed in; each page sends its own data.
    <HydrateClient only={[trpc.me.get.queryKey()]}>
      <AppShell
        area="admin"
        agencyAdmin={me.staffRole === "admin"}
        header={
          <>
            <p className="flex min-w-0 items-center gap-2 font-semibold">
              <span className="truncate">Agency admin</span>
              <Badge variant="secondary" className="capitalize">
                {me.staffRole}
              </Badge>
            </p>
            <div className="ml-auto flex items-center gap-2">
              <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
                <Link href="/dashboard">Client dashboard</Link>
              </Button>
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

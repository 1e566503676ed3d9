import type { Metadata } from "next";

import { PageHeader } from "~/components/app-shell/app-shell";
import { AccountSettings } from "~/components/dashboard/account-settings";
import { requireMe } from "~/trpc/me";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  await requireMe("/dashboard");
  return (
    <HydrateClient>
      <PageHeader
        title="Account"
        description="Your profile, sign-in email, password and sessions."
      />
      <AccountSettings />
    </HydrateClient>
  );
}

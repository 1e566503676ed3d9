import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Button } from "~/components/ui/button";

export default async function AdminNotFound() {
  const t = await getTranslations("admin.notFound");
  return (
    <div className="mx-auto grid max-w-lg justify-items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold text-primary">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-muted-foreground">{t("description")}</p>
      <Button asChild variant="outline">
        <Link href="/admin/outbox">{t("backToOutbox")}</Link>
      </Button>
    </div>
  );
}

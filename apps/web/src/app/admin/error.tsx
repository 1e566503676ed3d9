"use client";

import { useTranslations } from "next-intl";

import { RouteError } from "~/components/route-error";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("admin.error");
  return <RouteError error={error} retry={retry} homeHref="/admin" homeLabel={t("backToAdmin")} />;
}

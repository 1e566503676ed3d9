"use client";

import { useTranslations } from "next-intl";

import { RouteError } from "~/components/route-error";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("dashboard.shell");
  return (
    <RouteError error={error} retry={retry} homeHref="/dashboard" homeLabel={t("backToOverview")} />
  );
}

import { Link2Off } from "lucide-react";
import { useTranslations } from "next-intl";

import { UrlForm } from "~/components/url-form";

export default function SharedReportNotFound() {
  const t = useTranslations("report.notFound");
  return (
    <div className="mx-auto grid max-w-2xl gap-8 px-4 py-16 sm:px-6 sm:py-24">
      <div className="grid justify-items-start gap-4">
        <span className="grid size-12 place-items-center rounded-full bg-muted text-muted-foreground">
          <Link2Off aria-hidden className="size-6" />
        </span>
        <h1 className="text-3xl font-semibold tracking-tight">{t("sharedTitle")}</h1>
        <p className="text-lg text-muted-foreground">{t("sharedBody")}</p>
      </div>
      <UrlForm label={t("sharedForm")} />
    </div>
  );
}

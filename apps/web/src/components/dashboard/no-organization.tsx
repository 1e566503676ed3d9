import { Building2 } from "lucide-react";
import { useTranslations } from "next-intl";

import { CreateOrgForm } from "~/components/dashboard/create-org-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";

/** What someone outside every organization sees instead of organization pages. */
export function NoOrganization() {
  const t = useTranslations("dashboard.noOrganization");
  return (
    <Card className="mx-auto w-full max-w-lg">
      <CardHeader className="justify-items-center gap-3 text-center">
        <span className="grid size-12 place-items-center rounded-full bg-primary/10 text-primary">
          <Building2 aria-hidden className="size-6" />
        </span>
        <CardTitle className="text-xl">
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("body")}</CardDescription>
      </CardHeader>
      <CardContent>
        <CreateOrgForm />
      </CardContent>
    </Card>
  );
}

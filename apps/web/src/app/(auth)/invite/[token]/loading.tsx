import { useTranslations } from "next-intl";

import { Card, CardContent, CardHeader } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";

export default function InviteLoading() {
  const t = useTranslations("auth.invite");
  return (
    <Card aria-busy="true" aria-label={t("loading")}>
      <CardHeader className="justify-items-center gap-3">
        <Skeleton className="size-12 rounded-full" />
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-4 w-72" />
      </CardHeader>
      <CardContent>
        <Skeleton className="h-36 w-full" />
      </CardContent>
    </Card>
  );
}

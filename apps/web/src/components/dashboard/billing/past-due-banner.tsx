import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

/**
 * On every dashboard page while a payment has failed: until when the plan is kept, and — for
 * those who may fix it — the way to the billing page.
 */
export async function PastDueBanner({
  graceEndsAt,
  planName,
  canFix,
}: {
  graceEndsAt: Date | null;
  planName: string;
  canFix: boolean;
}) {
  const t = await getTranslations("billing.pastDue");
  const format = await getFormatter();
  const values = {
    plan: planName,
    date: graceEndsAt ? format.dateTime(graceEndsAt, "dateTimeZone") : "",
  };
  return (
    <section aria-label={t("title")} className="border-b px-4 py-3 sm:px-6 lg:px-8">
      <Alert variant="destructive" className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <TriangleAlert aria-hidden className="shrink-0" />
        <div className="grid min-w-0 flex-1 basis-64 gap-0.5">
          <AlertTitle>{t("title")}</AlertTitle>
          <AlertDescription>
            <p>{canFix ? t("body", values) : t("bodyMember", values)}</p>
          </AlertDescription>
        </div>
        {canFix ? (
          <Button asChild size="sm" variant="outline">
            <Link href="/dashboard/billing">{t("action")}</Link>
          </Button>
        ) : null}
      </Alert>
    </section>
  );
}

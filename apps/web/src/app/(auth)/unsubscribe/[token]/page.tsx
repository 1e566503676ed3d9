import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Unsubscribe } from "~/components/leads/unsubscribe";
import { Card, CardContent } from "~/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("unsubscribe"), robots: { index: false } };
}

export default async function UnsubscribePage({ params }: PageProps<"/unsubscribe/[token]">) {
  const { token } = await params;
  return (
    <Card>
      <CardContent>
        <Unsubscribe token={token} />
      </CardContent>
    </Card>
  );
}

import type { Metadata } from "next";

import { Unsubscribe } from "~/components/leads/unsubscribe";
import { Card, CardContent } from "~/components/ui/card";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

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

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { PageHeader } from "~/components/app-shell/app-shell";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";

/** The top of a ticket's page, for clients and for the agency: the way back, "#12 Subject" and its badges. */
export function TicketPageHeader({
  back,
  ticket,
  badges,
}: {
  back: { href: string; label: string };
  ticket: { number: number; subject: string };
  badges: React.ReactNode;
}) {
  return (
    <>
      <Link
        href={back.href}
        className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {back.label}
      </Link>
      <PageHeader
        title={
          <>
            <span className="text-muted-foreground">#{ticket.number}</span> {ticket.subject}
          </>
        }
        description={<span className="flex flex-wrap items-center gap-2">{badges}</span>}
      />
    </>
  );
}

/** The "Reply" card under a ticket's thread. */
export function TicketReplyCard({ children }: { children: React.ReactNode }) {
  const t = useTranslations("tickets.reply");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("heading")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

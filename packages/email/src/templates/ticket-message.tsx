import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Paragraph, Title } from "./layout";
import { FinePrint } from "./sections";

export interface TicketMessageProps {
  locale: Locale;
  orgName: string;
  ticketNumber: number;
  subject: string;
  /** Who wrote; null for an account without a name ("Someone", in the reader's language). */
  authorName: string | null;
  /** "opened": a new ticket, for the agency; "replied": a new message, for the other side. */
  event: "opened" | "replied";
  /** The message, shortened to a preview; the full thread is on the ticket page. */
  excerpt: string;
  ticketUrl: string;
}

export const ticketMessageSubject = ({
  locale,
  ticketNumber,
  subject,
  event,
  orgName,
}: TicketMessageProps) => {
  const t = translator(locale, "ticketMessage");
  // The number as written on the ticket ("#1234"), never grouped.
  const number = String(ticketNumber);
  return event === "opened"
    ? t("subjectOpened", { number, org: orgName, subject })
    : t("subjectReplied", { number, subject });
};

export function TicketMessageEmail({
  locale,
  orgName,
  ticketNumber,
  subject,
  authorName,
  event,
  excerpt,
  ticketUrl,
}: TicketMessageProps) {
  const t = translator(locale, "ticketMessage");
  const values = { author: authorName ?? t("someone"), number: String(ticketNumber) };
  return (
    <Layout locale={locale} preview={excerpt} footer={t("footer", { org: orgName })}>
      <Title>{event === "opened" ? t("titleOpened", values) : t("titleReplied", values)}</Title>
      <Paragraph>
        <strong>{subject}</strong>
      </Paragraph>
      <Paragraph>{excerpt}</Paragraph>
      <Action locale={locale} href={ticketUrl}>
        {event === "opened" ? t("actionOpened") : t("actionReplied")}
      </Action>
      <FinePrint>{t("finePrint")}</FinePrint>
    </Layout>
  );
}

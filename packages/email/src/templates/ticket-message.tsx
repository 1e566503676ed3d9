import { Action, Layout, Paragraph, Title } from "./layout";
import { FinePrint } from "./sections";

export interface TicketMessageProps {
  orgName: string;
  ticketNumber: number;
  subject: string;
  /** Who wrote: a person's name, or the side ("Arco support") when it is not known. */
  authorName: string;
  /** "opened": a new ticket, for the agency; "replied": a new message, for the other side. */
  event: "opened" | "replied";
  /** The message, shortened to a preview; the full thread is on the ticket page. */
  excerpt: string;
  ticketUrl: string;
}

export const ticketMessageSubject = ({
  ticketNumber,
  subject,
  event,
  orgName,
}: TicketMessageProps) =>
  event === "opened"
    ? `New ticket #${ticketNumber} from ${orgName}: ${subject}`
    : `Re: [#${ticketNumber}] ${subject}`;

export function TicketMessageEmail({
  orgName,
  ticketNumber,
  subject,
  authorName,
  event,
  excerpt,
  ticketUrl,
}: TicketMessageProps) {
  return (
    <Layout
      preview={excerpt}
      footer={`You received this email because you follow the support tickets of ${orgName} on Arco.`}
    >
      <Title>
        {event === "opened"
          ? `${authorName} opened ticket #${ticketNumber}`
          : `${authorName} replied to ticket #${ticketNumber}`}
      </Title>
      <Paragraph>
        <strong>{subject}</strong>
      </Paragraph>
      <Paragraph>{excerpt}</Paragraph>
      <Action href={ticketUrl}>{event === "opened" ? "Open the ticket" : "Reply"}</Action>
      <FinePrint>Replies to this email are not read: answer on the ticket page.</FinePrint>
    </Layout>
  );
}

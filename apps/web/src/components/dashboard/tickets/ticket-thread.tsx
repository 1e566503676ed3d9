import { Lock, Paperclip } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import type { TicketDetail } from "~/components/dashboard/tickets/ticket-badges";
import { Badge } from "~/components/ui/badge";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { cn } from "~/lib/utils";

/** The ticket's description and its messages, oldest first. */
export function TicketThread({ ticket }: { ticket: TicketDetail }) {
  const formatBytes = useFormatBytes();
  const t = useTranslations("tickets.thread");
  return (
    <ol className="grid gap-4" aria-label={t("label")}>
      <li className="rounded-xl border p-4">
        <MessageHeader
          author={ticket.createdByName ?? t("someone")}
          at={ticket.createdAt}
          staff={false}
        />
        <p className="mt-2 text-sm whitespace-pre-wrap">{ticket.description}</p>
      </li>
      {ticket.messages.map((message) => (
        <li
          key={message.id}
          className={cn(
            "rounded-xl border p-4",
            message.internal && "border-dashed border-warning/60 bg-warning/5",
            message.isStaffReply && !message.internal && "bg-muted/40",
          )}
        >
          <MessageHeader
            author={message.authorName ?? t("someone")}
            at={message.createdAt}
            staff={message.isStaffReply}
            internal={message.internal}
          />
          <p className="mt-2 text-sm whitespace-pre-wrap">{message.body}</p>
          {message.attachments.length > 0 ? (
            <ul className="mt-3 grid gap-1" aria-label={t("attachments")}>
              {message.attachments.map((file) => (
                <li key={file.storageItemId} className="flex items-center gap-2 text-sm">
                  <Paperclip aria-hidden className="size-3.5 text-muted-foreground" />
                  <span className="truncate">{file.name}</span>
                  <span className="text-xs text-muted-foreground">
                    {formatBytes(file.sizeBytes)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function MessageHeader({
  author,
  at,
  staff,
  internal = false,
}: {
  author: string;
  at: Date;
  staff: boolean;
  internal?: boolean;
}) {
  const t = useTranslations("tickets.thread");
  const format = useFormatter();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{author}</span>
      {staff ? <Badge variant="secondary">{t("agency")}</Badge> : null}
      {internal ? (
        <Badge variant="outline" className="border-warning/60 text-warning">
          <Lock aria-hidden />
          {t("internalNote")}
        </Badge>
      ) : null}
      <time dateTime={at.toISOString()} className="text-muted-foreground">
        {format.dateTime(at, "dateTime")}
      </time>
    </div>
  );
}

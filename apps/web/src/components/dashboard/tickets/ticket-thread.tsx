import { Lock, Paperclip } from "lucide-react";

import type { TicketDetail } from "~/components/dashboard/tickets/ticket-badges";
import { Badge } from "~/components/ui/badge";
import { formatBytes, formatDateTime } from "~/lib/format";
import { cn } from "~/lib/utils";

/** The ticket's description and its messages, oldest first. */
export function TicketThread({ ticket }: { ticket: TicketDetail }) {
  return (
    <ol className="grid gap-4" aria-label="Conversation">
      <li className="rounded-xl border p-4">
        <MessageHeader
          author={ticket.createdByName ?? "Someone"}
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
            author={message.authorName ?? "Someone"}
            at={message.createdAt}
            staff={message.isStaffReply}
            internal={message.internal}
          />
          <p className="mt-2 text-sm whitespace-pre-wrap">{message.body}</p>
          {message.attachments.length > 0 ? (
            <ul className="mt-3 grid gap-1" aria-label="Attachments">
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
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{author}</span>
      {staff ? <Badge variant="secondary">Agency</Badge> : null}
      {internal ? (
        <Badge variant="outline" className="border-warning/60 text-warning">
          <Lock aria-hidden />
          Internal note
        </Badge>
      ) : null}
      <time dateTime={at.toISOString()} className="text-muted-foreground">
        {formatDateTime(at)}
      </time>
    </div>
  );
}

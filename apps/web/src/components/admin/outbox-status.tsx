import type { RouterOutputs } from "@arco/api";
import { useTranslations } from "next-intl";

import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

type EmailStatus = RouterOutputs["admin"]["outbox"]["byId"]["status"];

const tone: Record<EmailStatus, string> = {
  sent: "border-success/40 text-success",
  stored: "border-primary/40 text-primary",
  queued: "text-muted-foreground",
  failed: "border-destructive/40 text-destructive",
};

export function OutboxStatus({ status }: { status: EmailStatus }) {
  const t = useTranslations("admin.outbox.emailStatus");
  return (
    <Badge variant="outline" className={cn(tone[status])}>
      {t(status)}
    </Badge>
  );
}

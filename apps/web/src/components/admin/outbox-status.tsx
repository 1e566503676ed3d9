import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

const tone: Record<string, string> = {
  sent: "border-success/40 text-success",
  stored: "border-primary/40 text-primary",
  queued: "text-muted-foreground",
  failed: "border-destructive/40 text-destructive",
};

const label: Record<string, string> = {
  sent: "Sent",
  stored: "Stored",
  queued: "Queued",
  failed: "Failed",
};

export function OutboxStatus({ status }: { status: string }) {
  return (
    <Badge variant="outline" className={cn(tone[status])}>
      {label[status] ?? status}
    </Badge>
  );
}

import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/**
 * What a list says when it has nothing to show: an icon, one line naming the situation, a
 * sentence on what would appear here, and the action that starts it (when the viewer may).
 */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
}: {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="grid justify-items-center gap-3 rounded-xl border border-dashed p-8 text-center">
      <Icon aria-hidden className="size-8 text-muted-foreground" />
      <p className="font-semibold">{title}</p>
      {children ? <div className="max-w-md text-sm text-muted-foreground">{children}</div> : null}
      {action}
    </div>
  );
}

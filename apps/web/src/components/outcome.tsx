import { cn } from "~/lib/utils";

/**
 * The one-card result of following an email link (verified, unsubscribed, invalid): an icon, a
 * heading and what to do next. Finished states are a live region, so the result is read out.
 */
export function Outcome({
  icon,
  tone,
  title,
  children,
}: {
  icon: React.ReactNode;
  tone: "success" | "error" | "pending";
  title: string;
  children: React.ReactNode;
}) {
  const toneClass = {
    success: "bg-success/10 text-success",
    error: "bg-destructive/10 text-destructive",
    pending: "bg-primary/10 text-primary",
  }[tone];
  return (
    <div role="status" className="grid justify-items-center gap-4 py-2 text-center">
      <span className={cn("grid size-12 place-items-center rounded-full", toneClass)}>{icon}</span>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <div className="grid justify-items-center gap-4 text-muted-foreground">{children}</div>
    </div>
  );
}

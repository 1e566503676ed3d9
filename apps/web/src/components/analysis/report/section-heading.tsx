import type { ReactNode } from "react";

/** A report section's title (the id names the section) and its one-sentence introduction. */
export function SectionHeading({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className="grid gap-1">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      {children ? <p className="text-muted-foreground text-pretty">{children}</p> : null}
    </div>
  );
}

import { Search } from "lucide-react";
import type { ComponentProps } from "react";

import { Input } from "~/components/ui/input";
import { cn } from "~/lib/utils";

/** A search box with its magnifier; label it with `id` + a `<Label>` or with `aria-label`. */
export function SearchInput({
  className,
  ...props
}: Omit<ComponentProps<typeof Input>, "type"> & { className?: string }) {
  return (
    <div className={cn("relative", className)}>
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <Input type="search" className="pl-9" {...props} />
    </div>
  );
}

import Link from "next/link";

import { ARCS } from "~/components/logo-mark";
import { cn } from "~/lib/utils";

export function Logo({ className }: { className?: string }) {
  return (
    <Link
      href="/"
      className={cn(
        "inline-flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        className,
      )}
    >
      <svg aria-hidden viewBox="0 0 32 32" className="size-7" fill="none">
        <rect width="32" height="32" rx="8" className="fill-primary" />
        <path
          d={ARCS}
          className="stroke-primary-foreground"
          strokeWidth="2.5"
          strokeLinecap="round"
        />
      </svg>
      Arco
    </Link>
  );
}

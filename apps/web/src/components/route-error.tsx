"use client";

import { CircleAlert, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef } from "react";

import { Button } from "~/components/ui/button";

/**
 * The body of every error.tsx: a plain explanation, a retry and a way out. Focus moves to the
 * heading so keyboard and screen-reader users learn at once that the page failed.
 */
export function RouteError({
  error,
  retry,
  homeHref = "/",
  homeLabel = "Go to the home page",
}: {
  error: unknown;
  retry: () => void;
  homeHref?: "/" | "/dashboard" | "/admin";
  homeLabel?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    console.error(error);
  }, [error]);
  const digest =
    error && typeof error === "object" && "digest" in error ? String(error.digest) : null;

  return (
    <div
      role="alert"
      className="mx-auto grid max-w-lg justify-items-center gap-4 py-16 text-center"
    >
      <span className="grid size-12 place-items-center rounded-full bg-destructive/10 text-destructive">
        <CircleAlert aria-hidden className="size-6" />
      </span>
      <h1
        ref={heading}
        tabIndex={-1}
        className="text-2xl font-semibold tracking-tight outline-none"
      >
        Something went wrong
      </h1>
      <p className="text-muted-foreground">
        This page couldn’t be shown. It may be a hiccup on our side; trying again usually helps.
      </p>
      {digest ? (
        <p className="text-xs text-muted-foreground">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
      <div className="flex flex-wrap justify-center gap-3">
        <Button type="button" onClick={retry}>
          <RefreshCw aria-hidden />
          Try again
        </Button>
        <Button asChild variant="outline">
          <Link href={homeHref}>{homeLabel}</Link>
        </Button>
      </div>
    </div>
  );
}

"use client";

import { CircleAlert, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
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
  homeLabel,
}: {
  error: unknown;
  retry: () => void;
  homeHref?: "/" | "/dashboard" | "/admin";
  /** Defaults to "Go to the home page". */
  homeLabel?: string;
}) {
  const t = useTranslations("common");
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
        {t("routeError.title")}
      </h1>
      <p className="text-muted-foreground">{t("routeError.body")}</p>
      {digest ? (
        <p className="text-xs text-muted-foreground">
          {t.rich("routeError.reference", { digest, code: (chunks) => <code>{chunks}</code> })}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-center gap-3">
        <Button type="button" onClick={retry}>
          <RefreshCw aria-hidden />
          {t("actions.tryAgain")}
        </Button>
        <Button asChild variant="outline">
          <Link href={homeHref}>{homeLabel ?? t("routeError.home")}</Link>
        </Button>
      </div>
    </div>
  );
}

"use client";

import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { ArrowRight } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Component, Suspense } from "react";
import type { ReactNode } from "react";

import { QueryError } from "~/components/query-error";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";

/**
 * One block of the overview, loading and failing on its own: a slow or broken part never hides
 * the others. `children` read their data with `useSuspenseQuery`: the server streams the block
 * in when its query (prefetched, not awaited, by the page) is done, after the shell has painted;
 * until then, and in the browser while it loads, the block shows placeholders.
 */
export function SectionCard({
  title,
  description,
  icon: Icon,
  link,
  children,
}: {
  title: string;
  description: string;
  icon: LucideIcon;
  link?: { href: Route; label: string };
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon aria-hidden className="size-4 text-primary" />
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <SectionErrorBoundary onRetry={reset}>
              <Suspense fallback={<SectionPlaceholder title={title} />}>{children}</Suspense>
            </SectionErrorBoundary>
          )}
        </QueryErrorResetBoundary>
        {link ? (
          <Link
            href={link.href}
            className="inline-flex w-fit items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            {link.label}
            <ArrowRight aria-hidden className="size-4" />
          </Link>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The line a section shows when it has nothing to list. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted-foreground">{children}</p>;
}

function SectionPlaceholder({ title }: { title: string }) {
  const t = useTranslations("dashboard.overview");
  return (
    <div
      className="grid gap-2"
      aria-busy="true"
      aria-label={t("loadingSection", { section: title })}
    >
      <Skeleton className="h-6 w-full" />
      <Skeleton className="h-6 w-4/5" />
      <Skeleton className="h-6 w-3/5" />
    </div>
  );
}

/** A block whose query failed: the reason and "Try again", which runs the query again. */
class SectionErrorBoundary extends Component<
  { onRetry: () => void; children: ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <QueryError
        error={this.state.error}
        retry={() => {
          this.props.onRetry();
          this.setState({ error: null });
        }}
      />
    );
  }
}

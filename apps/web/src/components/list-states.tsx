"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { LoadMore } from "~/components/load-more";
import { QueryError } from "~/components/query-error";
import { Skeleton } from "~/components/ui/skeleton";
import { cn } from "~/lib/utils";

/** What a list reads from its query (TanStack Query's result, plain or infinite). */
export interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
}

/**
 * Every list's states in one place: placeholder rows while it loads, the reason and "Try again"
 * when it fails, the empty state (with its call to action) when there is nothing, and the items
 * with "Load more" while the server has another page. A failed next page keeps the rows already
 * shown and offers to fetch it again.
 */
export function ListStates<Item>({
  query,
  items,
  loadingLabel,
  rows = 4,
  rowClassName = "h-12",
  stateClassName,
  empty,
  children,
}: {
  query: ListQuery;
  /** The items loaded so far; undefined until the first answer. */
  items: Item[] | undefined;
  /** What a screen reader hears while it loads: "Loading domains". */
  loadingLabel: string;
  /** How many placeholder rows, and their size. */
  rows?: number;
  rowClassName?: string;
  /** Wraps the loading, error and empty states (padding where the list itself is edge to edge). */
  stateClassName?: string;
  empty: ReactNode;
  children: (items: Item[]) => ReactNode;
}) {
  const t = useTranslations("common.queryError");
  if (query.isPending) {
    return (
      <div
        className={cn("grid gap-2", stateClassName)}
        aria-busy="true"
        aria-label={loadingLabel}
        role="status"
      >
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className={cn("w-full", rowClassName)} />
        ))}
      </div>
    );
  }
  const loaded = items ?? [];
  if (query.isError && loaded.length === 0) {
    return (
      <div className={stateClassName}>
        <QueryError error={query.error} retry={() => void query.refetch()} />
      </div>
    );
  }
  if (loaded.length === 0) return <div className={stateClassName}>{empty}</div>;
  const { fetchNextPage } = query;
  return (
    <>
      {children(loaded)}
      {query.isError && fetchNextPage ? (
        <QueryError title={t("nextPage")} error={query.error} retry={() => void fetchNextPage()} />
      ) : fetchNextPage ? (
        <LoadMore
          query={{
            hasNextPage: query.hasNextPage ?? false,
            isFetchingNextPage: query.isFetchingNextPage ?? false,
            fetchNextPage,
          }}
        />
      ) : null}
    </>
  );
}

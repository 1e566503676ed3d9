"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";

import { Button } from "~/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "~/components/ui/dropdown-menu";
import { NOTIFICATIONS_LIMIT } from "~/lib/pagination";
import { useErrorMessage } from "~/lib/trpc-errors";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";
import { useTranslateMessage } from "~/lib/translate-message";
import { useErrorToast } from "~/lib/error-toast";

/** The bell in the header: the person's latest notifications, unread ones first to the eye. */
export function NotificationsMenu() {
  // Notifications are written in English when they happen; shown in the reader's language.
  const translate = useTranslateMessage();
  const t = useTranslations("dashboard.notifications");
  const tActions = useTranslations("common.actions");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const showError = useErrorToast();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const inbox = useQuery(trpc.notifications.list.queryOptions({ limit: NOTIFICATIONS_LIMIT }));
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.notifications.pathFilter()),
      onError: (error) => showError(error),
    }),
  );
  const unread = inbox.data?.unread ?? 0;
  const items = inbox.data?.items ?? [];
  // "2 hours ago" as of when the list was fetched, the same on the server and in the browser.
  const fetchedAt = new Date(inbox.dataUpdatedAt);

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className="relative rounded-full"
          aria-label={unread > 0 ? t("unreadLabel", { count: unread }) : t("title")}
        >
          <Bell aria-hidden />
          {unread > 0 ? (
            <span
              aria-hidden
              className="absolute -top-0.5 -right-0.5 grid min-w-4 place-items-center rounded-full bg-destructive px-1 text-[10px] leading-4 font-semibold text-white"
            >
              {unread > 9 ? "9+" : unread}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-80 max-w-[calc(100vw-2rem)]">
        <div className="flex items-center justify-between gap-2 pr-1">
          <DropdownMenuLabel>{t("title")}</DropdownMenuLabel>
          {unread > 0 ? (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              {t("markAllRead")}
            </Button>
          ) : null}
        </div>
        <DropdownMenuSeparator />
        {inbox.isError ? (
          <p className="px-2 py-3 text-sm text-muted-foreground">
            {t("loadFailed", { reason: errorMessage(inbox.error) })}
          </p>
        ) : items.length === 0 ? (
          <p className="px-2 py-3 text-sm text-muted-foreground">
            {inbox.isPending ? tActions("loading") : t("empty")}
          </p>
        ) : (
          items.map((item) => (
            <DropdownMenuItem
              key={item.id}
              className="grid items-start gap-0.5"
              onSelect={() => {
                if (!item.readAt) markRead.mutate({ ids: [item.id] });
                if (item.link) router.push(item.link as Route);
              }}
            >
              <span className={cn("text-sm", !item.readAt && "font-semibold")}>
                {!item.readAt ? <span className="sr-only">{t("unread")}</span> : null}
                {translate(item.title)}
              </span>
              {item.body ? (
                <span className="text-xs text-muted-foreground">{translate(item.body)}</span>
              ) : null}
              <time
                dateTime={item.createdAt.toISOString()}
                className="text-xs text-muted-foreground"
              >
                {format.relativeTime(item.createdAt, fetchedAt)}
              </time>
            </DropdownMenuItem>
          ))
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

/** `canInvite`: the team has a free seat, so the empty state can point to the invite form. */
export function InvitationsList({ canInvite }: { canInvite: boolean }) {
  const t = useTranslations("dashboard.members.invitations");
  const tRoles = useTranslations("common.roles");
  const format = useFormatter();
  const showError = useErrorToast();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.invitations.list.pathFilter()),
          queryClient.invalidateQueries(trpc.orgs.current.pathFilter()),
        ]);
        toast.success(t("revoked"));
      },
      onError: (error) => showError(error),
    }),
  );

  return (
    <Card id="invitations" className="gap-4">
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ListStates
          query={invitations}
          items={invitations.data}
          loadingLabel={t("loading")}
          rows={1}
          rowClassName="h-14"
          empty={
            <EmptyState
              icon={Mail}
              title={t("emptyTitle")}
              action={
                canInvite ? (
                  <Button asChild variant="outline" size="sm">
                    <a href="#invite">{t("inviteSomeone")}</a>
                  </Button>
                ) : null
              }
            >
              {t("emptyBody")}
            </EmptyState>
          }
        >
          {(pending) => (
            <ul className="grid divide-y rounded-lg border">
              {pending.map((invitation) => (
                <li
                  key={invitation.id}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 p-3"
                >
                  <div className="grid min-w-0 gap-0.5">
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="max-w-full truncate font-medium">{invitation.email}</span>
                      <Badge variant="secondary">{tRoles(invitation.role)}</Badge>
                    </span>
                    <span className="text-xs text-muted-foreground">
                      {invitation.invitedByName
                        ? t("invitedBy", {
                            name: invitation.invitedByName,
                            date: format.dateTime(invitation.expiresAt, "date"),
                          })
                        : t("expires", { date: format.dateTime(invitation.expiresAt, "date") })}
                    </span>
                  </div>
                  <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    disabled={revoke.isPending && revoke.variables.invitationId === invitation.id}
                    onClick={() => revoke.mutate({ invitationId: invitation.id })}
                    aria-label={t("revokeLabel", { email: invitation.email })}
                  >
                    {t("revoke")}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </ListStates>
      </CardContent>
    </Card>
  );
}

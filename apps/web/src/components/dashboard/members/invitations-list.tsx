"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import { toast } from "sonner";

import { QueryError } from "~/components/query-error";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { formatDate } from "~/lib/format";
import { roleLabel } from "~/lib/roles";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function InvitationsList() {
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
        toast.success("Invitation revoked. The link no longer works.");
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  return (
    <Card id="invitations" className="gap-4">
      <CardHeader>
        <CardTitle>
          <h2>Pending invitations</h2>
        </CardTitle>
        <CardDescription>
          Invitations that haven’t been accepted yet. Each one holds a seat until it is accepted,
          revoked or expires.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {invitations.isPending ? (
          <Skeleton className="h-14 w-full" />
        ) : invitations.isError ? (
          <QueryError error={invitations.error} retry={() => void invitations.refetch()} />
        ) : invitations.data.length === 0 ? (
          <div className="flex items-center gap-3 rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
            <Mail aria-hidden className="size-4 shrink-0" />
            No pending invitations. People you invite appear here until they join.
          </div>
        ) : (
          <ul className="grid divide-y rounded-lg border">
            {invitations.data.map((invitation) => (
              <li
                key={invitation.id}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 p-3"
              >
                <div className="grid min-w-0 gap-0.5">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="max-w-full truncate font-medium">{invitation.email}</span>
                    <Badge variant="secondary">{roleLabel[invitation.role]}</Badge>
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {invitation.invitedByName ? `Invited by ${invitation.invitedByName}. ` : ""}
                    Expires {formatDate(invitation.expiresAt)}.
                  </span>
                </div>
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  disabled={revoke.isPending && revoke.variables.invitationId === invitation.id}
                  onClick={() => revoke.mutate({ invitationId: invitation.id })}
                  aria-label={`Revoke the invitation for ${invitation.email}`}
                >
                  Revoke
                </Button>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

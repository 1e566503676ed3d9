"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Users, UserX } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { grantableRoles, isManager } from "@arco/services/roles";

import type { RouterOutputs } from "@arco/api";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "~/components/ui/alert-dialog";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { MEMBERS_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { canManageMember } from "~/lib/roles";
import type { OrgRole, Role } from "~/lib/roles";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

type Member = RouterOutputs["members"]["list"]["items"][number];

export function MembersTable({ actorRole }: { actorRole: OrgRole }) {
  const t = useTranslations("dashboard");
  const trpc = useTRPC();
  const members = useInfiniteQuery(
    trpc.members.list.infiniteQueryOptions(
      { limit: MEMBERS_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );
  const rows = members.data?.pages.flatMap((page) => page.items);
  const editable = isManager(actorRole);

  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>
          <h2>{t("members.table.title")}</h2>
        </CardTitle>
        <CardDescription>
          {editable ? t("members.table.descriptionManager") : t("members.table.descriptionOther")}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4 px-0 sm:px-6">
        <ListStates
          query={members}
          items={rows}
          loadingLabel={t("members.loading")}
          rowClassName="h-10"
          stateClassName="px-6 sm:px-0"
          empty={
            <EmptyState icon={Users} title={t("members.table.emptyTitle")}>
              {t("members.table.emptyBody")}
            </EmptyState>
          }
        >
          {(people) => (
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-5 sm:pl-3">{t("members.table.name")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("members.table.email")}</TableHead>
                  <TableHead className="px-2 sm:px-3">{t("members.table.role")}</TableHead>
                  <TableHead className="hidden md:table-cell">
                    {t("members.table.joined")}
                  </TableHead>
                  {editable ? (
                    <TableHead className="pr-4 pl-1 text-right sm:px-3">
                      <span className="sr-only">{t("members.table.actions")}</span>
                    </TableHead>
                  ) : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.map((member) => (
                  <MemberRow key={member.membershipId} member={member} actorRole={actorRole} />
                ))}
              </TableBody>
            </Table>
          )}
        </ListStates>
      </CardContent>
    </Card>
  );
}

function MemberRow({ member, actorRole }: { member: Member; actorRole: OrgRole }) {
  const t = useTranslations("dashboard.members.table");
  const tRoles = useTranslations("common.roles");
  const format = useFormatter();
  const manager = isManager(actorRole) ? actorRole : null;
  const editable = manager !== null;
  const manageable = manager !== null && !member.isYou && canManageMember(manager, member.role);
  const displayName = member.name ?? member.email;

  return (
    <TableRow>
      <TableCell className="pl-5 sm:pl-3">
        <div className="grid max-w-[9.5rem] min-w-0 gap-0.5 sm:max-w-none">
          <span className="flex items-center gap-2 font-medium">
            <span className="truncate">{displayName}</span>
            {member.isYou ? <Badge variant="secondary">{t("you")}</Badge> : null}
          </span>
          <span className="truncate text-xs text-muted-foreground md:hidden">{member.email}</span>
        </div>
      </TableCell>
      <TableCell className="hidden text-muted-foreground md:table-cell">{member.email}</TableCell>
      <TableCell className="px-2 sm:px-3">
        {manageable ? (
          <RoleSelect member={member} actorRole={manager} />
        ) : (
          <span className="text-sm">{tRoles(member.role)}</span>
        )}
      </TableCell>
      <TableCell className="hidden text-muted-foreground md:table-cell">
        {format.dateTime(member.joinedAt, "date")}
      </TableCell>
      {editable ? (
        <TableCell className="pr-4 pl-1 text-right sm:px-3">
          {manageable ? <RemoveMember member={member} /> : null}
        </TableCell>
      ) : null}
    </TableRow>
  );
}

function useRefreshTeam() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.members.list.pathFilter()),
      queryClient.invalidateQueries(trpc.orgs.current.pathFilter()),
    ]);
}

function RoleSelect({ member, actorRole }: { member: Member; actorRole: Role }) {
  const t = useTranslations("dashboard.members.table");
  const tRoles = useTranslations("common.roles");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const refreshTeam = useRefreshTeam();
  const update = useMutation(
    trpc.members.updateRole.mutationOptions({
      onSuccess: async ({ role }) => {
        await refreshTeam();
        toast.success(t("roleChanged", { name: member.name ?? member.email, role }));
      },
      onError: (error) => showError(error),
    }),
  );
  const roles = grantableRoles(actorRole);

  return (
    <Select
      value={update.isPending ? update.variables.role : member.role}
      onValueChange={(role) =>
        update.mutate({ membershipId: member.membershipId, role: role as Role })
      }
      disabled={update.isPending}
    >
      <SelectTrigger
        size="sm"
        className="w-28 sm:w-32"
        aria-label={t("roleOf", { name: member.name ?? member.email })}
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {roles.map((role) => (
          <SelectItem key={role} value={role}>
            {tRoles(role)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

function RemoveMember({ member }: { member: Member }) {
  const t = useTranslations("dashboard.members.table");
  const tActions = useTranslations("common.actions");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const refreshTeam = useRefreshTeam();
  const name = member.name ?? member.email;
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        await refreshTeam();
        toast.success(t("removed", { name }));
      },
      onError: (error) => showError(error),
    }),
  );

  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          className="text-destructive hover:bg-destructive/10 hover:text-destructive"
          disabled={remove.isPending}
          aria-label={t("removeLabel", { name })}
        >
          <UserX aria-hidden />
          <span className="hidden sm:inline">{t("remove")}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("removeTitle", { name })}</AlertDialogTitle>
          <AlertDialogDescription>
            {t("removeBody", { name, email: member.email })}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{tActions("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={() => remove.mutate({ membershipId: member.membershipId })}
          >
            {t("removeConfirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

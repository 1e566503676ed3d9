"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MailCheck, UserCheck, UserX } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";

import { staffRoles } from "@arco/api/schemas/people";

import { PersonBadges } from "~/components/admin/people/person-badges";
import { PersonOrganizations } from "~/components/admin/people/person-organizations";
import type { Person } from "~/components/admin/people/query";
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
import { Button } from "~/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "~/components/ui/dialog";
import { Label } from "~/components/ui/label";
import { useErrorToast } from "~/lib/error-toast";
import { nativeSelect } from "~/lib/native-select";
import { useTRPC } from "~/trpc/react";

type StaffRoleChoice = (typeof staffRoles)[number] | "none";

/**
 * One person: their account, organizations and sessions, and the actions the viewer's role
 * allows — every staff member resends a verification; admins disable, enable and change staff
 * roles, each after a confirmation. Nobody acts on their own account here.
 */
export function PersonDialog({
  person: listed,
  viewerId,
  mayManage,
  onClose,
}: {
  person: Person;
  viewerId: string;
  mayManage: boolean;
  onClose: () => void;
}) {
  const t = useTranslations("adminPeople.person");
  const format = useFormatter();
  const trpc = useTRPC();
  const details = useQuery(trpc.admin.people.byId.queryOptions({ userId: listed.id }));
  const person = details.data ?? listed;
  const name = person.name ?? person.email;
  const self = person.id === viewerId;

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{name}</DialogTitle>
          <DialogDescription translate="no">{person.email}</DialogDescription>
        </DialogHeader>
        <PersonBadges person={person} />
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted-foreground">{t("joined")}</dt>
          <dd>{format.dateTime(person.createdAt, "date")}</dd>
          <dt className="text-muted-foreground">{t("verified")}</dt>
          <dd>
            {person.emailVerified
              ? format.dateTime(person.emailVerified, "date")
              : t("notVerified")}
          </dd>
          <dt className="text-muted-foreground">{t("lastSignIn")}</dt>
          <dd>
            {person.lastSignInAt ? format.dateTime(person.lastSignInAt, "dateTime") : t("never")}
          </dd>
          {details.data ? (
            <>
              <dt className="text-muted-foreground">{t("openSessions")}</dt>
              <dd>{format.number(details.data.openSessions)}</dd>
            </>
          ) : null}
          {person.disabledAt ? (
            <>
              <dt className="text-muted-foreground">{t("disabledOn")}</dt>
              <dd>{format.dateTime(person.disabledAt, "dateTime")}</dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby={`${person.id}-orgs`} className="grid gap-2">
          <h3 id={`${person.id}-orgs`} className="text-sm font-medium">
            {t("organizations")}
          </h3>
          <PersonOrganizations person={person} />
        </section>
        <section aria-labelledby={`${person.id}-actions`} className="grid gap-3 border-t pt-4">
          <h3 id={`${person.id}-actions`} className="text-sm font-medium">
            {t("actions")}
          </h3>
          {!person.emailVerified && !person.disabledAt ? (
            <ResendVerification person={person} />
          ) : null}
          {self ? (
            <p className="text-sm text-muted-foreground">{t("yourself")}</p>
          ) : mayManage ? (
            <>
              <AccountSwitch person={person} name={name} />
              <StaffRoleForm person={person} name={name} />
            </>
          ) : (
            <p className="text-sm text-muted-foreground">{t("adminsOnly")}</p>
          )}
        </section>
      </DialogContent>
    </Dialog>
  );
}

/** After any change: the list and the person show what the server now says. */
function usePeopleChanged() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.admin.people.pathFilter());
}

function ResendVerification({ person }: { person: Person }) {
  const t = useTranslations("adminPeople.person");
  const trpc = useTRPC();
  const showError = useErrorToast();
  const changed = usePeopleChanged();
  const resend = useMutation(
    trpc.admin.people.resendVerification.mutationOptions({
      onSuccess: async ({ sent }) => {
        if (sent) toast.success(t("verificationSent", { email: person.email }));
        else toast.error(t("verificationNotSent"));
        await changed();
      },
      onError: (error) => showError(error),
    }),
  );
  return (
    <Button
      type="button"
      variant="outline"
      className="w-fit"
      disabled={resend.isPending}
      onClick={() => resend.mutate({ userId: person.id })}
    >
      <MailCheck aria-hidden />
      {resend.isPending ? t("sending") : t("resendVerification")}
    </Button>
  );
}

function AccountSwitch({ person, name }: { person: Person; name: string }) {
  const t = useTranslations("adminPeople.person");
  const tActions = useTranslations("common.actions");
  const trpc = useTRPC();
  const showError = useErrorToast();
  const changed = usePeopleChanged();
  const disable = useMutation(
    trpc.admin.people.disable.mutationOptions({
      onSuccess: async ({ sessionsEnded }) => {
        toast.success(t("disabled", { name, count: sessionsEnded }));
        await changed();
      },
      onError: (error) => showError(error),
    }),
  );
  const enable = useMutation(
    trpc.admin.people.enable.mutationOptions({
      onSuccess: async () => {
        toast.success(t("enabled", { name }));
        await changed();
      },
      onError: (error) => showError(error),
    }),
  );
  if (person.disabledAt) {
    return (
      <Button
        type="button"
        variant="outline"
        className="w-fit"
        disabled={enable.isPending}
        onClick={() => enable.mutate({ userId: person.id })}
      >
        <UserCheck aria-hidden />
        {t("enable")}
      </Button>
    );
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline" className="w-fit" disabled={disable.isPending}>
          <UserX aria-hidden />
          {t("disable")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("disableTitle", { name })}</AlertDialogTitle>
          <AlertDialogDescription>
            {t("disableBody", { email: person.email })}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{tActions("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={() => disable.mutate({ userId: person.id })}
          >
            {t("disable")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function StaffRoleForm({ person, name }: { person: Person; name: string }) {
  const t = useTranslations("adminPeople.person");
  const tStaff = useTranslations("admin.staffRole");
  const tActions = useTranslations("common.actions");
  const trpc = useTRPC();
  const showError = useErrorToast();
  const changed = usePeopleChanged();
  const id = useId();
  const current: StaffRoleChoice = person.staffRole ?? "none";
  const [choice, setChoice] = useState<StaffRoleChoice>(current);
  const roleLabel = (role: StaffRoleChoice) => (role === "none" ? t("noStaffRole") : tStaff(role));
  const setRole = useMutation(
    trpc.admin.people.setStaffRole.mutationOptions({
      onSuccess: async () => {
        toast.success(t("roleChanged", { name, role: roleLabel(choice) }));
        await changed();
      },
      onError: (error) => {
        setChoice(current);
        showError(error);
      },
    }),
  );
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("staffRole")}</Label>
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          className={`${nativeSelect} w-48`}
          value={choice}
          onChange={(event) => setChoice(event.target.value as StaffRoleChoice)}
        >
          <option value="none">{t("noStaffRole")}</option>
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {tStaff(role)}
            </option>
          ))}
        </select>
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button
              type="button"
              variant="outline"
              disabled={choice === current || setRole.isPending}
            >
              {t("changeRole")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>
                {t("roleTitle", { name, role: roleLabel(choice) })}
              </AlertDialogTitle>
              <AlertDialogDescription>
                {choice === "none" ? t("revokeBody") : t(`grantBody.${choice}`)}
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{tActions("cancel")}</AlertDialogCancel>
              <AlertDialogAction
                onClick={() =>
                  setRole.mutate({
                    userId: person.id,
                    staffRole: choice === "none" ? null : choice,
                  })
                }
              >
                {t("changeRole")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </div>
    </div>
  );
}

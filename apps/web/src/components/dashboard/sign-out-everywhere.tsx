"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

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
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

/** Ends every session of the account — a lost phone, a shared computer — this one included. */
export function SignOutEverywhere() {
  const t = useTranslations("dashboard.account.sessions");
  const tActions = useTranslations("common.actions");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const end = useMutation(
    trpc.me.signOutEverywhere.mutationOptions({
      onSuccess: () => void signOut({ redirectTo: "/sign-in" }),
      onError: (error) => showError(error),
    }),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button type="button" variant="outline" disabled={end.isPending}>
              <LogOut aria-hidden />
              {end.isPending ? t("pending") : t("button")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("confirmTitle")}</AlertDialogTitle>
              <AlertDialogDescription>{t("confirmBody")}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{tActions("cancel")}</AlertDialogCancel>
              <AlertDialogAction onClick={() => end.mutate()}>{t("button")}</AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </CardContent>
    </Card>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DoorOpen } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

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

export function LeaveOrganization({ orgName }: { orgName: string }) {
  const t = useTranslations("dashboard.members.leave");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        toast.success(t("left", { org: orgName }));
        router.push("/dashboard");
        router.refresh();
      },
      onError: (error) => showError(error),
    }),
  );

  return (
    <Card className="border-destructive/30">
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description", { org: orgName })}</CardDescription>
      </CardHeader>
      <CardContent>
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button
              type="button"
              variant="outline"
              disabled={leave.isPending}
              className="text-destructive hover:text-destructive"
            >
              <DoorOpen aria-hidden />
              {leave.isPending ? t("pending") : t("button", { org: orgName })}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("confirmTitle", { org: orgName })}</AlertDialogTitle>
              <AlertDialogDescription>{t("confirmBody", { org: orgName })}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{t("stay")}</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => leave.mutate()}>
                {t("confirm")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </CardContent>
    </Card>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DoorOpen } from "lucide-react";
import { useRouter } from "next/navigation";
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
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function LeaveOrganization({ orgName }: { orgName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        toast.success(`You left ${orgName}.`);
        router.push("/dashboard");
        router.refresh();
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  return (
    <Card className="border-destructive/30">
      <CardHeader>
        <CardTitle>
          <h2>Leave organization</h2>
        </CardTitle>
        <CardDescription>
          You lose access to {orgName} straight away. Someone will have to invite you again for you
          to come back.
        </CardDescription>
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
              {leave.isPending ? "Leaving…" : `Leave ${orgName}`}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Leave {orgName}?</AlertDialogTitle>
              <AlertDialogDescription>
                You won’t see {orgName} any more. If you’re its only owner, make someone else an
                owner first.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Stay</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => leave.mutate()}>
                Leave organization
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </CardContent>
    </Card>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
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

/** Ends every session of the account — a lost phone, a shared computer — this one included. */
export function SignOutEverywhere() {
  const trpc = useTRPC();
  const end = useMutation(
    trpc.me.signOutEverywhere.mutationOptions({
      onSuccess: () => void signOut({ redirectTo: "/sign-in" }),
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Sessions</h2>
        </CardTitle>
        <CardDescription>
          Signed in on a device you no longer use or trust? Sign out on every device at once, this
          one included. Changing your password also signs out every other device.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button type="button" variant="outline" disabled={end.isPending}>
              <LogOut aria-hidden />
              {end.isPending ? "Signing out…" : "Sign out everywhere"}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Sign out on every device?</AlertDialogTitle>
              <AlertDialogDescription>
                Every browser and device signed in to your account is signed out straight away,
                including this one. You can sign in again afterwards.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Cancel</AlertDialogCancel>
              <AlertDialogAction onClick={() => end.mutate()}>
                Sign out everywhere
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </CardContent>
    </Card>
  );
}

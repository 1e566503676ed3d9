"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleX, LoaderCircle, LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";

import { FormAlert } from "~/components/form-alert";
import { Button } from "~/components/ui/button";
import { errorCode, errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function InviteResponse({ token, orgName }: { token: string; orgName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [declined, setDeclined] = useState(false);
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        toast.success(`You joined ${orgName}.`);
        router.push("/dashboard");
        router.refresh();
      },
    }),
  );
  const decline = useMutation(
    trpc.invitations.decline.mutationOptions({ onSuccess: () => setDeclined(true) }),
  );
  const busy = accept.isPending || decline.isPending || accept.isSuccess;
  const failure = accept.error ?? decline.error;

  if (declined) {
    return (
      <div role="status" className="grid justify-items-center gap-3 text-center">
        <CircleX aria-hidden className="size-6 text-muted-foreground" />
        <p className="font-medium">You declined the invitation to {orgName}.</p>
        <Button asChild variant="outline">
          <Link href="/dashboard">Go to your dashboard</Link>
        </Button>
      </div>
    );
  }

  return (
    <div className="grid gap-3">
      {failure ? (
        <FormAlert>
          {errorCode(failure) === "FORBIDDEN"
            ? "This invitation is for a different email address than the one you’re signed in with."
            : errorMessage(failure)}
        </FormAlert>
      ) : null}
      <Button type="button" disabled={busy} onClick={() => accept.mutate({ token })}>
        {accept.isPending || accept.isSuccess ? (
          <>
            <LoaderCircle aria-hidden className="animate-spin" />
            Joining {orgName}…
          </>
        ) : (
          `Accept and join ${orgName}`
        )}
      </Button>
      <Button
        type="button"
        variant="outline"
        disabled={busy}
        onClick={() => decline.mutate({ token })}
      >
        {decline.isPending ? "Declining…" : "Decline"}
      </Button>
    </div>
  );
}

/** Signed in as someone else: say so plainly and offer the way out. */
export function SignOutToSwitch({
  signedInAs,
  invitedEmail,
  callbackUrl,
}: {
  signedInAs: string;
  invitedEmail: string;
  callbackUrl: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <div className="grid gap-3">
      <FormAlert variant="warning" title="This invitation is for another account">
        You’re signed in as <strong className="[overflow-wrap:anywhere]">{signedInAs}</strong>, but
        the invitation was sent to{" "}
        <strong className="[overflow-wrap:anywhere]">{invitedEmail}</strong>. Sign out, then sign in
        or create an account with that address to accept it.
      </FormAlert>
      <Button
        type="button"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signOut({ redirectTo: callbackUrl });
        }}
      >
        <LogOut aria-hidden />
        {pending ? "Signing out…" : "Sign out to switch accounts"}
      </Button>
    </div>
  );
}

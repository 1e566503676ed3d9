import { TRPCError } from "@trpc/server";
import { Ban, CircleCheck, CircleX, Hourglass, Mail } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { InviteResponse, SignOutToSwitch } from "~/components/auth/invite-response";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "~/components/ui/card";
import { withCallbackUrl } from "~/lib/callback-url";
import { formatDate } from "~/lib/format";
import { roleDescription, roleLabel } from "~/lib/roles";
import { currentUser } from "~/trpc/me";
import { getCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

async function loadInvitation(token: string) {
  const caller = await getCaller();
  try {
    return await caller.invitations.byToken({ token });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      return null;
    }
    throw error;
  }
}

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const [invitation, me] = await Promise.all([loadInvitation(token), currentUser()]);
  const here = `/invite/${encodeURIComponent(token)}`;

  if (!invitation) {
    return (
      <Closed
        icon={<CircleX aria-hidden className="size-6" />}
        title="We couldn’t find this invitation"
      >
        The link may be incomplete, or the invitation was replaced by a newer one. Ask the person
        who invited you to send it again.
      </Closed>
    );
  }

  if (invitation.status === "expired") {
    return (
      <Closed
        icon={<Hourglass aria-hidden className="size-6" />}
        title="This invitation has expired"
      >
        Invitations to {invitation.orgName} are valid for a limited time. Ask{" "}
        {invitation.inviterName ?? "an admin of the organization"} to invite you again.
      </Closed>
    );
  }
  if (invitation.status === "revoked") {
    return (
      <Closed icon={<Ban aria-hidden className="size-6" />} title="This invitation was withdrawn">
        {invitation.orgName} cancelled this invitation. If that’s unexpected, contact{" "}
        {invitation.inviterName ?? "the person who invited you"}.
      </Closed>
    );
  }
  if (invitation.status === "accepted") {
    return (
      <Closed
        icon={<CircleCheck aria-hidden className="size-6" />}
        title="This invitation was already accepted"
        action={
          <Button asChild>
            <Link href={me ? "/dashboard" : withCallbackUrl("/sign-in", "/dashboard")}>
              {me ? "Go to your dashboard" : "Sign in"}
            </Link>
          </Button>
        }
      >
        The invitation to {invitation.orgName} has been used. Sign in with {invitation.email} to
        work in it.
      </Closed>
    );
  }
  if (invitation.status === "declined") {
    return (
      <Closed
        icon={<CircleX aria-hidden className="size-6" />}
        title="This invitation was declined"
      >
        If you changed your mind, ask{" "}
        {invitation.inviterName ?? `an admin of ${invitation.orgName}`} to invite you again.
      </Closed>
    );
  }

  const isInvitee = me?.email.toLowerCase() === invitation.email.toLowerCase();

  return (
    <Card>
      <CardHeader className="text-center">
        <span className="mx-auto grid size-12 place-items-center rounded-full bg-primary/10 text-primary">
          <Mail aria-hidden className="size-6" />
        </span>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance">
          Join {invitation.orgName} on Arco
        </h1>
        <CardDescription>
          {invitation.inviterName ?? `Someone at ${invitation.orgName}`} invited{" "}
          <strong className="text-foreground">{invitation.email}</strong> to the team.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid gap-3 rounded-lg border bg-muted/40 p-4 text-sm">
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">Organization</dt>
            <dd className="font-medium">{invitation.orgName}</dd>
          </div>
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">Your role</dt>
            <dd>
              <Badge variant="secondary">{roleLabel[invitation.role]}</Badge>
            </dd>
          </div>
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">Invited by</dt>
            <dd className="font-medium">{invitation.inviterName ?? "An admin"}</dd>
          </div>
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">Valid until</dt>
            <dd className="font-medium">{formatDate(invitation.expiresAt)}</dd>
          </div>
        </dl>
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">
            As {roleLabel[invitation.role].toLowerCase()}:
          </span>{" "}
          {roleDescription[invitation.role]}
        </p>
      </CardContent>
      <CardFooter className="grid gap-3">
        {!me ? (
          <>
            <p className="text-center text-sm text-muted-foreground">
              Sign in or create an account with {invitation.email} to accept.
            </p>
            <Button asChild>
              <Link href={withCallbackUrl("/sign-up", here)}>Create an account</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={withCallbackUrl("/sign-in", here)}>I already have an account</Link>
            </Button>
          </>
        ) : isInvitee ? (
          <InviteResponse token={token} orgName={invitation.orgName} />
        ) : (
          <SignOutToSwitch
            signedInAs={me.email}
            invitedEmail={invitation.email}
            callbackUrl={withCallbackUrl("/sign-in", here)}
          />
        )}
      </CardFooter>
    </Card>
  );
}

function Closed({
  icon,
  title,
  action,
  children,
}: {
  icon: React.ReactNode;
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardContent className="grid justify-items-center gap-4 text-center">
        <span className="grid size-12 place-items-center rounded-full bg-muted text-muted-foreground">
          {icon}
        </span>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{title}</h1>
        <p className="text-muted-foreground">{children}</p>
        {action ?? (
          <Button asChild variant="outline">
            <Link href="/">Go to the home page</Link>
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

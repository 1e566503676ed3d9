import { TRPCError } from "@trpc/server";
import { Ban, CircleCheck, CircleX, Hourglass, Mail } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";

import { InviteResponse, SignOutToSwitch } from "~/components/auth/invite-response";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "~/components/ui/card";
import { withCallbackUrl } from "~/lib/callback-url";
import { currentUser } from "~/trpc/me";
import { getCaller } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("invitation"), robots: { index: false } };
}

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
  const [invitation, me, t, format] = await Promise.all([
    loadInvitation(token),
    currentUser(),
    getTranslations("auth.invite"),
    getFormatter(),
  ]);
  const here = `/invite/${encodeURIComponent(token)}`;

  if (!invitation) {
    return (
      <Closed icon={<CircleX aria-hidden className="size-6" />} title={t("notFound.title")}>
        {t("notFound.body")}
      </Closed>
    );
  }

  const org = invitation.orgName;
  const inviter = invitation.inviterName;
  if (invitation.status === "expired") {
    return (
      <Closed icon={<Hourglass aria-hidden className="size-6" />} title={t("expired.title")}>
        {inviter ? t("expired.body", { org, inviter }) : t("expired.bodyNoInviter", { org })}
      </Closed>
    );
  }
  if (invitation.status === "revoked") {
    return (
      <Closed icon={<Ban aria-hidden className="size-6" />} title={t("revoked.title")}>
        {inviter ? t("revoked.body", { org, inviter }) : t("revoked.bodyNoInviter", { org })}
      </Closed>
    );
  }
  if (invitation.status === "accepted") {
    return (
      <Closed
        icon={<CircleCheck aria-hidden className="size-6" />}
        title={t("accepted.title")}
        action={
          <Button asChild>
            <Link href={me ? "/dashboard" : withCallbackUrl("/sign-in", "/dashboard")}>
              {me ? t("accepted.toDashboard") : t("accepted.signIn")}
            </Link>
          </Button>
        }
      >
        {t("accepted.body", { org, email: invitation.email })}
      </Closed>
    );
  }
  if (invitation.status === "declined") {
    return (
      <Closed icon={<CircleX aria-hidden className="size-6" />} title={t("declined.title")}>
        {inviter ? t("declined.body", { inviter }) : t("declined.bodyNoInviter", { org })}
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
          {t("title", { org })}
        </h1>
        <CardDescription>
          {t.rich(inviter ? "invited" : "invitedNoInviter", {
            inviter: inviter ?? "",
            org,
            email: invitation.email,
            strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
          })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid gap-3 rounded-lg border bg-muted/40 p-4 text-sm">
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">{t("organization")}</dt>
            <dd className="font-medium">{org}</dd>
          </div>
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">{t("yourRole")}</dt>
            <dd>
              <Badge variant="secondary">{t(`roles.${invitation.role}`)}</Badge>
            </dd>
          </div>
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">{t("invitedBy")}</dt>
            <dd className="font-medium">{inviter ?? t("anAdmin")}</dd>
          </div>
          <div className="flex items-center justify-between gap-4">
            <dt className="text-muted-foreground">{t("validUntil")}</dt>
            <dd className="font-medium">{format.dateTime(invitation.expiresAt, "dateTimeZone")}</dd>
          </div>
        </dl>
        <p className="text-sm text-muted-foreground">
          {t.rich("asRole", {
            role: t(`rolesLower.${invitation.role}`),
            description: t(`roleDescriptions.${invitation.role}`),
            strong: (chunks) => <span className="font-medium text-foreground">{chunks}</span>,
          })}
        </p>
      </CardContent>
      <CardFooter className="grid gap-3">
        {!me ? (
          <>
            <p className="text-center text-sm text-muted-foreground">
              {t("signedOut", { email: invitation.email })}
            </p>
            <Button asChild>
              <Link href={withCallbackUrl("/sign-up", here)}>{t("createAccount")}</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={withCallbackUrl("/sign-in", here)}>{t("haveAccount")}</Link>
            </Button>
          </>
        ) : isInvitee ? (
          <InviteResponse token={token} orgName={org} />
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
  const t = useTranslations("auth.invite");
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
            <Link href="/">{t("toHome")}</Link>
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

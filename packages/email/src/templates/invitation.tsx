import type { InvitationRole } from "../types";
import { Action, Layout, Note, Paragraph, Title } from "./layout";

export interface InvitationProps {
  orgName: string;
  inviterName: string | null;
  role: InvitationRole;
  acceptUrl: string;
  expiresAt: Date;
}

const roleDescriptions: Record<InvitationRole, string> = {
  admin: "an admin, who can manage the team and settings",
  member: "a member, who can work on projects and tickets",
  viewer: "a viewer, who can follow projects and reports",
};

// Recipients live anywhere, so the expiry is written in UTC and says so.
const expiryFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});

export const invitationSubject = ({ orgName }: Pick<InvitationProps, "orgName">) =>
  `You're invited to join ${orgName} on Arco`;

export function InvitationEmail({
  orgName,
  inviterName,
  role,
  acceptUrl,
  expiresAt,
}: InvitationProps) {
  const inviter = inviterName ?? "A team member";
  return (
    <Layout
      preview={`${inviter} invited you to join ${orgName} on Arco.`}
      footer="You received this email because someone invited this address to an Arco organization."
    >
      <Title>Join {orgName} on Arco</Title>
      <Paragraph>
        {inviter} invited you to join <strong>{orgName}</strong> as {roleDescriptions[role]}.
      </Paragraph>
      <Action href={acceptUrl}>Accept the invitation</Action>
      <Note>
        The invitation expires on {expiryFormat.format(expiresAt)} UTC. If you weren&apos;t
        expecting it, you can ignore this email.
      </Note>
    </Layout>
  );
}

import { latestDroppedMail } from "@arco/email";

import type { Actor } from "../src/audit";

export const actorFor = (user: { id: string }): Actor => ({
  userId: user.id,
  actorUserId: user.id,
});

const LINKS = {
  invite: /\/invite\/([\w-]+)/,
  "verify-email": /verify-email\?token=([\w-]+)/,
  "reset-password": /reset-password\?token=([\w-]+)/,
};

/**
 * The link token from the newest email to `to`, read from the mail drop as the recipient
 * would: the outbox staff read keeps such links withheld.
 */
export async function linkTokenSentTo(to: string, path: keyof typeof LINKS) {
  const token = (await latestDroppedMail(to))?.text.match(LINKS[path])?.[1];
  if (!token) throw new Error(`No ${path} link was emailed to ${to}`);
  return token;
}

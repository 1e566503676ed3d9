import type { DbOrTx } from "@arco/db";
import { emailOutbox } from "@arco/db/schema";
import { desc, eq } from "drizzle-orm";

import type { Actor } from "../src/audit";

export const actorFor = (user: { id: string }): Actor => ({
  userId: user.id,
  actorUserId: user.id,
});

/** The link token from the newest email sent to `to` (the dev outbox keeps the rendered text). */
export async function linkTokenSentTo(db: DbOrTx, to: string, path: "invite" | "verify-email") {
  const [mail] = await db
    .select({ text: emailOutbox.text })
    .from(emailOutbox)
    .where(eq(emailOutbox.to, to))
    .orderBy(desc(emailOutbox.createdAt));
  const pattern = path === "invite" ? /\/invite\/([\w-]+)/ : /verify-email\?token=([\w-]+)/;
  const token = mail?.text?.match(pattern)?.[1];
  if (!token) throw new Error(`No ${path} link was emailed to ${to}`);
  return token;
}

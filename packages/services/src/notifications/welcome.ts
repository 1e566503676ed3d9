import type { DbOrTx } from "@arco/db";
import { users } from "@arco/db/schema";
import { sendEmail } from "@arco/email";
import type { SendEmailResult } from "@arco/email";
import { eq } from "drizzle-orm";

import { notFound } from "../errors";

/**
 * Sends the welcome email once per user, however often it is requested: the idempotency key
 * is the user's id, so a retried job or a replayed sign-up event finds the first email instead.
 */
export async function sendWelcomeEmail(
  db: DbOrTx,
  { userId, dashboardUrl }: { userId: string; dashboardUrl: string },
): Promise<SendEmailResult> {
  const [user] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound("Account");
  return sendEmail(db, {
    template: "welcome",
    props: { name: user.name, dashboardUrl },
    to: user.email,
    idempotencyKey: `welcome:${userId}`,
  });
}

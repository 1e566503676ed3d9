import { users } from "@arco/db/schema";
import type { SendEmailResult } from "@arco/email";
import { eq } from "drizzle-orm";

import { recipientLocale } from "../accounts/recipient-locale";
import type { SystemScope } from "../context";
import { notFound } from "../errors";

/**
 * Sends the welcome email once per user, however often it is requested: the idempotency key
 * is the user's id, so a retried job or a replayed sign-up event finds the first email instead.
 */
export async function sendWelcomeEmail(
  scope: SystemScope,
  { userId }: { userId: string },
): Promise<SendEmailResult> {
  const { db } = scope;
  const dashboardUrl = new URL("/dashboard", scope.appUrl).toString();
  const [user] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound("Account");
  return scope.deps.sendEmail(db, {
    locale: await recipientLocale(db, { userId }),
    template: "welcome",
    props: { name: user.name, dashboardUrl },
    to: user.email,
    idempotencyKey: `welcome:${userId}`,
  });
}

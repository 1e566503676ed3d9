import type { DbOrTx } from "@arco/db";
import { organizations, users } from "@arco/db/schema";
import { defaultLocale, isLocale } from "@arco/i18n/locales";
import type { Locale } from "@arco/i18n/locales";
import { eq, sql } from "drizzle-orm";

/**
 * The language to email someone in: the recipient's own choice when they have an account (by
 * id, or by address for people emailed before they sign in), else the organization's language
 * (`settings.locale`) when the email is about one, else English.
 */
export async function recipientLocale(
  db: DbOrTx,
  recipient: { userId?: string | null; email?: string | null; orgId?: string | null },
): Promise<Locale> {
  const { userId, email, orgId } = recipient;
  const [user] = userId
    ? await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId))
    : email
      ? await db
          .select({ locale: users.locale })
          .from(users)
          .where(sql`lower(${users.email}) = lower(${email})`)
      : [];
  if (isLocale(user?.locale)) return user.locale;
  if (orgId) {
    const [org] = await db
      .select({ settings: organizations.settings })
      .from(organizations)
      .where(eq(organizations.id, orgId));
    if (isLocale(org?.settings.locale)) return org.settings.locale;
  }
  return defaultLocale;
}

import { users } from "@arco/db/schema";
import type { EmailPreferences } from "@arco/db/schema";
import { sql } from "drizzle-orm";

/**
 * Whether the user row in the query receives an optional kind of email: yes unless they turned
 * it off (Account → Preferences). Transactional emails never ask.
 */
export const receives = (kind: keyof EmailPreferences) =>
  sql<boolean>`coalesce((${users.emailPreferences}->>${kind})::boolean, true)`;

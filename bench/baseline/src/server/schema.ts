import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** create-t3-app's example table, with the index its `post` procedures read by. */
export const posts = pgTable(
  "post",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [index("post_created_at_idx").on(t.createdAt)],
);

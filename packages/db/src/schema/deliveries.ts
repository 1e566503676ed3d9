import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { users } from "./auth";
import { id, timestamps } from "./columns";
import { projects } from "./projects";
import { storageItems } from "./storage";
import { orgId } from "./tenant";

export const deliveries = pgTable(
  "deliveries",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text(),
    deliveredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    url: text(),
    storageItemId: uuid().references(() => storageItems.id, { onDelete: "set null" }),
    deliveredById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("deliveries_project_delivered_at_idx").on(t.projectId, t.deliveredAt),
    index("deliveries_org_delivered_at_idx").on(t.orgId, t.deliveredAt),
    index("deliveries_storage_item_id_idx").on(t.storageItemId),
    index("deliveries_delivered_by_id_idx").on(t.deliveredById),
  ],
);

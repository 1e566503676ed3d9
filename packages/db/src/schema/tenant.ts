import { uuid } from "drizzle-orm/pg-core";

import { organizations } from "./organizations";

/**
 * The owning organization of a tenant row. Deleting an organization deletes everything it owns.
 * Every query on a table with this column must filter on it (see packages/services/README.md).
 */
export const orgId = () =>
  uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

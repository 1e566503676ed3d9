import { timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Column builders shared by every table. Column names are written in camelCase here and
 * stored in snake_case (the client and drizzle-kit both use `casing: "snake_case"`).
 */

export const id = () => uuid().primaryKey().defaultRandom();

/**
 * Millisecond precision, like JavaScript dates: a timestamp read into the app and written back
 * (as in a pagination cursor) compares equal to the stored one.
 */
const ms = { withTimezone: true, precision: 3 } as const;

export const createdAt = () => timestamp(ms).notNull().defaultNow();

export const updatedAt = () =>
  timestamp(ms)
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** A nullable point in time, e.g. `archivedAt`, `resolvedAt`. */
export const at = () => timestamp(ms);

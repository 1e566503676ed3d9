import { sql } from "drizzle-orm";

/**
 * The source of a statement that reads several things at once: a single row that lists are
 * left-joined to (an empty list leaves the row, with nulls) and counts ride along with as
 * subqueries. One round trip where there would be one per part.
 */
export const oneRow = () => sql`(select 1) as one`;

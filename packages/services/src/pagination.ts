import type { AnyColumn, SQL } from "drizzle-orm";
import { and, eq, gt, lt, or } from "drizzle-orm";

import { ServiceError } from "./errors";

/**
 * Keyset pagination: the cursor is the sort timestamp and the id of the last item, opaque to
 * clients. Stable under inserts, unlike offsets. Lists order by (timestamp, id) in one
 * direction and ask for `limit + 1` rows; `page` trims them and makes the next cursor.
 */
const encodeCursor = (at: Date, id: string) =>
  Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) {
    throw new ServiceError(
      "BAD_REQUEST",
      "That page cursor is not valid: start from the first page.",
    );
  }
  return { at, id };
}

/** The condition for rows after `cursor` in (at, id) order; undefined on the first page. */
export function afterCursor(
  cursor: string | undefined,
  columns: { at: AnyColumn; id: AnyColumn },
  direction: "asc" | "desc",
): SQL | undefined {
  if (!cursor) return undefined;
  const { at, id } = decodeCursor(cursor);
  const beyond = direction === "asc" ? gt : lt;
  return or(beyond(columns.at, at), and(eq(columns.at, at), beyond(columns.id, id)));
}

export function page<T>(rows: T[], limit: number, keyOf: (row: T) => { at: Date; id: string }) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const key = last ? keyOf(last) : null;
  return { items, nextCursor: rows.length > limit && key ? encodeCursor(key.at, key.id) : null };
}

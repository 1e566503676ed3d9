import type { AnyColumn, SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { z } from "zod";

import { cursorPart, decodeCursor, encodeCursor } from "../pagination";

/**
 * Keyset pagination over a text sort key (a name, an ISO date) and the id, ascending: the
 * counterpart of `afterCursor` for lists not ordered by a timestamp.
 */
const textAndId = z.tuple([cursorPart.text, cursorPart.id]);

/** Rows after `cursor` in (key, id) ascending order; undefined on the first page. */
export function afterTextCursor(
  cursor: string | undefined,
  key: SQL<string>,
  id: AnyColumn,
): SQL | undefined {
  if (!cursor) return undefined;
  const [afterKey, afterId] = decodeCursor(cursor, textAndId);
  return sql`(${key}, ${id}) > (${afterKey}::text, ${afterId}::uuid)`;
}

export function textPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => { key: string; id: string },
) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor([keyOf(last).key, keyOf(last).id]) : null,
  };
}

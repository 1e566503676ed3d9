import type { AnyColumn, SQL } from "drizzle-orm";
import { and, eq, gt, lt, or } from "drizzle-orm";
import { z } from "zod";

import { cursorPart, decodeCursor, encodeCursor } from "../pagination";

/**
 * Keyset cursors for lists sorted by any one column (name, size or date) then id: the cursor
 * carries the last row's sort value and id, read back as the type of the column sorted by.
 */
export type KeyKind = "time" | "text" | "count";
type Value = string | number | Date;

export const encodeKeyCursor = (value: Value, id: string) =>
  encodeCursor([value instanceof Date ? value.toISOString() : value, id]);

const shapes = {
  time: z.tuple([cursorPart.time, cursorPart.id]),
  text: z.tuple([cursorPart.text, cursorPart.id]),
  count: z.tuple([cursorPart.count, cursorPart.id]),
};

export function afterKey(
  cursor: string | undefined,
  columns: { value: AnyColumn; id: AnyColumn; kind: KeyKind },
  direction: "asc" | "desc",
): SQL | undefined {
  if (!cursor) return undefined;
  const [value, id] = decodeCursor<[Value, string]>(cursor, shapes[columns.kind]);
  const beyond = direction === "asc" ? gt : lt;
  return or(beyond(columns.value, value), and(eq(columns.value, value), beyond(columns.id, id)));
}

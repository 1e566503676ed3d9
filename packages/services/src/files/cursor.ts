import type { AnyColumn, SQL } from "drizzle-orm";
import { and, eq, gt, lt, or } from "drizzle-orm";

import { ServiceError } from "../errors";

/**
 * Keyset cursors for lists sorted by any one column (name, size or date) then id: the cursor
 * carries the last row's sort value and id, opaque to clients.
 */
type Value = string | number | Date;

export const encodeCursor = (value: Value, id: string) =>
  Buffer.from(
    JSON.stringify([value instanceof Date ? { d: value.toISOString() } : value, id]),
  ).toString("base64url");

function decode(cursor: string): [Value, string] {
  try {
    const [raw, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const value =
      raw && typeof raw === "object" && "d" in raw ? new Date(String(raw.d)) : (raw as Value);
    if (
      typeof id !== "string" ||
      !(typeof value === "string" || typeof value === "number" || value instanceof Date) ||
      (value instanceof Date && Number.isNaN(value.getTime()))
    ) {
      throw new Error("bad cursor");
    }
    return [value, id];
  } catch {
    throw new ServiceError(
      "BAD_REQUEST",
      "That page cursor is not valid: start from the first page.",
    );
  }
}

export function afterKey(
  cursor: string | undefined,
  columns: { value: AnyColumn; id: AnyColumn },
  direction: "asc" | "desc",
): SQL | undefined {
  if (!cursor) return undefined;
  const [value, id] = decode(cursor);
  const beyond = direction === "asc" ? gt : lt;
  return or(beyond(columns.value, value), and(eq(columns.value, value), beyond(columns.id, id)));
}

import type { AnyColumn, SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";

import { ServiceError } from "../errors";

/**
 * Keyset pagination over a text sort key (a name, an ISO date) and the id, ascending: the
 * counterpart of `../pagination` for lists not ordered by a timestamp. The cursor is opaque.
 */
const encode = (key: string, id: string) =>
  Buffer.from(JSON.stringify([key, id])).toString("base64url");

function decode(cursor: string): { key: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      typeof value[0] === "string" &&
      typeof value[1] === "string" &&
      /^[0-9a-f-]{36}$/i.test(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ServiceError(
    "BAD_REQUEST",
    "That page cursor is not valid: start from the first page.",
  );
}

/** Rows after `cursor` in (key, id) ascending order; undefined on the first page. */
export function afterTextCursor(
  cursor: string | undefined,
  key: SQL<string>,
  id: AnyColumn,
): SQL | undefined {
  if (!cursor) return undefined;
  const after = decode(cursor);
  return sql`(${key}, ${id}) > (${after.key}::text, ${after.id}::uuid)`;
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
    nextCursor: rows.length > limit && last ? encode(keyOf(last).key, keyOf(last).id) : null,
  };
}

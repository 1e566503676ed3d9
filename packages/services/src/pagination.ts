import type { AnyColumn, SQL } from "drizzle-orm";
import { and, eq, gt, gte, lt, lte, or } from "drizzle-orm";
import { z } from "zod";

import { ServiceError } from "./errors";

/**
 * Keyset pagination. A cursor is the last row's sort value(s) and id as a JSON array in
 * base64url, opaque to clients; every list reads it back through `decodeCursor` with the exact
 * shape it wrote, so a crafted cursor is a BAD_REQUEST, never a query that fails in Postgres.
 */
export const encodeCursor = (parts: unknown[]) =>
  Buffer.from(JSON.stringify(parts)).toString("base64url");

export function decodeCursor<T>(cursor: string, shape: z.ZodType<T>): T {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parts = undefined;
  }
  const decoded = shape.safeParse(parts);
  if (!decoded.success) {
    throw new ServiceError(
      "BAD_REQUEST",
      "That page cursor is not valid: start from the first page.",
    );
  }
  return decoded.data;
}

const inYears = (iso: string) => iso.slice(0, 4) >= "1900" && iso.slice(0, 4) <= "2999";

/** The pieces cursors are made of, each no more than a column of that type can hold. */
export const cursorPart = {
  id: z.uuid(),
  /** A moment, as `toISOString()` writes it. */
  time: z.iso
    .datetime()
    .refine(inYears)
    .transform((iso) => new Date(iso)),
  text: z.string().max(2000),
  count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
};

const timeAndId = z.tuple([cursorPart.time, cursorPart.id]);

/** The condition for rows after `cursor` in (at, id) order; undefined on the first page. */
export function afterCursor(
  cursor: string | undefined,
  columns: { at: AnyColumn; id: AnyColumn },
  direction: "asc" | "desc",
): SQL | undefined {
  if (!cursor) return undefined;
  const [at, id] = decodeCursor(cursor, timeAndId);
  const [beyond, from] = direction === "asc" ? [gt, gte] : [lt, lte];
  // The bound on `at` alone follows from the rest, but it is the one an index ending in `at`
  // can start a scan from: without it, each deeper page reads every row of the pages before.
  return and(
    from(columns.at, at),
    or(beyond(columns.at, at), and(eq(columns.at, at), beyond(columns.id, id))),
  );
}

export function page<T>(rows: T[], limit: number, keyOf: (row: T) => { at: Date; id: string }) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const key = last ? keyOf(last) : null;
  return {
    items,
    nextCursor: rows.length > limit && key ? encodeCursor([key.at.toISOString(), key.id]) : null,
  };
}

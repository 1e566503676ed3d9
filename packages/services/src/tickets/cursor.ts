import { supportTickets } from "@arco/db/schema";
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { z } from "zod";

import { cursorPart, decodeCursor } from "../pagination";
import { TICKET_PRIORITIES } from "./sla";

export const TICKET_SORTS = ["newest", "oldest", "priority", "sla"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

/**
 * Keyset pagination over (sort key, created at, id), all in one direction, so the condition is
 * a single row comparison. The cursor carries the values as Postgres prints them (full
 * precision), opaque to clients.
 */
interface SortSpec {
  key: SQL;
  type: "timestamptz" | "ticket_priority";
  direction: "asc" | "desc";
}

/** Tickets awaiting a first response come first by due time; all others after them. */
const dueKey = sql`(case when ${supportTickets.firstResponseAt} is null and ${supportTickets.firstResponseDueAt} is not null then ${supportTickets.firstResponseDueAt} else 'infinity'::timestamptz end)`;

export const sorts: Record<TicketSort, SortSpec> = {
  newest: { key: sql`${supportTickets.createdAt}`, type: "timestamptz", direction: "desc" },
  oldest: { key: sql`${supportTickets.createdAt}`, type: "timestamptz", direction: "asc" },
  priority: { key: sql`${supportTickets.priority}`, type: "ticket_priority", direction: "desc" },
  sla: { key: dueKey, type: "timestamptz", direction: "asc" },
};

/** The cursor of a row, selected with it. */
export const cursorOf = (spec: SortSpec) =>
  sql<string>`json_build_array(${spec.key}::text, ${supportTickets.createdAt}::text, ${supportTickets.id}::text)::text`;

export const orderOf = (spec: SortSpec) =>
  spec.direction === "asc"
    ? [sql`${spec.key} asc`, sql`${supportTickets.createdAt} asc`, sql`${supportTickets.id} asc`]
    : [
        sql`${spec.key} desc`,
        sql`${supportTickets.createdAt} desc`,
        sql`${supportTickets.id} desc`,
      ];

/**
 * A timestamp as Postgres prints it (`2026-03-01 09:15:00.123456+00`), kept as text for its full
 * precision, within the years a ticket can have; or `infinity`, the key of answered tickets.
 */
const pgTime = z
  .string()
  .regex(/^(19|2\d)\d\d-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/)
  .refine((text) => z.iso.date().safeParse(text.slice(0, 10)).success);
const shapes = {
  timestamptz: z.tuple([z.union([pgTime, z.literal("infinity")]), pgTime, cursorPart.id]),
  ticket_priority: z.tuple([z.enum(TICKET_PRIORITIES), pgTime, cursorPart.id]),
};

export function afterTicketCursor(cursor: string | undefined, spec: SortSpec): SQL | undefined {
  if (!cursor) return undefined;
  const [key, createdAt, id] = decodeCursor<[string, string, string]>(cursor, shapes[spec.type]);
  const op = sql.raw(spec.direction === "asc" ? ">" : "<");
  return sql`(${spec.key}, ${supportTickets.createdAt}, ${supportTickets.id}) ${op} (${key}::${sql.raw(spec.type)}, ${createdAt}::timestamptz, ${id}::uuid)`;
}

export function ticketPage<T extends { cursor: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(({ cursor: _cursor, ...item }) => item),
    // The row's cursor is the JSON array Postgres built (see `cursorOf`).
    nextCursor: rows.length > limit && last ? Buffer.from(last.cursor).toString("base64url") : null,
  };
}

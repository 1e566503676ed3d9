import { supportTickets } from "@arco/db/schema";
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import { ServiceError } from "../errors";
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

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
const isTime = (value: string) => value === "infinity" || !Number.isNaN(Date.parse(value));

export function afterTicketCursor(cursor: string | undefined, spec: SortSpec): SQL | undefined {
  if (!cursor) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parts = null;
  }
  const valid =
    Array.isArray(parts) &&
    parts.length === 3 &&
    parts.every((p) => typeof p === "string") &&
    (spec.type === "ticket_priority"
      ? (TICKET_PRIORITIES as readonly string[]).includes(parts[0] as string)
      : isTime(parts[0] as string)) &&
    isTime(parts[1] as string) &&
    UUID.test(parts[2] as string);
  if (!valid) {
    throw new ServiceError(
      "BAD_REQUEST",
      "That page cursor is not valid: start from the first page.",
    );
  }
  const [key, createdAt, id] = parts as [string, string, string];
  const op = sql.raw(spec.direction === "asc" ? ">" : "<");
  return sql`(${spec.key}, ${supportTickets.createdAt}, ${supportTickets.id}) ${op} (${key}::${sql.raw(spec.type)}, ${createdAt}::timestamptz, ${id}::uuid)`;
}

export function ticketPage<T extends { cursor: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(({ cursor: _cursor, ...item }) => item),
    nextCursor: rows.length > limit && last ? Buffer.from(last.cursor).toString("base64url") : null,
  };
}

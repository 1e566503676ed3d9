import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { at, createdAt, id, timestamps } from "./columns";
import { projects } from "./projects";
import { storageItems } from "./storage";
import { orgId } from "./tenant";

export const ticketPriority = pgEnum("ticket_priority", ["low", "medium", "high", "urgent"]);
export const ticketStatus = pgEnum("ticket_status", [
  "open",
  "in_progress",
  "waiting_client",
  "resolved",
  "closed",
]);

export const supportTickets = pgTable(
  "support_tickets",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    /** Per-organization ticket number shown to clients (#1, #2…); the unique key settles races. */
    number: integer().notNull(),
    subject: text().notNull(),
    description: text().notNull(),
    priority: ticketPriority().notNull().default("medium"),
    status: ticketStatus().notNull().default("open"),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    assignedToId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Copied from the plan at creation, so a later plan change does not rewrite past SLAs. */
    responseSlaHours: integer(),
    firstResponseDueAt: at(),
    firstResponseAt: at(),
    slaBreachedAt: at(),
    resolvedAt: at(),
    closedAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("support_tickets_org_number_unique").on(t.orgId, t.number),
    index("support_tickets_org_status_created_idx").on(t.orgId, t.status, t.createdAt),
    index("support_tickets_status_created_idx").on(t.status, t.createdAt),
    index("support_tickets_project_id_idx").on(t.projectId),
    index("support_tickets_created_by_id_idx").on(t.createdById),
    index("support_tickets_assigned_to_id_idx").on(t.assignedToId),
    // The SLA columns ride along so a range of months is counted from the index alone (the
    // admin home's current month, the roll-up's recent months), without reading the table.
    index("support_tickets_created_sla_idx").on(
      t.createdAt,
      t.responseSlaHours,
      t.firstResponseDueAt,
      t.firstResponseAt,
      t.slaBreachedAt,
    ),
    index("support_tickets_first_response_due_at_idx")
      .on(t.firstResponseDueAt)
      .where(sql`${t.firstResponseAt} is null`),
    check("support_tickets_number_positive", sql`${t.number} > 0`),
    check("support_tickets_sla_positive", sql`coalesce(${t.responseSlaHours}, 1) > 0`),
  ],
);

export const ticketMessages = pgTable(
  "ticket_messages",
  {
    id: id(),
    orgId: orgId(),
    ticketId: uuid()
      .notNull()
      .references(() => supportTickets.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    isStaffReply: boolean().notNull().default(false),
    /** Staff-only note, never shown to the client. */
    internal: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("ticket_messages_ticket_created_idx").on(t.ticketId, t.createdAt),
    index("ticket_messages_org_id_idx").on(t.orgId),
    index("ticket_messages_author_id_idx").on(t.authorId),
    check("ticket_messages_internal_is_staff", sql`not ${t.internal} or ${t.isStaffReply}`),
  ],
);

/** A file attached to a ticket cannot be hard-deleted while the attachment exists. */
export const ticketAttachments = pgTable(
  "ticket_attachments",
  {
    id: id(),
    orgId: orgId(),
    messageId: uuid()
      .notNull()
      .references(() => ticketMessages.id, { onDelete: "cascade" }),
    storageItemId: uuid()
      .notNull()
      .references(() => storageItems.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("ticket_attachments_message_item_unique").on(t.messageId, t.storageItemId),
    index("ticket_attachments_org_id_idx").on(t.orgId),
    index("ticket_attachments_storage_item_id_idx").on(t.storageItemId),
  ],
);

/**
 * The support tickets opened each month on the agency's clock, per response time promised: the
 * admin home's ticket cards read their closed months here. Kept by `rollUpTicketMonths` (the
 * hourly `roll-up-ticket-months` job), which recomputes recent months from the tickets; an
 * `updated_at` after the month's end says the month was counted whole.
 */
export const ticketMonths = pgTable(
  "ticket_months",
  {
    id: id(),
    /** The 1st of the month in São Paulo. */
    month: date({ mode: "string" }).notNull(),
    /** The response time the tickets were opened with, in hours; null for none. */
    responseSlaHours: integer(),
    opened: integer().notNull(),
    /** With a first staff response. */
    answered: integer().notNull(),
    /** First staff response within the response time. */
    met: integer().notNull(),
    /** Answered late, or unanswered past their due time when the month was counted. */
    breached: integer().notNull(),
    /** The answered tickets' times from opening to first response, added up, in milliseconds. */
    firstResponseMs: bigint({ mode: "number" }).notNull(),
    ...timestamps(),
  },
  (t) => [
    // One row per month and response time, "none" included.
    unique("ticket_months_month_sla_unique").on(t.month, t.responseSlaHours).nullsNotDistinct(),
    check(
      "ticket_months_counts_consistent",
      sql`${t.answered} >= 0 and ${t.met} >= 0 and ${t.breached} >= 0 and ${t.firstResponseMs} >= 0
        and ${t.answered} <= ${t.opened} and ${t.met} + ${t.breached} <= ${t.opened}`,
    ),
  ],
);

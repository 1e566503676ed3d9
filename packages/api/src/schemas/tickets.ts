/**
 * Input schemas of support tickets, shared with the web forms. Pure zod: safe in the browser.
 */
import { z } from "zod";

export const ticketStatuses = [
  "open",
  "in_progress",
  "waiting_client",
  "resolved",
  "closed",
] as const;
export const ticketPriorities = ["low", "medium", "high", "urgent"] as const;
export const ticketSorts = ["newest", "oldest", "priority", "sla"] as const;

export const ticketStatusSchema = z.enum(ticketStatuses, "Choose a status.");
export const ticketPrioritySchema = z.enum(ticketPriorities, "Choose low, medium, high or urgent.");

const ticketId = z.uuid("That ticket id is not valid.");

export const createTicketInput = z.object({
  subject: z
    .string("Enter a subject.")
    .trim()
    .min(3, "Write a subject of at least 3 characters.")
    .max(150, "Keep the subject under 150 characters."),
  description: z
    .string("Describe what you need.")
    .trim()
    .min(10, "Describe what you need in at least 10 characters.")
    .max(10_000, "Descriptions are at most 10,000 characters."),
  priority: ticketPrioritySchema.default("medium"),
  projectId: z.uuid("That project id is not valid.").nullish(),
});

export const ticketListInput = z.object({
  cursor: z.string().max(400).optional(),
  limit: z.number().int().min(1).max(100).default(25),
  status: z.enum(["active", "all", ...ticketStatuses], "Choose a status filter.").default("active"),
  priority: ticketPrioritySchema.optional(),
  projectId: z.uuid("That project id is not valid.").optional(),
  sort: z.enum(ticketSorts, "Choose how to sort.").default("newest"),
});

export const ticketIdInput = z.object({ ticketId });

const messageBody = z
  .string("Write a message.")
  .trim()
  .min(1, "Write a message.")
  .max(10_000, "Messages are at most 10,000 characters.");

const attachmentIds = z
  .array(z.uuid("That file id is not valid."), "Choose files to attach.")
  .max(10, "Attach at most 10 files to a message.")
  .default([]);

export const replyTicketInput = z.object({ ticketId, body: messageBody, attachmentIds });

export const setTicketStatusInput = z.object({ ticketId, status: ticketStatusSchema });

export const attachableFilesInput = z.object({
  search: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
});

// Agency (admin) procedures ----------------------------------------------------------------------

export const adminTicketListInput = ticketListInput.omit({ projectId: true }).extend({
  clientOrgId: z.uuid("That organization id is not valid.").optional(),
  breachedOnly: z.boolean("Say whether to show breached tickets only.").default(false),
});

export const adminReplyTicketInput = replyTicketInput.extend({
  internal: z.boolean("Say whether this is an internal note.").default(false),
});

export const assignTicketInput = z.object({
  ticketId,
  assigneeId: z.uuid("Choose a staff member.").nullable(),
});

/** The reply form: the message and the chosen files (the ticket id comes from the page). */
export const replyFormSchema = z.object({ body: messageBody, internal: z.boolean() });

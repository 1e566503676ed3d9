import { supportTickets, users } from "@arco/db/schema";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";

import type { OrgScope, StaffScope } from "../context";
import { notFound } from "../errors";
import { replyToTicket } from "./messages";
import type { ReplyInput } from "./messages";
import { queryTickets, readTicket } from "./read";
import type { TicketFilters } from "./read";
import { breachedAt } from "./sla";
import type { TicketStatus } from "./sla";
import { assignTicket, setTicketStatus } from "./tickets";

/**
 * The agency's ticket queue: the tickets of every client organization. Changes made from the
 * queue run as the staff member working in the ticket's organization (role "staff"), so they
 * follow the same rules and are audited under that organization.
 */

export interface QueueFilters extends Omit<TicketFilters, "projectId"> {
  /** One client organization's tickets only. */
  clientOrgId?: string;
  breachedOnly?: boolean;
}

export async function listQueue(scope: StaffScope, filters: QueueFilters) {
  const { clientOrgId, breachedOnly, ...rest } = filters;
  const now = scope.now();
  return queryTickets(
    scope.db,
    rest,
    and(
      clientOrgId ? eq(supportTickets.orgId, clientOrgId) : undefined,
      breachedOnly ? breachedAt(now) : undefined,
    ),
    now,
  );
}

/** Any client's ticket, internal notes included. */
export async function queueTicket(scope: StaffScope, { ticketId }: { ticketId: string }) {
  return readTicket(scope.db, {
    ticketId,
    where: undefined,
    includeInternal: true,
    now: scope.now(),
  });
}

/** Agency staff, to assign tickets to. */
export async function listStaff({ db }: StaffScope) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(isNull(users.disabledAt), inArray(users.staffRole, ["admin", "support"])))
    .orderBy(asc(users.name));
}

/** The staff member's scope in the organization the ticket belongs to. */
async function inTicketOrg(scope: StaffScope, ticketId: string): Promise<OrgScope> {
  const [row] = await scope.db
    .select({ orgId: supportTickets.orgId })
    .from(supportTickets)
    .where(eq(supportTickets.id, ticketId));
  if (!row) throw notFound("Ticket");
  return { ...scope, orgId: row.orgId, role: "staff" };
}

export async function replyFromQueue(scope: StaffScope, input: ReplyInput) {
  return replyToTicket(await inTicketOrg(scope, input.ticketId), input);
}

export async function setStatusFromQueue(
  scope: StaffScope,
  input: { ticketId: string; status: TicketStatus },
) {
  return setTicketStatus(await inTicketOrg(scope, input.ticketId), input);
}

export async function assignFromQueue(
  scope: StaffScope,
  input: { ticketId: string; assigneeId: string | null },
) {
  return assignTicket(await inTicketOrg(scope, input.ticketId), input);
}

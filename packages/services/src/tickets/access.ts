import type { Transaction } from "@arco/db";
import { supportTickets } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import { notFound } from "../errors";

/** Locks the ticket for the rest of the transaction; another org's ticket is not found. */
export async function lockTicket(tx: Transaction, orgId: string, ticketId: string) {
  const [ticket] = await tx
    .select()
    .from(supportTickets)
    .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.orgId, orgId)))
    .for("update");
  if (!ticket) throw notFound("Ticket");
  return ticket;
}

import type { DbOrTx } from "@arco/db";
import { projects, supportTickets } from "@arco/db/schema";
import { and, eq, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { notFound } from "../errors";
import { notifyTicketEvent } from "./notify";
import type { Notifier } from "./notify";
import { consumeTicket } from "./quota";
import type { TicketPriority } from "./sla";

export interface CreateTicketInput {
  orgId: string;
  subject: string;
  description: string;
  priority?: TicketPriority;
  projectId?: string | null;
  appUrl: string;
  now?: Date;
  notifier?: Notifier;
}

/**
 * Opens a ticket: takes one of the month's tickets, numbers it after the organization's last
 * one (safe: the quota row stays locked until commit, so creators of one organization go one
 * at a time) and starts its first-response SLA from the plan. The agency is emailed after the
 * commit.
 */
export async function createTicket(db: DbOrTx, actor: Actor, input: CreateTicketInput) {
  const now = input.now ?? new Date();
  const { orgId } = input;
  const ticket = await db.transaction(async (tx) => {
    if (input.projectId) {
      const [project] = await tx
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.id, input.projectId), eq(projects.orgId, orgId)));
      if (!project) throw notFound("Project");
    }
    const { responseSlaHours } = await consumeTicket(tx, { orgId, now });
    const [created] = await tx
      .insert(supportTickets)
      .values({
        orgId,
        number: sql`(select coalesce(max(${supportTickets.number}), 0) + 1 from ${supportTickets} where ${supportTickets.orgId} = ${orgId})`,
        subject: input.subject,
        description: input.description,
        priority: input.priority ?? "medium",
        projectId: input.projectId ?? null,
        createdById: actor.userId,
        responseSlaHours,
        firstResponseDueAt:
          responseSlaHours === null ? null : new Date(now.getTime() + responseSlaHours * 3_600_000),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "tickets.create",
      resourceType: "support_ticket",
      resourceId: created!.id,
      after: {
        number: created!.number,
        subject: created!.subject,
        priority: created!.priority,
        projectId: created!.projectId,
      },
    });
    return created!;
  });
  await notifyTicketEvent(db, {
    ticket,
    messageId: null,
    authorId: actor.userId,
    toStaff: true,
    body: ticket.description,
    appUrl: input.appUrl,
    notifier: input.notifier,
  });
  return ticket;
}

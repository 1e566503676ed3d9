import { auditLogs, emailOutbox, storageItems, supportTickets, users } from "@arco/db/schema";
import { addMember, createOrg, createProject, createUser, useTestDb } from "@arco/db/testing";
import type { SendEmail } from "@arco/email";
import { logger } from "@arco/log";
import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { setEmailPreferences } from "../src/accounts";
import type { OrgRole } from "../src/roles";
import { orgScope, staffScope, userScope } from "../src/testing";
import * as tickets from "../src/tickets";

const testDb = useTestDb();
const APP_URL = "https://app.arco.test";
const HOUR = 3_600_000;

let world: Awaited<ReturnType<typeof build>>;
async function build() {
  const { db } = testDb();
  const [owner, member, staffA, staffB, other] = await Promise.all(
    ["Olga Owner", "Mia Member", "Sam Staff", "Sue Support", "Otto Other"].map((name) =>
      createUser(db, { name }),
    ),
  );
  await db.update(users).set({ staffRole: "support" }).where(eq(users.id, staffA!.id));
  await db.update(users).set({ staffRole: "admin" }).where(eq(users.id, staffB!.id));
  const org = await createOrg(db, { tier: "pro", owner: owner!, name: "Acme" });
  await addMember(db, { orgId: org.id, userId: member!.id, role: "member" });
  const otherOrg = await createOrg(db, { tier: "basic", owner: other! });
  return {
    org,
    otherOrg,
    owner: owner!,
    member: member!,
    staffA: staffA!,
    staffB: staffB!,
    other: other!,
  };
}
beforeAll(async () => {
  world = await build();
});

interface As {
  /** The role in the organization: agency staff work in it as "staff". */
  role?: OrgRole;
  /** The clock of the request. */
  at?: Date;
  /** How its emails leave. */
  sendEmail?: SendEmail;
}

/** `who` working in `orgId` (Acme unless said), as the request would scope them. */
const scopeOf = (
  who: { id: string },
  { role = "owner", at, sendEmail }: As = {},
  orgId = world.org.id,
) =>
  orgScope(testDb().db, who, orgId, {
    role,
    appUrl: APP_URL,
    now: at && (() => at),
    deps: sendEmail ? { sendEmail } : {},
  });

const open = (
  over: Partial<tickets.CreateTicketInput> & As = {},
  who: { id: string } = world.owner,
) => {
  const { role, at, sendEmail, ...input } = over;
  return tickets.createTicket(scopeOf(who, { role, at, sendEmail }), {
    subject: "Checkout page is slow",
    description: "It takes 10 seconds to load.",
    ...input,
  });
};

/** A reply by `who`; `asStaff` makes them agency staff working in the organization. */
const reply = (
  ticketId: string,
  { asStaff = false, at, ...over }: Partial<tickets.ReplyInput> & { asStaff?: boolean; at?: Date },
  who: { id: string } = world.owner,
) =>
  tickets.replyToTicket(scopeOf(who, { role: asStaff ? "staff" : "owner", at }), {
    ticketId,
    body: "Any news?",
    ...over,
  });

/** A ticket as a client (or, with `staff`, as agency staff) reads it at `at`. */
const read = (ticketId: string, { staff = false, at }: { staff?: boolean; at?: Date } = {}) =>
  tickets.getTicket(
    scopeOf(staff ? world.staffA : world.owner, { role: staff ? "staff" : "owner", at }),
    {
      ticketId,
    },
  );

const mailsAbout = (key: string) =>
  testDb()
    .db.select()
    .from(emailOutbox)
    .where(like(emailOutbox.idempotencyKey, `${key}%`));

async function file(orgId: string, over: Partial<typeof storageItems.$inferInsert> = {}) {
  const [item] = await testDb()
    .db.insert(storageItems)
    .values({
      orgId,
      name: "screenshot.png",
      storageKey: `k/${randomUUID()}`,
      sizeBytes: 2048,
      status: "ready",
      ...over,
    })
    .returning();
  return item!;
}

describe("opening a ticket", () => {
  it("numbers tickets per organization, copies the SLA and emails every staff member", async () => {
    const now = new Date("2030-01-01T10:00:00Z");
    const first = await open({ priority: "high", at: now });
    const second = await open();

    expect(second.number).toBe(first.number + 1);
    expect(first).toMatchObject({
      priority: "high",
      status: "open",
      responseSlaHours: 4,
      firstResponseDueAt: new Date(now.getTime() + 4 * HOUR),
      createdById: world.owner.id,
    });
    const mails = await mailsAbout(`ticket-opened:${first.id}`);
    expect(mails.map((m) => m.to).sort()).toEqual([world.staffA.email, world.staffB.email].sort());
    expect(mails[0]!.text).toContain("Checkout page is slow");
    const [audit] = await testDb()
      .db.select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "tickets.create"), eq(auditLogs.resourceId, first.id)));
    expect(audit).toMatchObject({ orgId: world.org.id, actorUserId: world.owner.id });
  });

  it("refuses another organization's project as not found", async () => {
    const theirs = await createProject(testDb().db, { orgId: world.otherOrg.id });
    await expect(open({ projectId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ours = await createProject(testDb().db, { orgId: world.org.id });
    expect((await open({ projectId: ours.id })).projectId).toBe(ours.id);
    const options = await tickets.projectOptions(scopeOf(world.owner));
    expect(options.map((p) => p.id)).toContain(ours.id);
    expect(options.map((p) => p.id)).not.toContain(theirs.id);
  });

  it("still opens the ticket when the email cannot be sent", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    const ticket = await open({ sendEmail: () => Promise.reject(new Error("mail server down")) });
    expect(ticket.id).toBeDefined();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("the status flow", () => {
  it("lets clients resolve, close and reopen, and nothing else", async () => {
    const t = await open();
    const set = (status: tickets.TicketStatus, asStaff = false) =>
      tickets.setTicketStatus(
        asStaff
          ? scopeOf(world.staffA, { role: "staff" })
          : scopeOf(world.member, { role: "member" }),
        { ticketId: t.id, status },
      );

    await expect(set("in_progress")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await set("in_progress", true)).toMatchObject({ status: "in_progress" });
    const resolved = await set("resolved");
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    const closed = await set("closed");
    expect(closed.closedAt).toBeInstanceOf(Date);
    const reopened = await set("open");
    expect(reopened).toMatchObject({ status: "open", resolvedAt: null, closedAt: null });
    await expect(set("open")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not find another organization's ticket", async () => {
    const t = await open();
    await expect(
      tickets.setTicketStatus(scopeOf(world.other, {}, world.otherOrg.id), {
        ticketId: t.id,
        status: "closed",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("assigns to agency staff only, and only agency staff assign", async () => {
    const t = await open();
    const assign = (assigneeId: string) =>
      tickets.assignTicket(scopeOf(world.staffB, { role: "staff" }), {
        ticketId: t.id,
        assigneeId,
      });
    await expect(assign(world.member.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await assign(world.staffA.id)).assignedToId).toBe(world.staffA.id);
    await expect(
      tickets.assignTicket(scopeOf(world.owner), { ticketId: t.id, assigneeId: world.staffB.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("messages", () => {
  it("answers the SLA with the first visible staff reply, late or in time", async () => {
    const now = new Date("2030-02-01T09:00:00Z");
    const onTime = await open({ at: now });
    const late = await open({ at: now });

    await reply(
      onTime.id,
      { asStaff: true, internal: true, at: new Date(now.getTime() + HOUR) },
      world.staffA,
    );
    let shown = await read(onTime.id, { staff: true, at: new Date(now.getTime() + 2 * HOUR) });
    expect(shown).toMatchObject({ firstResponseAt: null, slaState: "due" });

    await reply(onTime.id, { asStaff: true, at: new Date(now.getTime() + 2 * HOUR) }, world.staffA);
    await reply(late.id, { asStaff: true, at: new Date(now.getTime() + 5 * HOUR) }, world.staffA);

    shown = await read(onTime.id);
    expect(shown).toMatchObject({ slaBreachedAt: null, slaState: "met" });
    const lateRead = await read(late.id);
    expect(lateRead).toMatchObject({
      slaBreachedAt: new Date(now.getTime() + 5 * HOUR),
      slaState: "breached",
    });
  });

  it("keeps internal notes from clients and emails nobody about them", async () => {
    const t = await open();
    const note = await reply(
      t.id,
      { asStaff: true, internal: true, body: "Client is on legacy PHP" },
      world.staffA,
    );
    await reply(t.id, { asStaff: true, body: "We are on it." }, world.staffA);

    const client = await read(t.id);
    expect(client.messages.map((m) => m.body)).toEqual(["We are on it."]);
    expect(JSON.stringify(client)).not.toContain("legacy PHP");
    const staff = await read(t.id, { staff: true });
    expect(staff.messages.map((m) => m.body)).toEqual(["Client is on legacy PHP", "We are on it."]);
    expect(await mailsAbout(`ticket-message:${note.id}`)).toHaveLength(0);
  });

  it("refuses internal notes from clients", async () => {
    const t = await open();
    await expect(reply(t.id, { internal: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("emails the creator about staff replies and the assignee about client replies", async () => {
    const t = await open({}, world.member);
    await tickets.assignTicket(scopeOf(world.staffB, { role: "staff" }), {
      ticketId: t.id,
      assigneeId: world.staffA.id,
    });
    const staffReply = await reply(
      t.id,
      { asStaff: true, body: "Fixed, please check." },
      world.staffA,
    );
    const clientReply = await reply(t.id, { body: "Still slow." });

    expect((await mailsAbout(`ticket-message:${staffReply.id}`)).map((m) => m.to)).toEqual([
      world.member.email,
    ]);
    expect((await mailsAbout(`ticket-message:${clientReply.id}`)).map((m) => m.to)).toEqual([
      world.staffA.email,
    ]);
  });

  it("emails no one who turned ticket updates off", async () => {
    const t = await open({}, world.member);
    await setEmailPreferences(userScope(testDb().db, world.member), { ticketUpdates: false });
    const staffReply = await reply(t.id, { asStaff: true, body: "Done." }, world.staffA);
    expect(await mailsAbout(`ticket-message:${staffReply.id}`)).toEqual([]);
    await setEmailPreferences(userScope(testDb().db, world.member), { ticketUpdates: true });
  });

  it("reopens a ticket waiting on the client when the client answers", async () => {
    const t = await open();
    await tickets.setTicketStatus(scopeOf(world.staffA, { role: "staff" }), {
      ticketId: t.id,
      status: "waiting_client",
    });
    await reply(t.id, { body: "Here is the login." });
    const [row] = await testDb()
      .db.select()
      .from(supportTickets)
      .where(eq(supportTickets.id, t.id));
    expect(row!.status).toBe("open");
  });

  it("attaches only the organization's ready, not deleted files", async () => {
    const t = await open();
    const ready = await file(world.org.id, { name: "error.log", sizeBytes: 4096 });
    const pending = await file(world.org.id, { status: "pending" });
    const deleted = await file(world.org.id, { deletedAt: new Date() });
    const theirs = await file(world.otherOrg.id);

    for (const bad of [pending, deleted, theirs]) {
      await expect(reply(t.id, { attachmentIds: [ready.id, bad.id] })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    await reply(t.id, { attachmentIds: [ready.id] });
    const shown = await read(t.id);
    expect(shown.messages).toHaveLength(1);
    expect(shown.messages[0]!.attachments).toEqual([
      {
        storageItemId: ready.id,
        name: "error.log",
        sizeBytes: 4096,
        mimeType: "application/octet-stream",
      },
    ]);
    const attachable = await tickets.attachableFiles(scopeOf(world.owner), {});
    expect(attachable.map((f) => f.id)).toContain(ready.id);
    expect(attachable.map((f) => f.id)).not.toContain(pending.id);
    expect(attachable.map((f) => f.id)).not.toContain(deleted.id);
  });
});

describe("reading tickets", () => {
  it("filters, sorts and pages the list, and shows no other organization's tickets", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { tier: "enterprise", owner });
    const scope = scopeOf(owner, { sendEmail: async () => ({}) as never }, org.id);
    const make = (priority: tickets.TicketPriority, minutes: number) =>
      tickets.createTicket(
        { ...scope, now: () => new Date(Date.UTC(2030, 0, 1, 0, minutes)) },
        { subject: `${priority} ${minutes}`, description: "d", priority },
      );
    const low = await make("low", 1);
    const urgent = await make("urgent", 2);
    const medium = await make("medium", 3);
    const closed = await make("high", 4);
    await tickets.setTicketStatus(scope, { ticketId: closed.id, status: "closed" });

    const all = async (sort: tickets.TicketSort, status: tickets.StatusFilter = "active") => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await tickets.listTickets(scope, {
          sort,
          status,
          limit: 1,
          cursor,
        });
        ids.push(...page.items.map((t) => t.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    expect(await all("newest")).toEqual([medium.id, urgent.id, low.id]);
    expect(await all("oldest")).toEqual([low.id, urgent.id, medium.id]);
    expect(await all("priority")).toEqual([urgent.id, medium.id, low.id]);
    expect(await all("sla")).toEqual([low.id, urgent.id, medium.id]);
    expect(await all("newest", "all")).toHaveLength(4);
    expect(await all("newest", "closed")).toEqual([closed.id]);
    const urgentOnly = await tickets.listTickets(scope, { priority: "urgent", limit: 10 });
    expect(urgentOnly.items.map((t) => t.id)).toEqual([urgent.id]);

    const elsewhere = scopeOf(world.other, {}, world.otherOrg.id);
    expect(
      (await tickets.listTickets(elsewhere, { status: "all", limit: 100 })).items,
    ).toHaveLength(0);
    await expect(tickets.getTicket(elsewhere, { ticketId: low.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(tickets.listTickets(scope, { limit: 5, cursor: "bogus" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists breached tickets across organizations for the agency", async () => {
    const now = new Date("2030-03-01T00:00:00Z");
    const overdue = await open({ at: new Date(now.getTime() - 10 * HOUR) });
    const fresh = await open({ at: now });
    const agency = staffScope(testDb().db, world.staffB, { now: () => now });
    const queue = await tickets.listQueue(agency, {
      breachedOnly: true,
      limit: 100,
      status: "all",
    });
    const ids = queue.items.map((t) => t.id);
    expect(ids).toContain(overdue.id);
    expect(ids).not.toContain(fresh.id);
    expect(queue.items.find((t) => t.id === overdue.id)).toMatchObject({
      orgName: "Acme",
      slaState: "breached",
    });
  });

  it("summarises the tickets for the overview", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { tier: "basic", owner });
    const now = new Date();
    const scope = scopeOf(owner, { sendEmail: async () => ({}) as never, at: now }, org.id);
    const make = (subject: string, at: Date) =>
      tickets.createTicket({ ...scope, now: () => at }, { subject, description: "d" });
    const old = await make("Old", new Date(now.getTime() - 30 * HOUR));
    const soon = await make("Soon", new Date(now.getTime() - HOUR));
    const done = await make("Done", now);
    await tickets.setTicketStatus(scope, { ticketId: done.id, status: "resolved" });

    const summary = await tickets.ticketsOverview(scope);

    expect(summary.quota).toMatchObject({ used: 3, limit: 30 });
    expect(summary.open).toBe(2);
    expect(summary.byStatus).toEqual({
      open: 2,
      in_progress: 0,
      waiting_client: 0,
      resolved: 1,
      closed: 0,
    });
    expect(summary.breached).toBe(1);
    expect(summary.nextDue).toMatchObject({ id: soon.id, number: soon.number, subject: "Soon" });
    expect(summary.recent.map((t) => t.id).sort()).toEqual([old.id, soon.id].sort());
    expect(summary.recent.find((t) => t.id === old.id)?.slaState).toBe("breached");
  });
});

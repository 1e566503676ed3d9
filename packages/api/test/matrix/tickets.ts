/** Rows of the support tickets procedures, in the client organization and the agency queue. */
import type { Database } from "@arco/db";
import { storageItems, supportTickets } from "@arco/db/schema";
import { createProject, createTicket } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { expect } from "vitest";

import { adminTicketsRouter } from "../../src/routers/admin-tickets";
import { createCallerFactory, router } from "../../src/trpc";
import type { World } from "../harness";
import { definePart, inOrg, readersOfA, staffOnly, writersOfA } from "./kit";
import type { Caller } from "./kit";

interface Fixtures {
  ticketId: string;
  fileId: string;
  projectId: string;
}

const _adminTicketsCaller = createCallerFactory(router({ tickets: adminTicketsRouter }));
type AdminTicketsCaller = ReturnType<typeof _adminTicketsCaller>["tickets"];
/** `admin.tickets`, once mounted on the admin router. */
const adminTickets = (c: Caller) =>
  (c as unknown as { admin: { tickets: AdminTicketsCaller } }).admin.tickets;

const neverShows =
  (key: keyof Fixtures) => (result: unknown, _db: Database, _c: unknown, _w: World, f: Fixtures) =>
    expect(JSON.stringify(result)).not.toContain(f[key]);

const shows =
  (key: keyof Fixtures) => (result: unknown, _db: Database, _c: unknown, _w: World, f: Fixtures) =>
    expect(JSON.stringify(result)).toContain(f[key]);

const ticketOfA = async (db: Database, f: Fixtures) =>
  (await db.select().from(supportTickets).where(eq(supportTickets.id, f.ticketId)))[0]!;

export const ticketsPart = definePart<Fixtures>({
  fixtures: async (db, w) => {
    const ticket = await createTicket(db, {
      orgId: w.orgA.id,
      subject: "Ticket of org A",
      createdById: w.users.ownerA.id,
    });
    const project = await createProject(db, { orgId: w.orgA.id });
    const [file] = await db
      .insert(storageItems)
      .values({
        orgId: w.orgA.id,
        name: "brief-of-a.pdf",
        storageKey: `matrix/${crypto.randomUUID()}`,
        sizeBytes: 1000,
        status: "ready",
      })
      .returning();
    return { ticketId: ticket.id, fileId: file!.id, projectId: project.id };
  },
  rows: {
    "tickets.list": {
      call: (c) => c.tickets.list({ status: "all" }),
      expect: readersOfA({ ok: neverShows("ticketId") }, { ok: shows("ticketId") }),
    },
    "tickets.byId": {
      call: (c, _w, f) => c.tickets.byId({ ticketId: f.ticketId }),
      expect: readersOfA("NOT_FOUND"),
    },
    "tickets.quota": {
      call: (c) => c.tickets.quota(),
      expect: readersOfA("ok"),
    },
    "tickets.overview": {
      call: (c) => c.tickets.overview(),
      expect: readersOfA({ ok: neverShows("ticketId") }),
    },
    "tickets.attachableFiles": {
      call: (c) => c.tickets.attachableFiles({}),
      expect: readersOfA({ ok: neverShows("fileId") }, { ok: shows("fileId") }),
    },
    "tickets.projects": {
      call: (c) => c.tickets.projects(),
      expect: readersOfA({ ok: neverShows("projectId") }, { ok: shows("projectId") }),
    },
    "tickets.create": {
      call: (c, _w, f) =>
        c.tickets.create({
          subject: "Help with the site",
          description: "The home page shows an error.",
          projectId: f.projectId,
        }),
      expect: writersOfA(["ownerA", "adminA", "memberA"], "NOT_FOUND"),
    },
    "tickets.reply": {
      call: (c, _w, f) =>
        c.tickets.reply({ ticketId: f.ticketId, body: "Any news?", attachmentIds: [f.fileId] }),
      expect: writersOfA(["ownerA", "adminA", "memberA"], "NOT_FOUND"),
    },
    "tickets.setStatus": {
      call: (c, _w, f) => c.tickets.setStatus({ ticketId: f.ticketId, status: "resolved" }),
      expect: writersOfA(["ownerA", "adminA", "memberA"], "NOT_FOUND", {
        ok: async (_r, db, _c, _w, f) => expect((await ticketOfA(db, f)).status).toBe("resolved"),
      }),
    },
    "tickets.assign": {
      call: (c, w, f) => c.tickets.assign({ ticketId: f.ticketId, assigneeId: w.users.staff.id }),
      expect: inOrg({ staffInA: "ok" }, "FORBIDDEN"),
    },

    // The agency queue (mounted as admin.tickets).
    "admin.tickets.list": {
      call: (c) => adminTickets(c).list({ status: "all" }),
      expect: staffOnly({ ok: shows("ticketId") }),
    },
    "admin.tickets.byId": {
      call: (c, _w, f) => adminTickets(c).byId({ ticketId: f.ticketId }),
      expect: staffOnly("ok"),
    },
    "admin.tickets.staff": {
      call: (c) => adminTickets(c).staff(),
      expect: staffOnly("ok"),
    },
    "admin.tickets.reply": {
      call: (c, _w, f) =>
        adminTickets(c).reply({ ticketId: f.ticketId, body: "Looking into it.", internal: true }),
      expect: staffOnly("ok"),
    },
    "admin.tickets.setStatus": {
      call: (c, _w, f) =>
        adminTickets(c).setStatus({ ticketId: f.ticketId, status: "in_progress" }),
      expect: staffOnly("ok"),
    },
    "admin.tickets.assign": {
      call: (c, w, f) =>
        adminTickets(c).assign({ ticketId: f.ticketId, assigneeId: w.users.staff.id }),
      expect: staffOnly({
        ok: async (_r, db, _c, w, f) =>
          expect((await ticketOfA(db, f)).assignedToId).toBe(w.users.staff.id),
      }),
    },
  },
});

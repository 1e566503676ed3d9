/**
 * Rows of the audit viewer: every agency staff member reads the log and the impersonation
 * trail across clients; nobody else does, whatever organization they are in.
 */
import { auditLogs, impersonationSessions } from "@arco/db/schema";
import { createOrg, createUser } from "@arco/db/testing";
import { expect } from "vitest";

import { definePart, staffOnly } from "./kit";

interface Fixtures {
  orgId: string;
  orgName: string;
  entryId: string;
  sessionId: string;
}

const ids = (result: unknown) => (result as { items: { id: string }[] }).items.map((i) => i.id);

export const auditPart = definePart<Fixtures>({
  // A client of its own: its trail shows in no other part's organization.
  fixtures: async (db, w) => {
    const client = await createUser(db, { name: "Audited client" });
    const org = await createOrg(db, { owner: client, name: "Audited org" });
    const [session] = await db
      .insert(impersonationSessions)
      .values({
        staffUserId: w.users.staff.id,
        targetUserId: client.id,
        orgId: org.id,
        reason: "Checking what the client sees",
        startedAt: new Date(Date.now() - 60 * 60_000),
        expiresAt: new Date(Date.now() - 30 * 60_000),
        endedAt: new Date(Date.now() - 40 * 60_000),
        endedReason: "stopped",
      })
      .returning();
    const [entry] = await db
      .insert(auditLogs)
      .values({
        orgId: org.id,
        actorUserId: w.users.staff.id,
        effectiveUserId: client.id,
        impersonationId: session!.id,
        action: "projects.update",
        resourceType: "project",
        resourceId: "matrix-audited-project",
        after: { name: "Renamed while impersonating" },
      })
      .returning();
    return { orgId: org.id, orgName: org.name, entryId: entry!.id, sessionId: session!.id };
  },
  rows: {
    "admin.audit.list": {
      call: (c, _w, f) => c.admin.audit.list({ impersonationId: f.sessionId }),
      expect: staffOnly({ ok: (r, _db, _c, _w, f) => expect(ids(r)).toEqual([f.entryId]) }),
    },
    "admin.audit.byId": {
      call: (c, _w, f) => c.admin.audit.byId({ id: f.entryId }),
      expect: staffOnly({
        ok: (r, _db, _c, w, f) =>
          expect(r).toMatchObject({ actorUserId: w.users.staff.id, orgName: f.orgName }),
      }),
    },
    "admin.audit.sessions": {
      call: (c, _w, f) => c.admin.audit.sessions({ clientOrgId: f.orgId }),
      expect: staffOnly({ ok: (r, _db, _c, _w, f) => expect(ids(r)).toEqual([f.sessionId]) }),
    },
    "admin.audit.sessionById": {
      call: (c, _w, f) => c.admin.audit.sessionById({ id: f.sessionId }),
      expect: staffOnly({ ok: (r) => expect(r).toMatchObject({ actionCount: 1 }) }),
    },
    "admin.audit.pickerOptions": {
      call: (c, w) => c.admin.audit.pickerOptions({ kind: "organization", id: w.orgA.id }),
      expect: staffOnly({
        ok: (r, _db, _c, w) =>
          expect(r).toEqual([{ id: w.orgA.id, name: w.orgA.name, email: null }]),
      }),
    },
  },
});

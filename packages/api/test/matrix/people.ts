/**
 * Rows of the people pages: every agency staff member finds people and resends a verification;
 * only agency admins disable, enable and change staff roles. Nobody else reaches any of it.
 */
import { auditLogs, sessions, users } from "@arco/db/schema";
import { createUser } from "@arco/db/testing";
import { accounts } from "@arco/services";
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";

import { definePart, staffOnly } from "./kit";
import type { Outcome, Row } from "./kit";

interface Fixtures {
  /** Unverified, in no organization, with a session open. */
  person: { id: string; email: string };
  disabled: { id: string };
}

/** Agency admins; support staff (`staffInA`) are refused like everyone else. */
const adminsOnly = <F>(outcome: Outcome<F>): Row<F>["expect"] => ({
  ...staffOnly(outcome),
  staffInA: "FORBIDDEN",
});

export const peoplePart = definePart<Fixtures>({
  fixtures: async (db) => {
    const person = await createUser(db, { name: "Person To Manage", emailVerified: null });
    await accounts.startSession(db, person.id);
    const disabled = await createUser(db, { name: "Disabled Person", disabledAt: new Date() });
    return { person, disabled };
  },
  rows: {
    "admin.people.search": {
      call: (c) => c.admin.people.search({ query: "person to manage" }),
      expect: staffOnly({
        ok: (r, _db, _c, _w, f) =>
          expect((r as { items: { id: string }[] }).items.map((p) => p.id)).toEqual([f.person.id]),
      }),
    },
    "admin.people.byId": {
      call: (c, _w, f) => c.admin.people.byId({ userId: f.person.id }),
      expect: staffOnly({ ok: (r) => expect(r).toMatchObject({ openSessions: 1 }) }),
    },
    "admin.people.resendVerification": {
      call: (c, _w, f) => c.admin.people.resendVerification({ userId: f.person.id }),
      expect: staffOnly({ ok: (r) => expect(r).toEqual({ sent: true }) }),
    },
    "admin.people.disable": {
      call: (c, _w, f) => c.admin.people.disable({ userId: f.person.id }),
      expect: adminsOnly({
        ok: async (_r, db, _c, _w, f) => {
          expect(await db.$count(sessions, eq(sessions.userId, f.person.id))).toBe(0);
        },
      }),
    },
    "admin.people.enable": {
      call: (c, _w, f) => c.admin.people.enable({ userId: f.disabled.id }),
      expect: adminsOnly({
        ok: async (_r, db, _c, _w, f) => {
          const [row] = await db.select().from(users).where(eq(users.id, f.disabled.id));
          expect(row!.disabledAt).toBeNull();
        },
      }),
    },
    "admin.people.setStaffRole": {
      call: (c, _w, f) =>
        c.admin.people.setStaffRole({ userId: f.person.id, staffRole: "support" }),
      expect: adminsOnly({
        ok: async (_r, db, _c, _w, f) => {
          const granted = await db.$count(
            auditLogs,
            and(
              eq(auditLogs.action, "admin.people.setStaffRole"),
              eq(auditLogs.resourceId, f.person.id),
            ),
          );
          expect(granted).toBe(1);
        },
      }),
    },
  },
});

/**
 * Rows of impersonation: staff act for a client (support staff never as an owner), "Stop" is
 * for whoever's session carries one, and each client's owners and admins read the agency's
 * access to their organization.
 */
import { impersonationSessions, sessions } from "@arco/db/schema";
import { and, eq, isNull } from "drizzle-orm";
import { expect } from "vitest";

import { inOrg, rowsOnly, staffOnly } from "./kit";

export const impersonationPart = rowsOnly({
  "impersonation.members": {
    call: (c, w) => c.impersonation.members({ orgId: w.orgA.id }),
    expect: staffOnly({
      ok: (r, _db, caller, w) => {
        const owner = (r as { userId: string; refusal: string | null }[]).find(
          (m) => m.userId === w.users.ownerA.id,
        );
        // Support staff are told an owner needs an agency admin.
        expect(owner!.refusal).toBe(caller === "staff" ? null : "ownerNeedsAdmin");
      },
    }),
  },
  "impersonation.start": {
    call: (c, w) =>
      c.impersonation.start({
        orgId: w.orgA.id,
        userId: w.users.memberA.id,
        reason: "Checking what the member sees on the dashboard",
        minutes: 15,
      }),
    expect: staffOnly({
      ok: async (r, db, caller, w) => {
        const { id } = r as { id: string };
        const [started] = await db
          .select()
          .from(impersonationSessions)
          .where(eq(impersonationSessions.id, id));
        expect(started).toMatchObject({
          staffUserId: w.users[caller as "staff"].id,
          targetUserId: w.users.memberA.id,
          endedAt: null,
        });
        // The session that asked now carries it.
        expect(await db.$count(sessions, eq(sessions.impersonationId, id))).toBe(1);
      },
    }),
  },
  "impersonation.stop": {
    call: (c) => c.impersonation.stop(),
    expect: {
      default: "PRECONDITION_FAILED",
      anonymous: "UNAUTHORIZED",
      staffInA: "ok",
      ownerAByStaff: {
        ok: async (_r, db, _caller, w) => {
          const open = await db.$count(
            impersonationSessions,
            and(
              eq(impersonationSessions.id, w.impersonations.ownerAByStaff),
              isNull(impersonationSessions.endedAt),
            ),
          );
          expect(open).toBe(0);
        },
      },
    },
  },
  "orgs.agencyAccess": {
    call: (c) => c.orgs.agencyAccess({}),
    // Their own organization's, for owners and admins elsewhere: none there.
    expect: inOrg(
      {
        ownerA: {
          ok: (r) => {
            const items = (r as { items: { asStaff: boolean }[] }).items;
            // Support staff in org A as staff, and the agency admin as its owner.
            expect(items.map((i) => i.asStaff).sort()).toEqual([false, true]);
          },
        },
        adminA: "ok",
        memberA: "FORBIDDEN",
        viewerA: "FORBIDDEN",
        staffInA: "FORBIDDEN",
      },
      { ok: (r) => expect((r as { items: unknown[] }).items).toEqual([]) },
    ),
  },
});

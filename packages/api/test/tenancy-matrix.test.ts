/**
 * Every procedure of the app router, called by every kind of caller against org A's objects,
 * with the outcome each must get. The rows live in parts, one per domain (`./matrix/`); a
 * procedure missing from them fails the suite, so every new procedure must state who may call
 * it. Each case runs in a transaction that is rolled back, so cases cannot affect each other.
 */
import type { Database } from "@arco/db";
import { auditLogs, invitations, memberships, organizations, users } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import type { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appRouter } from "../src";
import { deniedWhileImpersonating } from "../src/impersonation-deny-list";
import { PASSWORD, callerFor, rolledBack, signInAs } from "./harness";
import type { World } from "./harness";
import { callers } from "./matrix/kit";
import type { Row } from "./matrix/kit";
import { buildMatrixWorld, parts } from "./matrix/parts";

const testDb = useTestDb();
let world: World;
/** Each part's fixtures, in the order of `parts`. */
let fixtures: unknown[] = [];
beforeAll(async () => {
  ({ world, fixtures } = await buildMatrixWorld(testDb().db));
});

const matrix: Record<string, { row: Row; part: number }> = {};
parts.forEach((part, index) => {
  for (const [path, row] of Object.entries(part.rows)) {
    if (matrix[path]) throw new Error(`${path} is listed twice in the tenancy matrix.`);
    matrix[path] = { row, part: index };
  }
});

/**
 * What a caller gets: for the callers whose session carries an impersonation (staff in org A,
 * staff acting as its owner), FORBIDDEN on the deny-list whatever their role allows; else the
 * row's word — for staff acting as org A's owner, unless stated, the owner's.
 */
function outcomeOf(path: string, row: Row, caller: (typeof callers)[number]) {
  const impersonating = caller === "staffInA" || caller === "ownerAByStaff";
  if (impersonating && deniedWhileImpersonating(path)) return "FORBIDDEN";
  const stated = row.expect[caller];
  if (stated) return stated;
  if (caller === "ownerAByStaff") return row.expect.ownerA ?? row.expect.default;
  return row.expect.default;
}

const typeOf = (path: string) =>
  (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path]!._def
    .type;

/** Runs one case inside a transaction that is always rolled back. */
const isolated = (fn: (db: Database) => Promise<void>) => rolledBack(testDb(), fn);

describe("the tenancy matrix", () => {
  it("lists every procedure of the app router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(matrix).sort()).toEqual(procedures);
  });

  for (const [path, { row, part }] of Object.entries(matrix)) {
    for (const caller of callers) {
      const outcome = outcomeOf(path, row, caller);
      const label = typeof outcome === "string" ? outcome : "ok (checked)";
      // Staff acting as org A's owner are checked as that owner.
      const actingAs = caller === "ownerAByStaff" ? "ownerA" : caller;
      it(`${path} by ${caller} → ${label}`, async () => {
        await isolated(async (db) => {
          const signIn = caller === "anonymous" ? {} : signInAs(world, caller);
          const client = await callerFor({ database: { ...testDb(), db }, ...signIn });
          const auditedBefore = await db.$count(auditLogs);
          const auditedAsOwner = () =>
            db.$count(
              auditLogs,
              and(
                eq(auditLogs.impersonationId, world.impersonations.ownerAByStaff),
                eq(auditLogs.actorUserId, world.users.staff.id),
                eq(auditLogs.effectiveUserId, world.users.ownerA.id),
              ),
            );
          const impersonatedBefore = await auditedAsOwner();
          const result = await row.call(client, world, fixtures[part]).then(
            (value) => ({ ok: true as const, value }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (outcome === "ok" || typeof outcome === "object") {
            if (!result.ok) throw result.error;
            if (typeof outcome === "object") {
              await outcome.ok(result.value, db, actingAs, world, fixtures[part]);
            }
            // Every mutation that succeeds leaves a record in the audit log — made while
            // impersonating, under both names and the impersonation.
            if (typeOf(path) === "mutation") {
              expect(await db.$count(auditLogs)).toBeGreaterThan(auditedBefore);
              if (caller === "ownerAByStaff") {
                expect(await auditedAsOwner()).toBeGreaterThan(impersonatedBefore);
              }
            }
          } else {
            expect(result.ok, `expected ${outcome}`).toBe(false);
            expect(result.ok ? null : (result.error as TRPCError).code).toBe(outcome);
          }
        });
      });
    }
  }
});

describe("mass assignment", () => {
  it("ignores orgId, role, tier and staff fields smuggled into payloads", async () => {
    const { db } = testDb();
    await isolated(async (tx) => {
      const asOwnerA = await callerFor({
        database: { ...testDb(), db: tx },
        userId: world.users.ownerA.id,
      });
      const smuggled = {
        orgId: world.orgB.id,
        planId: world.orgB.planId,
        tier: "enterprise",
        role: "owner",
      };
      await asOwnerA.orgs.update({ name: "Renamed A", ...smuggled } as { name: string });
      const [a] = await tx.select().from(organizations).where(eq(organizations.id, world.orgA.id));
      const [b] = await tx.select().from(organizations).where(eq(organizations.id, world.orgB.id));
      expect(a).toMatchObject({ name: "Renamed A", planId: world.orgA.planId });
      expect(b!.name).toBe("Org B");

      const invited = await asOwnerA.invitations.create({
        ...smuggled,
        email: "smuggled@example.test",
        role: "member",
      } as { email: string; role: "member" });
      const [row] = await tx.select().from(invitations).where(eq(invitations.id, invited.id));
      expect(row).toMatchObject({ orgId: world.orgA.id, role: "member" });

      await asOwnerA.me.updateProfile({ name: "Olga", staffRole: "admin", email: "x@y.z" } as {
        name: string;
      });
      const [me] = await tx.select().from(users).where(eq(users.id, world.users.ownerA.id));
      expect(me).toMatchObject({ name: "Olga", staffRole: null, email: world.users.ownerA.email });

      const asAdminA = await callerFor({
        database: { ...testDb(), db: tx },
        userId: world.users.adminA.id,
      });
      await expect(
        asAdminA.members.updateRole({ membershipId: world.targetMembershipId, role: "owner" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      const [target] = await tx
        .select()
        .from(memberships)
        .where(eq(memberships.id, world.targetMembershipId));
      expect(target!.role).toBe("member");

      const anonymous = await callerFor({ database: { ...testDb(), db: tx } });
      await anonymous.auth.signUp({
        name: "Sneaky",
        email: "sneaky@example.test",
        password: PASSWORD,
        staffRole: "admin",
        tier: "enterprise",
      } as { name: string; email: string; password: string });
      const [sneaky] = await tx.select().from(users).where(eq(users.email, "sneaky@example.test"));
      expect(sneaky!.staffRole).toBeNull();
      const sneakyCaller = await callerFor({
        database: { ...testDb(), db: tx },
        userId: sneaky!.id,
      });
      expect((await sneakyCaller.orgs.current()).plan.tier).toBe("free");
    });
    expect(db).toBeDefined();
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { createDb, migrationStatus } from "../src";
import {
  auditLogs,
  impersonationSessions,
  memberships,
  organizations,
  plans,
  users,
} from "../src/schema";
import { auditHistory, demoOrgs, pastClientSlugs, seed, seedSummary } from "../src/seed";
import { useTestDb } from "../src/testing";

const testDb = useTestDb();
const dataDir = mkdtempSync(path.join(tmpdir(), "arco-pglite-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("demo data", () => {
  it("seeding twice adds nothing the second time", async () => {
    const { db } = testDb();
    await seed(db);
    const first = await seedSummary(db);
    await seed(db);
    expect(await seedSummary(db)).toEqual(first);
    // The three demo organizations and their ten people, and the past clients with their owners.
    expect(first).toMatchObject({
      plans: 4,
      organizations: 3 + pastClientSlugs.length,
      users: 10 + pastClientSlugs.length,
    });
  });

  it("keeps every organization within its tier's team limit, with every role present", async () => {
    const { db } = testDb();
    await seed(db);
    const rows = await db
      .select({ slug: organizations.slug, maxMembers: plans.maxMembers, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .innerJoin(plans, eq(plans.id, organizations.planId));
    for (const org of demoOrgs) {
      const members = rows.filter((r) => r.slug === org.slug);
      expect(members.length).toBeLessThanOrEqual(members[0]!.maxMembers ?? Infinity);
    }
    expect(new Set(rows.map((r) => r.role))).toEqual(
      new Set(["owner", "admin", "member", "viewer"]),
    );
  });

  it("gives every organization a history of what was done in it, the agency's replies included", async () => {
    const { db } = testDb();
    await seed(db);
    const support = await db.query.users.findFirst({
      where: eq(users.email, "support@arco.test"),
    });
    const history = auditHistory(new Date()).entries;
    for (const org of demoOrgs) {
      const [row] = await db.select().from(organizations).where(eq(organizations.slug, org.slug));
      const entries = await db.select().from(auditLogs).where(eq(auditLogs.orgId, row!.id));
      const replies = org.tickets.filter((t) => t.reply).length;
      const older = history.filter((e) => e.orgId === row!.id);
      expect(older.length).toBeGreaterThan(40);
      expect(entries).toHaveLength(
        org.projects.length + org.domains.length + org.tickets.length + replies + older.length,
      );
      expect(entries.filter((e) => e.actorUserId === support!.id)).toHaveLength(
        replies + older.filter((e) => e.actorUserId === support!.id).length,
      );
      expect(entries.every((e) => e.createdAt.getTime() <= Date.now())).toBe(true);
    }
  });

  it("gives the audit viewer two finished impersonation sessions, with what was done as whom", async () => {
    const { db } = testDb();
    await seed(db);
    const sessions = await db.select().from(impersonationSessions);
    expect(sessions).toHaveLength(2);
    for (const session of sessions) {
      expect(session.endedAt).not.toBeNull();
      const entries = await db
        .select()
        .from(auditLogs)
        .where(eq(auditLogs.impersonationId, session.id));
      const done = entries.filter((e) => !e.action.startsWith("impersonation."));
      expect(entries.map((e) => e.action)).toEqual(
        expect.arrayContaining(["impersonation.start", "impersonation.end"]),
      );
      expect(done.length).toBeGreaterThan(0);
      expect(
        done.every(
          (e) =>
            e.actorUserId === session.staffUserId &&
            e.effectiveUserId === (session.targetUserId ?? session.staffUserId) &&
            e.orgId === session.orgId,
        ),
      ).toBe(true);
    }
    // One as a client's member (two names on each change), one as agency staff in the client.
    expect(sessions.map((s) => s.targetUserId === null).sort()).toEqual([false, true]);
  });

  it("never overwrites what a user changed", async () => {
    const { db } = testDb();
    await seed(db);
    await db.update(users).set({ name: "Renamed" }).where(eq(users.email, "owner@vela.test"));
    await seed(db);
    const [owner] = await db.select().from(users).where(eq(users.email, "owner@vela.test"));
    expect(owner!.name).toBe("Renamed");
  });
});

describe("the embedded default", () => {
  it("boots on an empty folder, migrates, seeds, and keeps the data across restarts", async () => {
    const first = await createDb({ dataDir });
    expect(first.mode).toBe("embedded");
    const status = await migrationStatus(first);
    expect(status.pending).toEqual([]);
    await seed(first.db);
    const counts = await seedSummary(first.db);
    await first.close();

    const again = await createDb({ dataDir });
    expect(await seedSummary(again.db)).toEqual(counts);
    await seed(again.db);
    expect(await seedSummary(again.db)).toEqual(counts);
    await again.close();
    // Postgres in WebAssembly migrates and seeds twice: CPU-bound, several times slower on a
    // busy two-core machine than on an idle one.
  }, 300_000);
});

import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  creditAccounts,
  creditLedger,
  invitations,
  memberships,
  orgQuotas,
  organizations,
  projects,
  supportTickets,
  ticketMessages,
} from "../src/schema";
import {
  addMember,
  createOrg,
  createProject,
  createTicket,
  createUser,
  useTestDb,
} from "../src/testing";

const testDb = useTestDb();

/** The Postgres error behind a failed Drizzle query (drivers wrap it differently). */
async function violation(query: Promise<unknown>): Promise<{ code: string; constraint?: string }> {
  const error = (await query.then(
    () => {
      throw new Error("expected the database to refuse this");
    },
    (e: unknown) => e,
  )) as { cause?: unknown };
  const pg = (error.cause ?? error) as {
    code: string;
    constraint?: string;
    constraint_name?: string;
  };
  return { code: pg.code, constraint: pg.constraint ?? pg.constraint_name };
}

describe("the schema refuses what would corrupt data", () => {
  it("keeps emails unique whatever their case", async () => {
    const { db } = testDb();
    await createUser(db, { email: "Ana@Example.test" });
    expect(await violation(createUser(db, { email: "ana@example.TEST" }))).toMatchObject({
      code: "23505",
      constraint: "users_email_unique",
    });
  });

  it("keeps organization slugs unique and URL-safe", async () => {
    const { db } = testDb();
    await createOrg(db, { slug: "acme" });
    expect(await violation(createOrg(db, { slug: "acme" }))).toMatchObject({
      code: "23505",
      constraint: "organizations_slug_unique",
    });
    expect(await violation(createOrg(db, { slug: "Acme Inc" }))).toMatchObject({
      code: "23514",
      constraint: "organizations_slug_format",
    });
  });

  it("lets a user join an organization once", async () => {
    const { db } = testDb();
    const user = await createUser(db);
    const org = await createOrg(db, { owner: user });
    expect(
      await violation(addMember(db, { orgId: org.id, userId: user.id, role: "viewer" })),
    ).toMatchObject({ code: "23505", constraint: "memberships_org_user_unique" });
  });

  it("never lets a credit balance or a quota counter go below zero", async () => {
    const { db } = testDb();
    const org = await createOrg(db);
    await db.insert(creditAccounts).values({ orgId: org.id, balance: 5 });
    expect(
      await violation(
        db
          .update(creditAccounts)
          .set({ balance: sql`${creditAccounts.balance} - 6` })
          .where(eq(creditAccounts.orgId, org.id)),
      ),
    ).toMatchObject({ code: "23514", constraint: "credit_accounts_balance_non_negative" });
    expect(
      await violation(
        db.update(orgQuotas).set({ ticketsUsed: -1 }).where(eq(orgQuotas.orgId, org.id)),
      ),
    ).toMatchObject({ code: "23514", constraint: "org_quotas_tickets_used_non_negative" });
  });

  it("keeps the credit ledger append-only", async () => {
    const { db } = testDb();
    const org = await createOrg(db);
    const [entry] = await db
      .insert(creditLedger)
      .values({ orgId: org.id, type: "grant", amount: 50, balanceAfter: 50, idempotencyKey: "g1" })
      .returning();
    expect(
      await violation(
        db.update(creditLedger).set({ amount: 500 }).where(eq(creditLedger.id, entry!.id)),
      ),
    ).toMatchObject({ code: "23001" });
    expect(
      await violation(db.delete(creditLedger).where(eq(creditLedger.id, entry!.id))),
    ).toMatchObject({ code: "23001" });
    expect(
      await violation(
        db.insert(creditLedger).values({
          orgId: org.id,
          type: "grant",
          amount: 50,
          balanceAfter: 100,
          idempotencyKey: "g1",
        }),
      ),
    ).toMatchObject({ code: "23505", constraint: "credit_ledger_org_idempotency_unique" });
  });

  it("rejects out-of-range project progress and owner invitations", async () => {
    const { db } = testDb();
    const org = await createOrg(db);
    expect(
      await violation(createProject(db, { orgId: org.id, completionPercent: 101 })),
    ).toMatchObject({
      code: "23514",
    });
    expect(
      await violation(
        db.insert(invitations).values({
          orgId: org.id,
          email: "new@example.test",
          role: "owner",
          tokenHash: "h1",
          expiresAt: new Date(Date.now() + 3600_000),
        }),
      ),
    ).toMatchObject({ code: "23514", constraint: "invitations_role_not_owner" });
  });

  it("allows one pending invitation per email and organization", async () => {
    const { db } = testDb();
    const org = await createOrg(db);
    const invite = (tokenHash: string, email: string) =>
      db.insert(invitations).values({
        orgId: org.id,
        email,
        tokenHash,
        expiresAt: new Date(Date.now() + 3600_000),
      });
    await invite("t1", "joao@example.test");
    expect(await violation(invite("t2", "JOAO@example.test"))).toMatchObject({
      code: "23505",
      constraint: "invitations_one_pending_per_email",
    });
    await db
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(eq(invitations.tokenHash, "t1"));
    await expect(invite("t3", "joao@example.test")).resolves.toBeDefined();
  });

  it("numbers tickets uniquely within an organization", async () => {
    const { db } = testDb();
    const org = await createOrg(db);
    const first = await createTicket(db, { orgId: org.id });
    expect(
      await violation(createTicket(db, { orgId: org.id, number: first.number })),
    ).toMatchObject({ code: "23505", constraint: "support_tickets_org_number_unique" });
  });

  it("deleting an organization deletes everything it owns, and nothing of other tenants", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const doomed = await createOrg(db, { owner });
    const kept = await createOrg(db, { owner });
    for (const org of [doomed, kept]) {
      await createProject(db, { orgId: org.id });
      const ticket = await createTicket(db, { orgId: org.id });
      await db.insert(ticketMessages).values({ orgId: org.id, ticketId: ticket.id, body: "Hello" });
      await db.insert(creditLedger).values({
        orgId: org.id,
        type: "grant",
        amount: 10,
        balanceAfter: 10,
        idempotencyKey: "grant",
      });
    }

    await db.delete(organizations).where(eq(organizations.id, doomed.id));

    const countFor = async (orgId: string) => ({
      memberships: await db.$count(memberships, eq(memberships.orgId, orgId)),
      projects: await db.$count(projects, eq(projects.orgId, orgId)),
      tickets: await db.$count(supportTickets, eq(supportTickets.orgId, orgId)),
      messages: await db.$count(ticketMessages, eq(ticketMessages.orgId, orgId)),
      ledger: await db.$count(creditLedger, eq(creditLedger.orgId, orgId)),
      quotas: await db.$count(orgQuotas, eq(orgQuotas.orgId, orgId)),
    });
    expect(await countFor(doomed.id)).toEqual({
      memberships: 0,
      projects: 0,
      tickets: 0,
      messages: 0,
      ledger: 0,
      quotas: 0,
    });
    expect(await countFor(kept.id)).toEqual({
      memberships: 1,
      projects: 1,
      tickets: 1,
      messages: 1,
      ledger: 1,
      quotas: 1,
    });
  });
});

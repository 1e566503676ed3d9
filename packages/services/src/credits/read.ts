import { creditAccounts, creditLedger, creditPacks, pricing } from "@arco/db/schema";
import { and, asc, desc, eq, gte, lt } from "drizzle-orm";

import type { Actor, AnonymousActor } from "../audit";
import type { OrgScope, PublicScope } from "../context";
import { afterCursor, page } from "../pagination";
import type { CreditEntryType } from "./ledger";

/** The organization's balance and what it has been given and used in all; zeros before any. */
export async function creditBalance({ db, orgId }: OrgScope<Actor | AnonymousActor>) {
  const [account] = await db
    .select({
      balance: creditAccounts.balance,
      lifetimeGranted: creditAccounts.lifetimeGranted,
      lifetimeUsed: creditAccounts.lifetimeUsed,
    })
    .from(creditAccounts)
    .where(eq(creditAccounts.orgId, orgId));
  return account ?? { balance: 0, lifetimeGranted: 0, lifetimeUsed: 0 };
}

export interface LedgerFilters {
  type?: CreditEntryType;
  /** Entries at or after this moment. */
  from?: Date;
  /** Entries before this moment. */
  to?: Date;
  cursor?: string;
  limit: number;
}

/** The organization's credit history, newest first, a page at a time (keyset on time and id). */
export async function listCreditLedger(
  { db, orgId }: OrgScope<Actor | AnonymousActor>,
  { type, from, to, cursor, limit }: LedgerFilters,
) {
  const rows = await db
    .select({
      id: creditLedger.id,
      type: creditLedger.type,
      amount: creditLedger.amount,
      balanceAfter: creditLedger.balanceAfter,
      referenceType: creditLedger.referenceType,
      referenceId: creditLedger.referenceId,
      description: creditLedger.description,
      createdAt: creditLedger.createdAt,
    })
    .from(creditLedger)
    .where(
      and(
        eq(creditLedger.orgId, orgId),
        type ? eq(creditLedger.type, type) : undefined,
        from ? gte(creditLedger.createdAt, from) : undefined,
        to ? lt(creditLedger.createdAt, to) : undefined,
        afterCursor(cursor, { at: creditLedger.createdAt, id: creditLedger.id }, "desc"),
      ),
    )
    .orderBy(desc(creditLedger.createdAt), desc(creditLedger.id))
    .limit(limit + 1);
  return page(rows, limit, (row) => ({ at: row.createdAt, id: row.id }));
}

/** The top-ups on sale, smallest first. */
export function listCreditPacks({ db }: PublicScope) {
  return db
    .select({
      id: creditPacks.id,
      credits: creditPacks.credits,
      priceCents: creditPacks.priceCents,
      currency: creditPacks.currency,
    })
    .from(creditPacks)
    .where(eq(creditPacks.isActive, true))
    .orderBy(asc(creditPacks.currency), asc(creditPacks.credits));
}

/** What each metered operation costs in credits (the agency's own cost stays private). */
export function listPricing({ db }: PublicScope) {
  return db
    .select({
      operation: pricing.operation,
      unit: pricing.unit,
      creditsPerUnit: pricing.creditsPerUnit,
    })
    .from(pricing)
    .where(eq(pricing.isActive, true))
    .orderBy(asc(pricing.operation));
}

export type CreditPack = Awaited<ReturnType<typeof listCreditPacks>>[number];
export type OperationPrice = Awaited<ReturnType<typeof listPricing>>[number];

import { selectRows } from "@arco/db";
import type { DbOrTx } from "@arco/db";
import { creditAccounts, creditLedger } from "@arco/db/schema";
import type { creditEntryType } from "@arco/db/schema";
import { and, eq, is, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";

import type { Actor, AnonymousActor } from "../audit";
import type { OrgScope } from "../context";
import { ServiceError } from "../errors";
import { oneRow } from "../one-row";
import { at } from "../tickets/period";

/**
 * The credit balance moves in ONE guarded statement per entry: the `credit_accounts` row is
 * updated only while the result stays non-negative (`balance >= n` for a debit of n), and the
 * ledger row is inserted from what that update returned, so the balance and its history never
 * disagree. The updated row stays locked until commit, which serialises the entries of one
 * organization. Every entry carries an idempotency key, unique per organization: a replay — even
 * one racing the original — fails on that index, its statement (and savepoint, inside a
 * caller's transaction) rolls back, and the stored entry is returned instead.
 */

export type CreditEntryType = (typeof creditEntryType.enumValues)[number];

export const entryColumns = {
  id: creditLedger.id,
  type: creditLedger.type,
  amount: creditLedger.amount,
  balanceAfter: creditLedger.balanceAfter,
  idempotencyKey: creditLedger.idempotencyKey,
  referenceType: creditLedger.referenceType,
  referenceId: creditLedger.referenceId,
  description: creditLedger.description,
  actorUserId: creditLedger.actorUserId,
  createdAt: creditLedger.createdAt,
};

export interface CreditEntry {
  id: string;
  type: CreditEntryType;
  /** Positive adds credits, negative consumes them. */
  amount: number;
  balanceAfter: number;
  idempotencyKey: string;
  referenceType: string | null;
  referenceId: string | null;
  description: string | null;
  actorUserId: string | null;
  createdAt: Date;
}

/** What an entry is for. */
export interface EntryDetails {
  /** Unique per organization: the same key moves the balance once. */
  idempotencyKey: string;
  referenceType?: string | null;
  referenceId?: string | null;
  description?: string | null;
}

export interface EntryResult {
  entry: CreditEntry;
  /** True when the key had been used already: the stored entry, nothing changed. */
  replayed: boolean;
}

type CreditScope = OrgScope<Actor | AnonymousActor>;

interface Change extends EntryDetails {
  type: CreditEntryType;
  /**
   * The signed amount, as SQL: a number, or the price the statement looks up itself (a debit).
   * Zero or no row writes nothing.
   */
  amount: SQL;
  /** A debit's price lookup, to say what it would have cost. */
  price?: SQL;
  actorUserId: string | null;
}

const LEDGER_KEY = "credit_ledger_org_idempotency_unique";

/** The unique violation of the ledger's idempotency key, however the driver wraps it. */
function isReplayViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name, constraint } = e as Record<string, unknown>;
    if (code === "23505") return (constraint_name ?? constraint ?? LEDGER_KEY) === LEDGER_KEY;
  }
  return false;
}

async function storedEntry(db: DbOrTx, orgId: string, idempotencyKey: string) {
  const [entry] = await db
    .select(entryColumns)
    .from(creditLedger)
    .where(and(eq(creditLedger.orgId, orgId), eq(creditLedger.idempotencyKey, idempotencyKey)));
  return entry;
}

/** Why nothing was written: the balance as it stands (0 without an account) and the price. */
interface Refusal {
  balance: number;
  /** What a debit would cost now; null for an unpriced operation (or not a debit). */
  credits: number | null;
}

/**
 * After a change wrote nothing: the entry its key already has (a replay whose original took the
 * last credits is refused by the guard before it reaches the key's index), else what to say.
 * One statement; the original, if any, has committed by now.
 */
async function afterRefusal(db: DbOrTx, orgId: string, change: Change) {
  const [row] = await db
    .select({
      stored: entryColumns,
      balance:
        sql<number>`coalesce((select ${creditAccounts.balance} from ${creditAccounts} where ${creditAccounts.orgId} = ${orgId}), 0)`.mapWith(
          Number,
        ),
      credits: (change.price
        ? sql<number | null>`(${change.price})`
        : sql<number | null>`null::bigint`
      ).mapWith(Number),
    })
    .from(oneRow())
    .leftJoin(
      creditLedger,
      and(eq(creditLedger.orgId, orgId), eq(creditLedger.idempotencyKey, change.idempotencyKey)),
    );
  if (row?.stored) return replayOf(row.stored, change);
  return { balance: row?.balance ?? 0, credits: row?.credits ?? null } satisfies Refusal;
}

/**
 * How an entry of `type` moves the lifetime counters, as factors of its amount: grants and
 * purchases add to what was granted, a debit adds to what was used and a refund gives it back.
 */
function countersOf(type: CreditEntryType) {
  if (type === "usage" || type === "refund") return { granted: 0, used: -1 };
  if (type === "grant" || type === "purchase") return { granted: 1, used: 0 };
  return { granted: 0, used: 0 };
}

/**
 * Writes one entry: the guarded update of the balance and its ledger row, in one statement (a
 * transaction of its own, or a savepoint of the caller's). Returns the new entry, the stored one
 * for a used key, or — when nothing was written (the balance would go below zero, or there was
 * nothing to write) — what the caller needs to say why.
 */
async function writeEntry(scope: CreditScope, change: Change): Promise<EntryResult | Refusal> {
  const { db, orgId } = scope;
  const now = scope.now();
  const { granted, used } = countersOf(change.type);
  const details = {
    referenceType: change.referenceType ?? null,
    referenceId: change.referenceId ?? null,
    description: change.description ?? null,
  };
  const statement = sql`with change as (${change.amount}),
    account as (
      update credit_accounts a set
        balance = a.balance + c.amount,
        lifetime_granted = a.lifetime_granted + ${granted}::int * c.amount,
        lifetime_used = greatest(a.lifetime_used + ${used}::int * c.amount, 0),
        updated_at = ${at(now)}
      from change c
      where a.org_id = ${orgId}::uuid and c.amount <> 0 and a.balance >= -c.amount
      returning a.balance, c.amount
    )
    insert into credit_ledger (org_id, type, amount, balance_after, idempotency_key,
      reference_type, reference_id, description, actor_user_id, created_at)
    select ${orgId}::uuid, ${change.type}::credit_entry_type, account.amount, account.balance,
      ${change.idempotencyKey}::text, ${details.referenceType}::text, ${details.referenceId}::text,
      ${details.description}::text, ${change.actorUserId}::uuid, ${at(now)}
    from account
    returning id, amount, balance_after`;
  type Written = { id: string; amount: string | number; balance_after: string | number };
  try {
    const [written] =
      change.type === "usage" && !is(db, PgTransaction)
        ? // A debit is that one statement alone: a transaction of its own that the server
          // commits as it ends, so the account's row is never held while a reply crosses the
          // wire (a debit needs no account row: without one the balance is 0).
          await selectRows<Written>(db, statement)
        : await db.transaction(async (tx) => {
            if (change.type !== "usage") {
              await tx
                .insert(creditAccounts)
                .values({ orgId, createdAt: now, updatedAt: now })
                .onConflictDoNothing();
            }
            return selectRows<Written>(tx, statement);
          });
    if (written) {
      const entry: CreditEntry = {
        id: written.id,
        type: change.type,
        amount: Number(written.amount),
        balanceAfter: Number(written.balance_after),
        idempotencyKey: change.idempotencyKey,
        ...details,
        actorUserId: change.actorUserId,
        createdAt: now,
      };
      return { entry, replayed: false };
    }
  } catch (error) {
    if (!isReplayViolation(error)) throw error;
    const stored = await storedEntry(db, orgId, change.idempotencyKey);
    if (stored) return replayOf(stored, change);
    throw error;
  }
  return afterRefusal(db, orgId, change);
}

function replayOf(stored: CreditEntry, change: Change): EntryResult {
  if (stored.type !== change.type) {
    throw new ServiceError(
      "CONFLICT",
      "That idempotency key was already used for a different kind of credit entry.",
    );
  }
  return { entry: stored, replayed: true };
}

function checkKey(key: string) {
  if (typeof key !== "string" || key.length === 0 || key.length > 200) {
    throw new ServiceError("BAD_REQUEST", "Give each credit entry an idempotency key.");
  }
}

// Debits -----------------------------------------------------------------------------------------

export interface DebitInput extends EntryDetails {
  /** A metered operation of the `pricing` table, e.g. "ai.text". */
  operation: string;
  /** How many of the operation's units were used (fractions allowed: 1.5 × 1k tokens). */
  units: number;
}

export interface DebitResult {
  /** Null when the operation is free (priced at 0 credits): nothing is written. */
  entry: CreditEntry | null;
  replayed: boolean;
}

/** ceil(credits per unit × units) of the active price, in exact decimal arithmetic. */
const priceOf = (operation: string, units: number) =>
  sql`select ceil(credits_per_unit * ${String(units)}::numeric)::bigint as credits
      from pricing where operation = ${operation}::text and is_active`;

/**
 * Charges the organization for `units` of `operation`: the active price times the units,
 * rounded up (an unknown or withdrawn operation is BAD_REQUEST), taken from the balance together
 * with its `usage` entry in one guarded statement that also reads the price. Not enough credits
 * (an organization without an account has none) is INSUFFICIENT_CREDITS and changes nothing.
 * The same `idempotencyKey` charges once and returns the original entry, also when the two
 * calls race.
 */
export async function debitCredits(scope: CreditScope, input: DebitInput): Promise<DebitResult> {
  checkKey(input.idempotencyKey);
  if (!Number.isFinite(input.units) || input.units <= 0 || input.units > 1e9) {
    throw new ServiceError("BAD_REQUEST", "Charge a positive number of units.");
  }
  const price = priceOf(input.operation, input.units);
  const result = await writeEntry(scope, {
    type: "usage",
    amount: sql`select -credits as amount from (${price}) as price`,
    price,
    idempotencyKey: input.idempotencyKey,
    referenceType: input.referenceType,
    referenceId: input.referenceId,
    description: input.description,
    actorUserId: scope.actor.actorUserId,
  });
  if ("entry" in result) return result;
  const { credits, balance } = result;
  if (credits === null) {
    throw new ServiceError(
      "BAD_REQUEST",
      `There is no price for “${input.operation}”, so it cannot be charged.`,
    );
  }
  if (credits === 0) return { entry: null, replayed: false };
  throw new ServiceError(
    "INSUFFICIENT_CREDITS",
    `This needs ${credits} credit${credits === 1 ? "" : "s"} and your balance is ${balance}. Buy a top-up to continue.`,
  );
}

// Additions ---------------------------------------------------------------------------------------

export type AddType = "grant" | "purchase" | "refund" | "adjustment";

export interface AddInput extends EntryDetails {
  type: AddType;
  /** Whole credits: positive, except an adjustment, which may take credits away. */
  amount: number;
  /** Who the entry is recorded for (the buyer of a top-up); the scope's actor otherwise. */
  actorUserId?: string | null;
}

/**
 * Adds credits to the organization (or, with a negative adjustment, takes them away — never
 * below zero: BAD_REQUEST): opens the account when needed, then moves the balance and writes
 * the entry in one statement. Grants and purchases count towards `lifetimeGranted`; a refund
 * gives back what was used. Idempotent by key. Works inside the caller's transaction (the
 * Stripe webhook's `inOrg(systemScope, orgId)` within its own): it then runs in a savepoint, so
 * a replay leaves the caller's transaction usable.
 */
export async function addCredits(scope: CreditScope, input: AddInput): Promise<EntryResult> {
  checkKey(input.idempotencyKey);
  const { type, amount } = input;
  if (!Number.isSafeInteger(amount) || amount === 0) {
    throw new ServiceError("BAD_REQUEST", "Enter a whole number of credits other than zero.");
  }
  if (amount < 0 && type !== "adjustment") {
    throw new ServiceError("BAD_REQUEST", "Only an adjustment can take credits away.");
  }
  const result = await writeEntry(scope, {
    type,
    amount: sql`select ${amount}::bigint as amount`,
    idempotencyKey: input.idempotencyKey,
    referenceType: input.referenceType,
    referenceId: input.referenceId,
    description: input.description,
    actorUserId: input.actorUserId ?? scope.actor.actorUserId,
  });
  if ("entry" in result) return result;
  throw new ServiceError(
    "BAD_REQUEST",
    `This would take the balance below zero: it is ${result.balance} now.`,
  );
}

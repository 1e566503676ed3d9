import { organizations, plans } from "@arco/db/schema";
import type { CustomLimits } from "@arco/db/schema";
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";

/** The allowances a plan sets and an enterprise deal may set otherwise (`custom_limits`). */
export const LIMITS = [
  "ticketsPerMonth",
  "storageBytes",
  "maxProjects",
  "maxDomains",
  "maxMembers",
  "responseSlaHours",
  "monthlyCredits",
] as const satisfies readonly (keyof CustomLimits)[];

export type LimitName = (typeof LIMITS)[number];
export type Limits = Pick<typeof plans.$inferSelect, LimitName>;

/** A plan's limits alone. */
export const limitsOf = (plan: Limits): Limits =>
  Object.fromEntries(LIMITS.map((name) => [name, plan[name]])) as Limits;

/** The limits a custom-limits value sets (a key set to undefined sets none). */
export const ownLimits = (custom: CustomLimits): CustomLimits =>
  Object.fromEntries(
    LIMITS.filter((name) => custom[name] !== undefined).map((name) => [name, custom[name]]),
  );

/**
 * The plan as one organization holds it: a limit its custom limits name is theirs (null there
 * means unlimited), any other is the plan's. What reads a plan with its organization in code
 * passes it through here; SQL statements use `limitOf`, which says the same.
 */
export const effectiveLimits = <P extends Limits>(
  plan: P,
  custom: CustomLimits | null | undefined,
): P => (custom ? { ...plan, ...ownLimits(custom) } : plan);

/**
 * One limit of an organization in SQL, for a statement that reads `organizations` with its
 * `plans`: named by the tables, or by the aliases the statement gives them (`{ org: "o", plan:
 * "p" }`). A key present in `custom_limits` wins even when it holds JSON null (unlimited), so
 * it is tested with `->` (JSON null is not SQL null), never `coalesce`d.
 */
export function limitOf(name: LimitName, as?: { org: string; plan: string }): SQL<number | null> {
  const custom = as ? sql.raw(`${as.org}.custom_limits`) : sql`${organizations.customLimits}`;
  const planned = as ? sql.raw(`${as.plan}.${toSnakeCase(name)}`) : sql`${plans[name]}`;
  const key = sql.raw(`'${name}'`);
  const type = sql.raw(name === "storageBytes" ? "bigint" : "integer");
  return sql<number | null>`(case when ${custom} -> ${key} is null then ${planned}
    else (${custom} ->> ${key})::${type} end)`.mapWith(plans[name]);
}

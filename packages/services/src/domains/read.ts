import { dnsRecords, domains } from "@arco/db/schema";
import type { SQL } from "drizzle-orm";
import { and, asc, eq, gte, ilike, lte, or, sql } from "drizzle-orm";
import { z } from "zod";

import type { OrgScope } from "../context";
import { notFound } from "../errors";
import { oneRow } from "../one-row";
import { cursorPart, decodeCursor, encodeCursor } from "../pagination";
import { beyondPlan } from "../plans";
import { addDays, daysBetween, isoDate } from "./access";
import { containing } from "../like";

export type DomainSort = "name" | "renewal" | "certificate";
type DomainStatus = (typeof domains.$inferSelect)["status"];
type SslStatus = (typeof domains.$inferSelect)["sslStatus"];

export interface ListDomainsInput {
  cursor?: string;
  limit: number;
  status?: DomainStatus;
  sslStatus?: SslStatus;
  /** Only domains whose renewal or certificate expires within 30 days from `now`. */
  expiringSoon?: boolean;
  search?: string;
  sort?: DomainSort;
}

/**
 * The sort keys as text, so one keyset cursor works for every order; ties go by name. Missing
 * dates sort last. (ISO dates and timestamps compare as text in date order.)
 */
const sortKey: Record<DomainSort, SQL<string>> = {
  name: sql<string>`${domains.name}`,
  renewal: sql<string>`coalesce(${domains.renewsOn}::text, '9999-12-31')`,
  certificate: sql<string>`coalesce(to_char(${domains.sslExpiresAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '9999-12-31')`,
};

const keyNameAndId = z.tuple([cursorPart.text, cursorPart.text, cursorPart.id]);

/** Renewal or certificate expiry between `now` and 30 days later. */
export const expiringWithin30Days = (now: Date) =>
  or(
    and(gte(domains.renewsOn, isoDate(now)), lte(domains.renewsOn, isoDate(addDays(now, 30)))),
    and(gte(domains.sslExpiresAt, now), lte(domains.sslExpiresAt, addDays(now, 30))),
  );

/** The organization's domains, filtered and sorted, a page at a time. */
export async function listDomains(scope: OrgScope, input: ListDomainsInput) {
  const { db, orgId } = scope;
  const sort = input.sort ?? "name";
  const key = sortKey[sort];
  const after = input.cursor ? decodeCursor(input.cursor, keyNameAndId) : null;
  const rows = await db
    .select({ domain: domains, key, overPlan: beyondPlan("domains", orgId) })
    .from(domains)
    .where(
      and(
        eq(domains.orgId, orgId),
        input.status ? eq(domains.status, input.status) : undefined,
        input.sslStatus ? eq(domains.sslStatus, input.sslStatus) : undefined,
        input.expiringSoon ? expiringWithin30Days(scope.now()) : undefined,
        input.search ? ilike(domains.name, containing(input.search.toLowerCase())) : undefined,
        after
          ? sql`(${key}, ${domains.name}, ${domains.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(key), asc(domains.name), asc(domains.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => ({ ...row.domain, overPlan: row.overPlan })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([last.key, last.domain.name, last.domain.id])
        : null,
  };
}

/** One domain with its DNS records (by type, then name). */
export async function getDomain(scope: OrgScope, { id }: { id: string }) {
  const { db, orgId } = scope;
  const [found] = await db
    .select({ domain: domains, overPlan: beyondPlan("domains", orgId) })
    .from(domains)
    .where(and(eq(domains.id, id), eq(domains.orgId, orgId)));
  if (!found) throw notFound("Domain");
  const records = await db
    .select()
    .from(dnsRecords)
    .where(and(eq(dnsRecords.domainId, id), eq(dnsRecords.orgId, orgId)))
    .orderBy(asc(dnsRecords.type), asc(dnsRecords.name), asc(dnsRecords.createdAt));
  /** `overPlan`: beyond the plan after a downgrade — shown, not changed. */
  return { ...found.domain, overPlan: found.overPlan, records };
}

export interface ExpiringItem {
  id: string;
  name: string;
  kind: "renewal" | "certificate";
  /** YYYY-MM-DD (UTC). */
  expiresOn: string;
  daysLeft: number;
}

/** For the dashboard overview: how many domains, and the (up to 5) expiring soonest. */
export async function domainsOverview(
  scope: OrgScope,
): Promise<{ total: number; expiringSoon: ExpiringItem[] }> {
  const { db, orgId } = scope;
  const now = scope.now();
  // The expiring ones, each carrying the organization's total (one statement).
  const rows = await db
    .select({ domain: domains, total: db.$count(domains, eq(domains.orgId, orgId)) })
    .from(oneRow())
    .leftJoin(domains, and(eq(domains.orgId, orgId), expiringWithin30Days(now)));
  const total = Number(rows[0]?.total ?? 0);
  const today = isoDate(now);
  const items: ExpiringItem[] = [];
  for (const { domain } of rows) {
    if (!domain) continue;
    for (const [kind, expiresOn] of expiriesOf(domain)) {
      const daysLeft = daysBetween(today, expiresOn);
      if (daysLeft >= 0 && daysLeft <= 30) {
        items.push({ id: domain.id, name: domain.name, kind, expiresOn, daysLeft });
      }
    }
  }
  items.sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
  return { total, expiringSoon: items.slice(0, 5) };
}

/** The dates a domain lapses on: its registration renewal and its certificate's expiry. */
export function expiriesOf(domain: {
  renewsOn: string | null;
  sslExpiresAt: Date | null;
}): ["renewal" | "certificate", string][] {
  const list: ["renewal" | "certificate", string][] = [];
  if (domain.renewsOn) list.push(["renewal", domain.renewsOn]);
  if (domain.sslExpiresAt) list.push(["certificate", isoDate(domain.sslExpiresAt)]);
  return list;
}

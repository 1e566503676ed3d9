import { selectRows } from "@arco/db";
import type { DbOrTx } from "@arco/db";
import { sql } from "drizzle-orm";

import type { Actor, AnonymousActor } from "../audit";
import type { OrgScope, StaffScope } from "../context";
import { ServiceError } from "../errors";
import { inClientOrg } from "../orgs";
import { utcDay } from "./background";

/** One UTC day of an organization's usage, as charts draw it. */
export interface UsageDay {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  analysesRun: number;
  ticketsOpened: number;
  creditsUsed: number;
  emailsSent: number;
  storageBytes: number;
}

export const MAX_USAGE_DAYS = 366;

function checkDays(days: number) {
  if (!Number.isInteger(days) || days < 1 || days > MAX_USAGE_DAYS) {
    throw new ServiceError("BAD_REQUEST", "Choose a period of 1 to 366 days.");
  }
}

/** The last `days` days through today, oldest first; days not rolled up (yet) read as zeros. */
async function usageDays(db: DbOrTx, orgId: string, days: number, now: Date) {
  checkDays(days);
  const today = sql`${utcDay(now)}::date`;
  const rows = await selectRows<Record<keyof UsageDay, string | number>>(
    db,
    sql`select to_char(d, 'YYYY-MM-DD') as "day",
               coalesce(u.analyses_run, 0) as "analysesRun",
               coalesce(u.tickets_opened, 0) as "ticketsOpened",
               coalesce(u.credits_used, 0) as "creditsUsed",
               coalesce(u.emails_sent, 0) as "emailsSent",
               coalesce(u.storage_bytes, 0) as "storageBytes"
        from generate_series(${today} - ${days - 1}::int, ${today}, interval '1 day') as d
        left join usage_daily u on u.org_id = ${orgId}::uuid and u.day = d::date
        order by d`,
  );
  return rows.map((row): UsageDay => ({
    day: String(row.day),
    analysesRun: Number(row.analysesRun),
    ticketsOpened: Number(row.ticketsOpened),
    creditsUsed: Number(row.creditsUsed),
    emailsSent: Number(row.emailsSent),
    storageBytes: Number(row.storageBytes),
  }));
}

/** The organization's usage per day over the last `days` days, for its charts. */
export function usageOverTime(
  scope: OrgScope<Actor | AnonymousActor>,
  { days }: { days: number },
): Promise<UsageDay[]> {
  return usageDays(scope.db, scope.orgId, days, scope.now());
}

/** The same for agency staff, for any client organization (NOT_FOUND for none). */
export async function usageForStaff(
  scope: StaffScope,
  { clientOrgId, days }: { clientOrgId: string; days: number },
): Promise<UsageDay[]> {
  checkDays(days);
  const client = await inClientOrg(scope, clientOrgId);
  return usageDays(scope.db, client.orgId, days, scope.now());
}

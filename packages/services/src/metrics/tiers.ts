import { selectRows } from "@arco/db";
import type { plans } from "@arco/db/schema";
import { sql } from "drizzle-orm";

import type { StaffScope } from "../context";

export type Tier = (typeof plans.$inferSelect)["tier"];

export interface TierClients {
  tier: Tier;
  /** Organizations on the tier now. */
  clients: number;
}

export interface TierStorage {
  tier: Tier;
  /** Bytes the tier's organizations store now (`org_quotas.storage_used_bytes`). */
  bytes: number;
}

/** Organizations per tier today, every tier of the catalogue in its order (0 for none). */
export async function clientsByTier(scope: StaffScope): Promise<TierClients[]> {
  return selectRows<TierClients & Record<string, unknown>>(
    scope.db,
    sql`select p.tier, coalesce(o.n, 0)::int as clients
        from plans p
        left join (select plan_id, count(*) as n from organizations group by plan_id) o
          on o.plan_id = p.id
        order by p.sort_order`,
  );
}

/** Stored bytes per tier today, every tier of the catalogue in its order. */
export async function storageByTier(scope: StaffScope): Promise<TierStorage[]> {
  return selectRows<TierStorage & Record<string, unknown>>(
    scope.db,
    sql`select p.tier, coalesce(s.bytes, 0)::float8 as bytes
        from plans p
        left join (
          select o.plan_id, sum(q.storage_used_bytes) as bytes
          from org_quotas q
          join organizations o on o.id = q.org_id
          group by o.plan_id
        ) s on s.plan_id = p.id
        order by p.sort_order`,
  );
}

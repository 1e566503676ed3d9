import { migrationStatus } from "@arco/db";
import type { DatabaseMode, DbHandle, MigrationStatus } from "@arco/db";
import { sql } from "drizzle-orm";

export interface HealthReport {
  status: "ok" | "degraded";
  database: {
    mode: DatabaseMode;
    reachable: boolean;
    migrations: MigrationStatus | null;
    error?: string;
  };
}

/**
 * What an operator needs to know at a glance: which database Arco runs on, whether it answers,
 * and whether every committed migration is applied. Degraded (not thrown) on any failure, so
 * the health endpoint itself never errors.
 */
export async function getHealth(handle: DbHandle): Promise<HealthReport> {
  try {
    await handle.db.execute(sql`select 1`);
    const migrations = await migrationStatus(handle);
    return {
      status: migrations.pending.length === 0 ? "ok" : "degraded",
      database: { mode: handle.mode, reachable: true, migrations },
    };
  } catch {
    return {
      status: "degraded",
      database: {
        mode: handle.mode,
        reachable: false,
        migrations: null,
        error: "The database did not answer.",
      },
    };
  }
}

import { readFileSync } from "node:fs";
import path from "node:path";

import { sql } from "drizzle-orm";

import { selectRows } from "./client";
import type { DbHandle } from "./client";
import { migrationsFolder } from "./paths";

export interface MigrationStatus {
  applied: number;
  total: number;
  /** Tags of the migrations in the folder that the database has not applied. */
  pending: string[];
  /** Tag of the newest applied migration. */
  latest: string | null;
}

interface Journal {
  entries: { tag: string; when: number }[];
}

/** Compares the committed migrations with the ones Drizzle's migrator recorded as applied. */
export async function migrationStatus({ db }: DbHandle): Promise<MigrationStatus> {
  const journal = JSON.parse(
    readFileSync(path.join(migrationsFolder(), "meta/_journal.json"), "utf8"),
  ) as Journal;
  const [table] = await selectRows<{ exists: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`,
  );
  const appliedAt = new Set<number>();
  if (table?.exists) {
    const rows = await selectRows<{ created_at: string }>(
      db,
      sql`select created_at from drizzle.__drizzle_migrations`,
    );
    for (const row of rows) appliedAt.add(Number(row.created_at));
  }
  const applied = journal.entries.filter((e) => appliedAt.has(e.when));
  return {
    applied: applied.length,
    total: journal.entries.length,
    pending: journal.entries.filter((e) => !appliedAt.has(e.when)).map((e) => e.tag),
    latest: applied.at(-1)?.tag ?? null,
  };
}

import { randomBytes } from "node:crypto";

import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";

import { createDb, migrationStatus, selectRows } from "../src";
import type { DbHandle } from "../src";
import { plans } from "../src/schema";
import { useTestDb, withDatabase } from "../src/testing";

const target = inject("arcoTestDatabase");
const testDb = useTestDb();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A database with nothing in it: not even the migrations table. */
async function emptyDatabase(): Promise<DbHandle> {
  if (target.mode === "embedded") return createDb({ dataDir: "memory://", migrate: false });
  const name = `arco_t_empty_${randomBytes(4).toString("hex")}`;
  const admin = postgres(target.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return createDb({ url: withDatabase(target.url, name), max: 2, migrate: false });
}

const tablesOf = (handle: DbHandle) =>
  selectRows<{ table_name: string }>(
    handle.db,
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  ).then((rows) => rows.map((r) => r.table_name));

/** Every domain table DESIGN.md lists, under its SQL name. */
const domainTables = [
  "users",
  "accounts",
  "sessions",
  "verification_tokens",
  "organizations",
  "memberships",
  "invitations",
  "org_quotas",
  "plans",
  "subscriptions",
  "credit_accounts",
  "credit_ledger",
  "pricing",
  "usage_daily",
  "url_analyses",
  "leads",
  "projects",
  "project_members",
  "milestones",
  "deliveries",
  "domains",
  "dns_records",
  "domain_expiry_alerts",
  "infrastructure",
  "network_usage",
  "storage_folders",
  "storage_items",
  "support_tickets",
  "ticket_messages",
  "ticket_attachments",
  "monitors",
  "uptime_checks",
  "incidents",
  "performance_metrics",
  "campaigns",
  "campaign_metrics",
  "api_keys",
  "webhooks",
  "webhook_deliveries",
  "ai_providers",
  "ai_task_routing",
  "ai_jobs",
  "generations",
  "agents",
  "conversations",
  "ai_messages",
  "audit_logs",
  "impersonation_sessions",
  "hosting_plans",
  "hosting_subscriptions",
  "backup_destinations",
  "backup_schedules",
  "backup_runs",
  "deploy_servers",
  "system_config",
  "email_outbox",
  "notifications",
];

describe("migrations", () => {
  it("apply on an empty database, and applying them again changes nothing", async () => {
    const handle = await emptyDatabase();
    cleanups.push(() => handle.close());

    const before = await migrationStatus(handle);
    expect(before.applied).toBe(0);
    expect(before.pending.length).toBe(before.total);

    await handle.migrate();
    const after = await migrationStatus(handle);
    expect(after).toMatchObject({ applied: after.total, pending: [] });
    expect(after.total).toBeGreaterThan(0);
    const tables = await tablesOf(handle);

    await handle.migrate();
    expect(await migrationStatus(handle)).toEqual(after);
    expect(await tablesOf(handle)).toEqual(tables);
    const [{ count }] = (await selectRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    )) as [{ count: number }];
    expect(count).toBe(after.total);
  });

  it("create every domain table of the design", async () => {
    expect(await tablesOf(testDb())).toEqual(expect.arrayContaining(domainTables));
  });

  it("give every foreign key an index that starts with its column", async () => {
    const unindexed = await selectRows<{ table_name: string; column_name: string }>(
      testDb().db,
      sql`
        select c.conrelid::regclass::text as table_name, a.attname as column_name
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f'
          and c.connamespace = 'public'::regnamespace
          and not exists (
            select 1 from pg_index i
            where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1]
          )
        order by 1, 2`,
    );
    expect(unindexed).toEqual([]);
  });
});

describe("the tier catalogue", () => {
  it("is installed by the migrations with the limits of every tier", async () => {
    const { db } = testDb();
    const rows = await db.select().from(plans).orderBy(plans.sortOrder);
    const GB = 1024 ** 3;
    expect(
      rows.map((p) => [
        p.tier,
        p.ticketsPerMonth,
        p.storageBytes === null ? null : p.storageBytes / GB,
        p.maxProjects,
        p.maxDomains,
        p.maxMembers,
        p.responseSlaHours,
        p.aiInsights,
        p.whiteLabel,
      ]),
    ).toEqual([
      ["free", 15, 5, 1, 1, 1, null, "none", false],
      ["basic", 30, 25, 3, 3, 3, 24, "none", false],
      ["pro", 60, 100, 10, 10, 10, 4, "standard", false],
      ["enterprise", null, null, null, null, null, 1, "priority", true],
    ]);
    expect(rows.map((p) => p.campaignPlatforms)).toEqual([
      [],
      ["google_ads"],
      ["google_ads", "meta_ads"],
      ["google_ads", "meta_ads", "linkedin_ads", "tiktok_ads"],
    ]);
  });
});

import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { at, id, timestamps } from "./columns";

export const backupDestinationKind = pgEnum("backup_destination_kind", [
  "s3",
  "r2",
  "server",
  "local",
]);
export const backupTarget = pgEnum("backup_target", [
  "static_sites",
  "web_app_code",
  "web_app_database",
  "platform_database",
]);
export const backupRunStatus = pgEnum("backup_run_status", ["running", "succeeded", "failed"]);

/** Agency-wide: backups cover every client's sites and the platform itself, so there is no org. */
export const backupDestinations = pgTable(
  "backup_destinations",
  {
    id: id(),
    name: text().notNull(),
    kind: backupDestinationKind().notNull(),
    bucket: text(),
    path: text(),
    region: text(),
    /** S3-compatible API URL (R2, MinIO) or, for `server`, the SFTP host. */
    endpoint: text(),
    /** Envelope of the kind's credentials (access key pair or SSH login) as JSON. */
    credentialsEncrypted: text(),
    credentialsHint: text(),
    retentionDays: integer().notNull(),
    isPrimary: boolean().notNull().default(false),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("backup_destinations_name_unique").on(t.name),
    uniqueIndex("backup_destinations_primary_unique")
      .on(t.isPrimary)
      .where(sql`${t.isPrimary}`),
    check("backup_destinations_retention_positive", sql`${t.retentionDays} > 0`),
    check(
      "backup_destinations_location_required",
      sql`case ${t.kind}
        when 's3' then ${t.bucket} is not null and ${t.credentialsEncrypted} is not null
        when 'r2' then ${t.bucket} is not null and ${t.endpoint} is not null and ${t.credentialsEncrypted} is not null
        when 'server' then ${t.path} is not null and ${t.endpoint} is not null and ${t.credentialsEncrypted} is not null
        else ${t.path} is not null end`,
    ),
    check(
      "backup_destinations_credentials_hint_pair",
      sql`(${t.credentialsEncrypted} is null) = (${t.credentialsHint} is null)`,
    ),
  ],
);

export const backupSchedules = pgTable(
  "backup_schedules",
  {
    id: id(),
    name: text().notNull(),
    target: backupTarget().notNull(),
    cron: text().notNull(),
    /** The zone `cron` is read in, e.g. "America/Sao_Paulo". */
    timezone: text().notNull().default("UTC"),
    /** Keep the last N copies, or copies younger than N days: exactly one is set. */
    retentionCount: integer(),
    retentionDays: integer(),
    /** Restrict: a destination still used by a schedule cannot be removed. */
    destinationId: uuid()
      .notNull()
      .references(() => backupDestinations.id, { onDelete: "restrict" }),
    isActive: boolean().notNull().default(true),
    lastRunAt: at(),
    nextRunAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("backup_schedules_name_unique").on(t.name),
    index("backup_schedules_destination_id_idx").on(t.destinationId),
    index("backup_schedules_next_run_at_idx")
      .on(t.nextRunAt)
      .where(sql`${t.isActive}`),
    check(
      "backup_schedules_one_retention",
      sql`num_nonnulls(${t.retentionCount}, ${t.retentionDays}) = 1
        and coalesce(${t.retentionCount}, 1) > 0 and coalesce(${t.retentionDays}, 1) > 0`,
    ),
  ],
);

/** Schedule and destination are set null on deletion so the run history stays readable. */
export const backupRuns = pgTable(
  "backup_runs",
  {
    id: id(),
    scheduleId: uuid().references(() => backupSchedules.id, { onDelete: "set null" }),
    destinationId: uuid().references(() => backupDestinations.id, { onDelete: "set null" }),
    target: backupTarget().notNull(),
    status: backupRunStatus().notNull().default("running"),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: at(),
    sizeBytes: bigint({ mode: "number" }),
    storageKey: text(),
    /** SHA-256 hex of the archive, verified on restore. */
    checksum: text(),
    error: text(),
    /** Schedule id + slot time (or "manual:<uuid>"), so a retried trigger never runs twice. */
    idempotencyKey: text().notNull(),
    /** Set when retention deleted the archive; the row stays as history. */
    prunedAt: at(),
  },
  (t) => [
    uniqueIndex("backup_runs_idempotency_key_unique").on(t.idempotencyKey),
    index("backup_runs_schedule_started_idx").on(t.scheduleId, t.startedAt),
    index("backup_runs_destination_id_idx").on(t.destinationId),
    index("backup_runs_started_at_idx").on(t.startedAt),
    index("backup_runs_running_idx")
      .on(t.startedAt)
      .where(sql`${t.status} = 'running'`),
    check("backup_runs_size_non_negative", sql`${t.sizeBytes} is null or ${t.sizeBytes} >= 0`),
    check(
      "backup_runs_checksum_format",
      sql`${t.checksum} is null or ${t.checksum} ~ '^[0-9a-f]{64}$'`,
    ),
    check(
      "backup_runs_finished_when_done",
      sql`(${t.status} = 'running') = (${t.finishedAt} is null)`,
    ),
    check(
      "backup_runs_succeeded_has_archive",
      sql`${t.status} <> 'succeeded' or (${t.storageKey} is not null and ${t.sizeBytes} is not null)`,
    ),
    check(
      "backup_runs_time_order",
      sql`${t.finishedAt} is null or ${t.finishedAt} >= ${t.startedAt}`,
    ),
  ],
);

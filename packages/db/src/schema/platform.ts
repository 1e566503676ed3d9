import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { at, createdAt, id, timestamps, updatedAt } from "./columns";
import { productType } from "./hosting";
import { organizations } from "./organizations";
import { orgId } from "./tenant";

export const deployServerKind = pgEnum("deploy_server_kind", [
  "ssh_key",
  "ssh_password",
  "sftp",
  "api",
  "cloudflare_pages",
]);
export const deployServerHealth = pgEnum("deploy_server_health", ["healthy", "unhealthy"]);
export const emailProvider = pgEnum("email_provider", ["resend", "outbox"]);
export const emailStatus = pgEnum("email_status", ["queued", "sent", "failed", "stored"]);

/** Agency-wide deploy targets for client sites. */
export const deployServers = pgTable(
  "deploy_servers",
  {
    id: id(),
    name: text().notNull(),
    kind: deployServerKind().notNull(),
    /** Hostname or IP; for `api`, the control panel's URL. */
    host: text(),
    port: integer(),
    username: text(),
    passwordEncrypted: text(),
    passwordHint: text(),
    sshKeyEncrypted: text(),
    sshKeyHint: text(),
    /** Token for `api` panels (cPanel, Plesk) and Cloudflare. */
    apiTokenEncrypted: text(),
    apiTokenHint: text(),
    /** Cloudflare account for `cloudflare_pages`. */
    accountId: text(),
    deployPath: text(),
    backupPath: text(),
    productTypes: productType()
      .array()
      .notNull()
      .default(sql`'{}'`),
    isDefault: boolean().notNull().default(false),
    isActive: boolean().notNull().default(true),
    diskTotalBytes: bigint({ mode: "number" }),
    diskUsedBytes: bigint({ mode: "number" }),
    lastHealthCheckAt: at(),
    lastHealthStatus: deployServerHealth(),
    lastHealthError: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("deploy_servers_name_unique").on(t.name),
    uniqueIndex("deploy_servers_default_unique")
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
    check("deploy_servers_port_range", sql`${t.port} is null or ${t.port} between 1 and 65535`),
    check(
      "deploy_servers_credentials_required",
      sql`case ${t.kind}
        when 'ssh_key' then ${t.host} is not null and ${t.username} is not null and ${t.sshKeyEncrypted} is not null
        when 'cloudflare_pages' then ${t.accountId} is not null and ${t.apiTokenEncrypted} is not null
        when 'api' then ${t.host} is not null and ${t.apiTokenEncrypted} is not null
        else ${t.host} is not null and ${t.username} is not null and ${t.passwordEncrypted} is not null end`,
    ),
    check(
      "deploy_servers_hint_pairs",
      sql`(${t.passwordEncrypted} is null) = (${t.passwordHint} is null)
        and (${t.sshKeyEncrypted} is null) = (${t.sshKeyHint} is null)
        and (${t.apiTokenEncrypted} is null) = (${t.apiTokenHint} is null)`,
    ),
    check(
      "deploy_servers_disk_usage",
      sql`coalesce(${t.diskTotalBytes}, 0) >= 0 and coalesce(${t.diskUsedBytes}, 0) >= 0
        and (${t.diskUsedBytes} is null or ${t.diskTotalBytes} is null or ${t.diskUsedBytes} <= ${t.diskTotalBytes})`,
    ),
  ],
);

/** Agency-wide settings edited in /admin; each key's value shape is validated by its service. */
export const systemConfig = pgTable(
  "system_config",
  {
    key: text().primaryKey(),
    value: jsonb().notNull(),
    description: text(),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [index("system_config_updated_by_id_idx").on(t.updatedById)],
);

/**
 * Every email the platform sends. With Resend it is the send log; without it the message is
 * only stored here (`stored`) for admins to read in the dev outbox.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    /** Null for emails outside any organization (sign-in links, free-user reports). */
    orgId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    to: text().notNull(),
    from: text().notNull(),
    subject: text().notNull(),
    template: text().notNull(),
    html: text().notNull(),
    text: text(),
    /** Also sent to Resend as its idempotency key. */
    idempotencyKey: text().notNull(),
    provider: emailProvider().notNull(),
    providerMessageId: text(),
    status: emailStatus().notNull().default("queued"),
    error: text(),
    createdAt: createdAt(),
    sentAt: at(),
  },
  (t) => [
    uniqueIndex("email_outbox_idempotency_key_unique").on(t.idempotencyKey),
    index("email_outbox_created_at_idx").on(t.createdAt),
    index("email_outbox_org_id_idx").on(t.orgId),
    index("email_outbox_provider_message_id_idx").on(t.providerMessageId),
    check("email_outbox_sent_at", sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    check(
      "email_outbox_stored_only_in_outbox",
      sql`${t.status} <> 'stored' or ${t.provider} = 'outbox'`,
    ),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    orgId: orgId(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** e.g. "quota.tickets.warning", "incident.opened". */
    kind: text().notNull(),
    title: text().notNull(),
    body: text(),
    link: text(),
    readAt: at(),
    /** Same key for the same user = the same notification, so repeated triggers create it once. */
    dedupeKey: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_user_dedupe_unique").on(t.userId, t.dedupeKey),
    index("notifications_user_read_created_idx").on(t.userId, t.readAt, t.createdAt),
    index("notifications_org_id_idx").on(t.orgId),
    // In-app paths only, so a notification can never link off-site.
    check(
      "notifications_link_internal",
      sql`${t.link} is null or (left(${t.link}, 1) = '/' and left(${t.link}, 2) <> '//')`,
    ),
  ],
);

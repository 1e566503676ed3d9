import { sql } from "drizzle-orm";
import {
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
import { at, createdAt, id, timestamps } from "./columns";
import { orgId } from "./tenant";

export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", [
  "pending",
  "succeeded",
  "failed",
]);

/** The key is shown once at creation; only its SHA-256 is kept, looked up by hash on each request. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    orgId: orgId(),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull(),
    scopes: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    lastUsedAt: at(),
    expiresAt: at(),
    revokedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("api_keys_key_hash_unique").on(t.keyHash),
    index("api_keys_org_created_idx").on(t.orgId, t.createdAt),
    index("api_keys_created_by_id_idx").on(t.createdById),
    check("api_keys_key_hash_format", sql`${t.keyHash} ~ '^[0-9a-f]{64}$'`),
    check("api_keys_name_not_empty", sql`length(btrim(${t.name})) > 0`),
    check("api_keys_expiry_order", sql`${t.expiresAt} is null or ${t.expiresAt} > ${t.createdAt}`),
  ],
);

export const webhooks = pgTable(
  "webhooks",
  {
    id: id(),
    orgId: orgId(),
    name: text().notNull(),
    url: text().notNull(),
    /** HMAC signing secret, needed in clear to sign each delivery, hence encrypted not hashed. */
    secretEncrypted: text().notNull(),
    secretHint: text().notNull(),
    events: text().array().notNull(),
    isActive: boolean().notNull().default(true),
    /** Consecutive failures; the endpoint is disabled (`disabledAt`) past a threshold, reset on success. */
    failureCount: integer().notNull().default(0),
    disabledAt: at(),
    lastSuccessAt: at(),
    lastFailureAt: at(),
    ...timestamps(),
  },
  (t) => [
    index("webhooks_org_id_idx").on(t.orgId),
    check("webhooks_events_not_empty", sql`cardinality(${t.events}) > 0`),
    check("webhooks_failure_count_non_negative", sql`${t.failureCount} >= 0`),
    check("webhooks_url_http", sql`${t.url} ~ '^https?://'`),
  ],
);

/** One row per (webhook, event); retries update it, so `attempt` counts tries. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    orgId: orgId(),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    event: text().notNull(),
    eventId: text().notNull(),
    payload: jsonb().notNull(),
    status: webhookDeliveryStatus().notNull().default("pending"),
    attempt: integer().notNull().default(1),
    responseStatus: integer(),
    /** Enough of the response to debug a failure without storing arbitrary bodies. */
    responseBodyExcerpt: text(),
    durationMs: integer(),
    error: text(),
    nextAttemptAt: at(),
    createdAt: createdAt(),
    deliveredAt: at(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_webhook_event_unique").on(t.webhookId, t.eventId),
    index("webhook_deliveries_webhook_created_idx").on(t.webhookId, t.createdAt),
    index("webhook_deliveries_org_created_idx").on(t.orgId, t.createdAt),
    index("webhook_deliveries_status_next_attempt_idx").on(t.status, t.nextAttemptAt),
    check("webhook_deliveries_attempt_positive", sql`${t.attempt} >= 1`),
    check(
      "webhook_deliveries_response_status_range",
      sql`${t.responseStatus} is null or ${t.responseStatus} between 100 and 599`,
    ),
    check(
      "webhook_deliveries_response_excerpt_length",
      sql`${t.responseBodyExcerpt} is null or length(${t.responseBodyExcerpt}) <= 4096`,
    ),
    check(
      "webhook_deliveries_duration_non_negative",
      sql`${t.durationMs} is null or ${t.durationMs} >= 0`,
    ),
    check(
      "webhook_deliveries_delivered_when_succeeded",
      sql`(${t.status} = 'succeeded') = (${t.deliveredAt} is not null)`,
    ),
  ],
);

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
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { at, createdAt, id, timestamps } from "./columns";
import { organizations } from "./organizations";
import { orgId } from "./tenant";

export const aiProviderKind = pgEnum("ai_provider_kind", [
  "openai",
  "anthropic",
  "google",
  "openrouter",
  "openai_compatible",
]);
/** What a model is asked to do; routing picks a provider and model per task. */
export const aiTask = pgEnum("ai_task", [
  "insights",
  "content",
  "code",
  "requirements",
  "fix",
  "review",
  "chat",
]);
export const aiJobStatus = pgEnum("ai_job_status", [
  "queued",
  "running",
  "succeeded",
  "failed",
  "cancelled",
]);
export const aiProviderTestStatus = pgEnum("ai_provider_test_status", ["succeeded", "failed"]);
export const generationKind = pgEnum("generation_kind", ["text", "image", "audio", "video"]);
export const aiMessageRole = pgEnum("ai_message_role", ["system", "user", "assistant", "tool"]);

export const aiProviders = pgTable(
  "ai_providers",
  {
    id: id(),
    /** Null = a system provider configured by the agency, used when the org has none (BYOC first). */
    orgId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    kind: aiProviderKind().notNull(),
    name: text().notNull(),
    baseUrl: text(),
    /** Optional only for self-hosted OpenAI-compatible servers that take no key. */
    apiKeyEncrypted: text(),
    apiKeyHint: text(),
    models: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    isActive: boolean().notNull().default(true),
    /** Lower is tried first among providers that can serve the same task. */
    priority: integer().notNull().default(0),
    lastTestedAt: at(),
    lastTestStatus: aiProviderTestStatus(),
    lastTestError: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("ai_providers_org_kind_name_unique")
      .on(t.orgId, t.kind, t.name)
      .where(sql`${t.orgId} is not null`),
    uniqueIndex("ai_providers_system_kind_name_unique")
      .on(t.kind, t.name)
      .where(sql`${t.orgId} is null`),
    check("ai_providers_priority_non_negative", sql`${t.priority} >= 0`),
    check(
      "ai_providers_api_key_required",
      sql`${t.apiKeyEncrypted} is not null or ${t.kind} = 'openai_compatible'`,
    ),
    check(
      "ai_providers_base_url_required",
      sql`${t.baseUrl} is not null or ${t.kind} <> 'openai_compatible'`,
    ),
    check(
      "ai_providers_api_key_hint_pair",
      sql`(${t.apiKeyEncrypted} is null) = (${t.apiKeyHint} is null)`,
    ),
  ],
);

/**
 * Which provider and model serve a task. Org rows override the system default (org null) for
 * that org; the service only lets a row point at providers of the same org or the system.
 */
export const aiTaskRouting = pgTable(
  "ai_task_routing",
  {
    id: id(),
    orgId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    task: aiTask().notNull(),
    /** Restrict: deleting a provider in use must fail loudly rather than leave a task unrouted. */
    primaryProviderId: uuid()
      .notNull()
      .references(() => aiProviders.id, { onDelete: "restrict" }),
    primaryModel: text().notNull(),
    fallbackProviderId: uuid().references(() => aiProviders.id, { onDelete: "set null" }),
    fallbackModel: text(),
    maxOutputTokens: integer(),
    temperatureHundredths: integer(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("ai_task_routing_org_task_unique")
      .on(t.orgId, t.task)
      .where(sql`${t.orgId} is not null`),
    uniqueIndex("ai_task_routing_system_task_unique")
      .on(t.task)
      .where(sql`${t.orgId} is null`),
    index("ai_task_routing_primary_provider_id_idx").on(t.primaryProviderId),
    index("ai_task_routing_fallback_provider_id_idx").on(t.fallbackProviderId),
    check(
      "ai_task_routing_fallback_model_required",
      sql`${t.fallbackProviderId} is null or ${t.fallbackModel} is not null`,
    ),
    check(
      "ai_task_routing_max_output_tokens_positive",
      sql`${t.maxOutputTokens} is null or ${t.maxOutputTokens} > 0`,
    ),
    check(
      "ai_task_routing_temperature_range",
      sql`${t.temperatureHundredths} is null or ${t.temperatureHundredths} between 0 and 200`,
    ),
  ],
);

export const aiJobs = pgTable(
  "ai_jobs",
  {
    id: id(),
    orgId: orgId(),
    requestedById: uuid().references(() => users.id, { onDelete: "set null" }),
    task: aiTask().notNull(),
    /** Set when routing resolves; kept null-able so job history survives a provider's removal. */
    providerId: uuid().references(() => aiProviders.id, { onDelete: "set null" }),
    model: text(),
    status: aiJobStatus().notNull().default("queued"),
    input: jsonb().notNull(),
    output: jsonb(),
    error: text(),
    tokensIn: bigint({ mode: "number" }).notNull().default(0),
    tokensOut: bigint({ mode: "number" }).notNull().default(0),
    creditsCharged: integer().notNull().default(0),
    costMicroUsd: bigint({ mode: "number" }).notNull().default(0),
    idempotencyKey: text().notNull(),
    queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: at(),
    finishedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("ai_jobs_org_idempotency_unique").on(t.orgId, t.idempotencyKey),
    index("ai_jobs_org_created_idx").on(t.orgId, t.createdAt),
    index("ai_jobs_requested_by_id_idx").on(t.requestedById),
    index("ai_jobs_provider_id_idx").on(t.providerId),
    index("ai_jobs_pending_idx")
      .on(t.status, t.queuedAt)
      .where(sql`${t.status} in ('queued', 'running')`),
    check(
      "ai_jobs_usage_non_negative",
      sql`${t.tokensIn} >= 0 and ${t.tokensOut} >= 0 and ${t.creditsCharged} >= 0 and ${t.costMicroUsd} >= 0`,
    ),
    check(
      "ai_jobs_finished_when_terminal",
      sql`(${t.status} in ('queued', 'running')) = (${t.finishedAt} is null)`,
    ),
    check(
      "ai_jobs_time_order",
      sql`(${t.startedAt} is null or ${t.startedAt} >= ${t.queuedAt})
        and (${t.finishedAt} is null or ${t.finishedAt} >= coalesce(${t.startedAt}, ${t.queuedAt}))`,
    ),
  ],
);

export const generations = pgTable(
  "generations",
  {
    id: id(),
    orgId: orgId(),
    jobId: uuid().references(() => aiJobs.id, { onDelete: "set null" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: generationKind().notNull(),
    prompt: text(),
    outputText: text(),
    /**
     * The stored file (storage_items.id) for image, audio and video output. No foreign key so the
     * AI schema does not depend on storage; readers must tolerate a file deleted since.
     */
    storageItemId: uuid(),
    model: text().notNull(),
    tokensUsed: bigint({ mode: "number" }).notNull().default(0),
    creditsUsed: integer().notNull().default(0),
    createdAt: createdAt(),
    deletedAt: at(),
  },
  (t) => [
    index("generations_org_created_idx").on(t.orgId, t.createdAt),
    index("generations_job_id_idx").on(t.jobId),
    index("generations_created_by_id_idx").on(t.createdById),
    check("generations_usage_non_negative", sql`${t.tokensUsed} >= 0 and ${t.creditsUsed} >= 0`),
    check(
      "generations_has_output",
      sql`case when ${t.kind} = 'text' then ${t.outputText} is not null
        else ${t.storageItemId} is not null end`,
    ),
  ],
);

export const agents = pgTable(
  "agents",
  {
    id: id(),
    orgId: orgId(),
    name: text().notNull(),
    description: text(),
    systemPrompt: text().notNull(),
    task: aiTask().notNull().default("chat"),
    /** Null = the model the task's routing picks. */
    model: text(),
    temperatureHundredths: integer(),
    isActive: boolean().notNull().default(true),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("agents_org_name_unique").on(t.orgId, t.name),
    index("agents_created_by_id_idx").on(t.createdById),
    check("agents_name_not_empty", sql`length(btrim(${t.name})) > 0`),
    check(
      "agents_temperature_range",
      sql`${t.temperatureHundredths} is null or ${t.temperatureHundredths} between 0 and 200`,
    ),
  ],
);

export const conversations = pgTable(
  "conversations",
  {
    id: id(),
    orgId: orgId(),
    agentId: uuid()
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    title: text(),
    lastMessageAt: at(),
    ...timestamps(),
  },
  (t) => [
    index("conversations_org_created_idx").on(t.orgId, t.createdAt),
    index("conversations_agent_last_message_idx").on(t.agentId, t.lastMessageAt),
    index("conversations_user_last_message_idx").on(t.userId, t.lastMessageAt),
  ],
);

/** Chat messages with an agent (ticket messages live in support). */
export const aiMessages = pgTable(
  "ai_messages",
  {
    id: id(),
    orgId: orgId(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    role: aiMessageRole().notNull(),
    content: text().notNull(),
    tokensIn: bigint({ mode: "number" }).notNull().default(0),
    tokensOut: bigint({ mode: "number" }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("ai_messages_conversation_created_idx").on(t.conversationId, t.createdAt),
    index("ai_messages_org_created_idx").on(t.orgId, t.createdAt),
    check("ai_messages_tokens_non_negative", sql`${t.tokensIn} >= 0 and ${t.tokensOut} >= 0`),
  ],
);

CREATE TYPE "public"."staff_role" AS ENUM('admin', 'support');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'admin', 'member', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."ai_insights_level" AS ENUM('none', 'standard', 'priority');--> statement-breakpoint
CREATE TYPE "public"."billing_interval" AS ENUM('month', 'year');--> statement-breakpoint
CREATE TYPE "public"."campaign_platform" AS ENUM('google_ads', 'meta_ads', 'linkedin_ads', 'tiktok_ads');--> statement-breakpoint
CREATE TYPE "public"."credit_entry_type" AS ENUM('purchase', 'grant', 'usage', 'refund', 'adjustment', 'expiry');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('trialing', 'active', 'past_due', 'canceled', 'incomplete', 'paused');--> statement-breakpoint
CREATE TYPE "public"."tier" AS ENUM('free', 'basic', 'pro', 'enterprise');--> statement-breakpoint
CREATE TYPE "public"."analysis_status" AS ENUM('queued', 'fetching', 'analyzing', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."nurture_status" AS ENUM('active', 'cancelled', 'completed');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('discovery', 'development', 'testing', 'staging', 'live', 'maintenance');--> statement-breakpoint
CREATE TYPE "public"."dns_record_type" AS ENUM('A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'CAA');--> statement-breakpoint
CREATE TYPE "public"."domain_expiry_kind" AS ENUM('renewal', 'certificate');--> statement-breakpoint
CREATE TYPE "public"."domain_status" AS ENUM('active', 'expired', 'pending', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."ssl_status" AS ENUM('active', 'expired', 'pending', 'none', 'invalid');--> statement-breakpoint
CREATE TYPE "public"."infrastructure_backup_status" AS ENUM('ok', 'pending', 'failed');--> statement-breakpoint
CREATE TYPE "public"."infrastructure_hosting_status" AS ENUM('online', 'offline', 'maintenance');--> statement-breakpoint
CREATE TYPE "public"."storage_item_status" AS ENUM('pending', 'ready');--> statement-breakpoint
CREATE TYPE "public"."ticket_priority" AS ENUM('low', 'medium', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."ticket_status" AS ENUM('open', 'in_progress', 'waiting_client', 'resolved', 'closed');--> statement-breakpoint
CREATE TYPE "public"."incident_severity" AS ENUM('low', 'medium', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."incident_status" AS ENUM('investigating', 'identified', 'monitoring', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."monitor_method" AS ENUM('GET', 'HEAD');--> statement-breakpoint
CREATE TYPE "public"."monitor_status" AS ENUM('up', 'down', 'degraded', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."performance_grade" AS ENUM('A+', 'A', 'B', 'C', 'D', 'F');--> statement-breakpoint
CREATE TYPE "public"."performance_source" AS ENUM('lab', 'field');--> statement-breakpoint
CREATE TYPE "public"."uptime_check_status" AS ENUM('up', 'down', 'degraded');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('active', 'paused', 'ended', 'draft');--> statement-breakpoint
CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."ai_job_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."ai_message_role" AS ENUM('system', 'user', 'assistant', 'tool');--> statement-breakpoint
CREATE TYPE "public"."ai_provider_kind" AS ENUM('openai', 'anthropic', 'google', 'openrouter', 'openai_compatible');--> statement-breakpoint
CREATE TYPE "public"."ai_provider_test_status" AS ENUM('succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."ai_task" AS ENUM('insights', 'content', 'code', 'requirements', 'fix', 'review', 'chat');--> statement-breakpoint
CREATE TYPE "public"."generation_kind" AS ENUM('text', 'image', 'audio', 'video');--> statement-breakpoint
CREATE TYPE "public"."impersonation_end_reason" AS ENUM('stopped', 'expired', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."backup_frequency" AS ENUM('hourly', 'daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."hosting_subscription_status" AS ENUM('active', 'canceled', 'past_due');--> statement-breakpoint
CREATE TYPE "public"."hosting_support_level" AS ENUM('email', 'priority', '24_7');--> statement-breakpoint
CREATE TYPE "public"."product_type" AS ENUM('static_site', 'web_app');--> statement-breakpoint
CREATE TYPE "public"."backup_destination_kind" AS ENUM('s3', 'r2', 'server', 'local');--> statement-breakpoint
CREATE TYPE "public"."backup_run_status" AS ENUM('running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."backup_target" AS ENUM('static_sites', 'web_app_code', 'web_app_database', 'platform_database');--> statement-breakpoint
CREATE TYPE "public"."deploy_server_health" AS ENUM('healthy', 'unhealthy');--> statement-breakpoint
CREATE TYPE "public"."deploy_server_kind" AS ENUM('ssh_key', 'ssh_password', 'sftp', 'api', 'cloudflare_pages');--> statement-breakpoint
CREATE TYPE "public"."email_provider" AS ENUM('resend', 'outbox');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('queued', 'sent', 'failed', 'stored');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"password_hash" text,
	"staff_role" "staff_role",
	"active_org_id" uuid,
	"disabled_at" timestamp (3) with time zone,
	"last_sign_in_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp (3) with time zone,
	"accepted_by_id" uuid,
	"declined_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_role_not_owner" CHECK ("invitations"."role" <> 'owner')
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_quotas" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"tickets_used" integer DEFAULT 0 NOT NULL,
	"ticket_period_start" timestamp with time zone DEFAULT now() NOT NULL,
	"ticket_period_end" timestamp with time zone NOT NULL,
	"storage_used_bytes" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_quotas_tickets_used_non_negative" CHECK ("org_quotas"."tickets_used" >= 0),
	CONSTRAINT "org_quotas_storage_used_non_negative" CHECK ("org_quotas"."storage_used_bytes" >= 0),
	CONSTRAINT "org_quotas_period_order" CHECK ("org_quotas"."ticket_period_end" > "org_quotas"."ticket_period_start")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"logo_url" text,
	"plan_id" uuid NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"stripe_customer_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_format" CHECK ("organizations"."slug" ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$')
);
--> statement-breakpoint
CREATE TABLE "credit_accounts" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	"lifetime_granted" bigint DEFAULT 0 NOT NULL,
	"lifetime_used" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_accounts_balance_non_negative" CHECK ("credit_accounts"."balance" >= 0),
	CONSTRAINT "credit_accounts_lifetime_non_negative" CHECK ("credit_accounts"."lifetime_granted" >= 0 and "credit_accounts"."lifetime_used" >= 0)
);
--> statement-breakpoint
CREATE TABLE "credit_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" "credit_entry_type" NOT NULL,
	"amount" bigint NOT NULL,
	"balance_after" bigint NOT NULL,
	"idempotency_key" text NOT NULL,
	"reference_type" text,
	"reference_id" text,
	"description" text,
	"actor_user_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_ledger_amount_non_zero" CHECK ("credit_ledger"."amount" <> 0),
	CONSTRAINT "credit_ledger_balance_after_non_negative" CHECK ("credit_ledger"."balance_after" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tier" "tier" NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"currency" text DEFAULT 'BRL' NOT NULL,
	"price_monthly_cents" integer DEFAULT 0 NOT NULL,
	"price_yearly_cents" integer DEFAULT 0 NOT NULL,
	"tickets_per_month" integer,
	"storage_bytes" bigint,
	"max_projects" integer,
	"max_domains" integer,
	"max_members" integer,
	"response_sla_hours" integer,
	"monthly_credits" integer DEFAULT 0 NOT NULL,
	"ai_insights" "ai_insights_level" DEFAULT 'none' NOT NULL,
	"campaign_platforms" "campaign_platform"[] DEFAULT '{}' NOT NULL,
	"white_label" boolean DEFAULT false NOT NULL,
	"stripe_monthly_price_id" text,
	"stripe_yearly_price_id" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_limits_non_negative" CHECK ("plans"."price_monthly_cents" >= 0 and "plans"."price_yearly_cents" >= 0 and "plans"."monthly_credits" >= 0
        and coalesce("plans"."tickets_per_month", 0) >= 0 and coalesce("plans"."storage_bytes", 0) >= 0
        and coalesce("plans"."max_projects", 0) >= 0 and coalesce("plans"."max_domains", 0) >= 0
        and coalesce("plans"."max_members", 1) >= 1 and coalesce("plans"."response_sla_hours", 1) >= 1)
);
--> statement-breakpoint
CREATE TABLE "pricing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operation" text NOT NULL,
	"unit" text NOT NULL,
	"credits_per_unit" integer NOT NULL,
	"cost_micro_usd_per_unit" bigint DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pricing_non_negative" CHECK ("pricing"."credits_per_unit" >= 0 and "pricing"."cost_micro_usd_per_unit" >= 0)
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" "subscription_status" NOT NULL,
	"interval" "billing_interval" DEFAULT 'month' NOT NULL,
	"stripe_subscription_id" text,
	"current_period_start" timestamp with time zone NOT NULL,
	"current_period_end" timestamp with time zone NOT NULL,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"canceled_at" timestamp (3) with time zone,
	"trial_ends_at" timestamp (3) with time zone,
	"last_stripe_event_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_period_order" CHECK ("subscriptions"."current_period_end" > "subscriptions"."current_period_start")
);
--> statement-breakpoint
CREATE TABLE "usage_daily" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"day" date NOT NULL,
	"api_requests" integer DEFAULT 0 NOT NULL,
	"api_errors" integer DEFAULT 0 NOT NULL,
	"analyses_run" integer DEFAULT 0 NOT NULL,
	"ai_tokens_in" bigint DEFAULT 0 NOT NULL,
	"ai_tokens_out" bigint DEFAULT 0 NOT NULL,
	"credits_used" bigint DEFAULT 0 NOT NULL,
	"emails_sent" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_daily_non_negative" CHECK ("usage_daily"."api_requests" >= 0 and "usage_daily"."api_errors" >= 0 and "usage_daily"."analyses_run" >= 0
        and "usage_daily"."ai_tokens_in" >= 0 and "usage_daily"."ai_tokens_out" >= 0 and "usage_daily"."credits_used" >= 0 and "usage_daily"."emails_sent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"consent" boolean DEFAULT false NOT NULL,
	"consent_at" timestamp (3) with time zone,
	"source" text,
	"source_analysis_id" uuid,
	"converted_user_id" uuid,
	"nurture_status" "nurture_status" DEFAULT 'active' NOT NULL,
	"nurture_step" integer DEFAULT 0 NOT NULL,
	"next_nurture_at" timestamp (3) with time zone,
	"unsubscribed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leads_consent_dated" CHECK (not "leads"."consent" or "leads"."consent_at" is not null),
	CONSTRAINT "leads_nurture_step_non_negative" CHECK ("leads"."nurture_step" >= 0)
);
--> statement-breakpoint
CREATE TABLE "url_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"org_id" uuid,
	"url" text NOT NULL,
	"normalized_url" text NOT NULL,
	"status" "analysis_status" DEFAULT 'queued' NOT NULL,
	"error_code" text,
	"score" integer,
	"performance_score" integer,
	"accessibility_score" integer,
	"best_practices_score" integer,
	"seo_score" integer,
	"security_score" integer,
	"report" jsonb,
	"ip_hash" text,
	"share_token" text,
	"duration_ms" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "url_analyses_scores_range" CHECK (coalesce("url_analyses"."score", 0) between 0 and 100
        and coalesce("url_analyses"."performance_score", 0) between 0 and 100
        and coalesce("url_analyses"."accessibility_score", 0) between 0 and 100
        and coalesce("url_analyses"."best_practices_score", 0) between 0 and 100
        and coalesce("url_analyses"."seo_score", 0) between 0 and 100
        and coalesce("url_analyses"."security_score", 0) between 0 and 100),
	CONSTRAINT "url_analyses_duration_non_negative" CHECK (coalesce("url_analyses"."duration_ms", 0) >= 0),
	CONSTRAINT "url_analyses_finished_after_created" CHECK ("url_analyses"."finished_at" is null or "url_analyses"."finished_at" >= "url_analyses"."created_at")
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"url" text,
	"storage_item_id" uuid,
	"delivered_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"due_date" date,
	"completed_at" timestamp (3) with time zone,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"status" "project_status" DEFAULT 'discovery' NOT NULL,
	"completion_percent" integer DEFAULT 0 NOT NULL,
	"start_date" date,
	"estimated_delivery" date,
	"actual_delivery" date,
	"budget_total_cents" integer,
	"budget_used_cents" integer DEFAULT 0 NOT NULL,
	"project_manager_id" uuid,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_completion_percent_range" CHECK ("projects"."completion_percent" between 0 and 100),
	CONSTRAINT "projects_budget_non_negative" CHECK (coalesce("projects"."budget_total_cents", 0) >= 0 and "projects"."budget_used_cents" >= 0),
	CONSTRAINT "projects_dates_order" CHECK (("projects"."estimated_delivery" is null or "projects"."start_date" is null or "projects"."estimated_delivery" >= "projects"."start_date")
        and ("projects"."actual_delivery" is null or "projects"."start_date" is null or "projects"."actual_delivery" >= "projects"."start_date"))
);
--> statement-breakpoint
CREATE TABLE "dns_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"type" "dns_record_type" NOT NULL,
	"name" text NOT NULL,
	"value" text NOT NULL,
	"ttl" integer DEFAULT 3600 NOT NULL,
	"priority" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dns_records_ttl_positive" CHECK ("dns_records"."ttl" > 0),
	CONSTRAINT "dns_records_priority_mx_only" CHECK ("dns_records"."priority" is null or ("dns_records"."type" = 'MX' and "dns_records"."priority" between 0 and 65535))
);
--> statement-breakpoint
CREATE TABLE "domain_expiry_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"kind" "domain_expiry_kind" NOT NULL,
	"threshold_days" integer NOT NULL,
	"expires_on" date NOT NULL,
	"sent_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "domain_expiry_alerts_threshold_non_negative" CHECK ("domain_expiry_alerts"."threshold_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"name" text NOT NULL,
	"status" "domain_status" DEFAULT 'pending' NOT NULL,
	"nameservers" text[] DEFAULT '{}' NOT NULL,
	"registrar" text,
	"registered_on" date,
	"renews_on" date,
	"ssl_status" "ssl_status" DEFAULT 'none' NOT NULL,
	"ssl_issuer" text,
	"ssl_expires_at" timestamp (3) with time zone,
	"last_checked_at" timestamp (3) with time zone,
	"last_check_error" text,
	"auto_renew" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "domains_name_lowercase" CHECK ("domains"."name" = lower("domains"."name")),
	CONSTRAINT "domains_dates_order" CHECK ("domains"."renews_on" is null or "domains"."registered_on" is null or "domains"."renews_on" >= "domains"."registered_on")
);
--> statement-breakpoint
CREATE TABLE "infrastructure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"hosting_provider" text,
	"hosting_plan" text,
	"hosting_status" "infrastructure_hosting_status",
	"monthly_cost_cents" integer,
	"currency" text DEFAULT 'BRL' NOT NULL,
	"cdn_provider" text,
	"cdn_cache_hit_rate_bps" integer,
	"database_provider" text,
	"database_size_bytes" bigint,
	"backup_status" "infrastructure_backup_status",
	"last_backup_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "infrastructure_monthly_cost_non_negative" CHECK (coalesce("infrastructure"."monthly_cost_cents", 0) >= 0),
	CONSTRAINT "infrastructure_cdn_cache_hit_rate_range" CHECK (coalesce("infrastructure"."cdn_cache_hit_rate_bps", 0) between 0 and 10000),
	CONSTRAINT "infrastructure_database_size_non_negative" CHECK (coalesce("infrastructure"."database_size_bytes", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "network_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"day" date NOT NULL,
	"bandwidth_bytes" bigint DEFAULT 0 NOT NULL,
	"requests_total" bigint DEFAULT 0 NOT NULL,
	"requests2xx" bigint DEFAULT 0 NOT NULL,
	"requests4xx" bigint DEFAULT 0 NOT NULL,
	"requests5xx" bigint DEFAULT 0 NOT NULL,
	"geo_distribution" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"peak_at" timestamp (3) with time zone,
	"peak_requests_per_second" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_usage_non_negative" CHECK ("network_usage"."bandwidth_bytes" >= 0 and "network_usage"."requests2xx" >= 0 and "network_usage"."requests4xx" >= 0
        and "network_usage"."requests5xx" >= 0 and coalesce("network_usage"."peak_requests_per_second", 0) >= 0),
	CONSTRAINT "network_usage_classes_within_total" CHECK ("network_usage"."requests2xx" + "network_usage"."requests4xx" + "network_usage"."requests5xx" <= "network_usage"."requests_total")
);
--> statement-breakpoint
CREATE TABLE "storage_folders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"path" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "storage_folders_name_valid" CHECK ("storage_folders"."name" <> '' and position('/' in "storage_folders"."name") = 0),
	CONSTRAINT "storage_folders_path_absolute" CHECK ("storage_folders"."path" like '/%')
);
--> statement-breakpoint
CREATE TABLE "storage_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"folder_id" uuid,
	"name" text NOT NULL,
	"storage_key" text NOT NULL,
	"mime_type" text DEFAULT 'application/octet-stream' NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text,
	"uploaded_by_id" uuid,
	"status" "storage_item_status" DEFAULT 'pending' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "storage_items_size_positive" CHECK ("storage_items"."size_bytes" > 0),
	CONSTRAINT "storage_items_sha256_format" CHECK ("storage_items"."sha256" is null or "storage_items"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "support_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"number" integer NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"priority" "ticket_priority" DEFAULT 'medium' NOT NULL,
	"status" "ticket_status" DEFAULT 'open' NOT NULL,
	"created_by_id" uuid,
	"assigned_to_id" uuid,
	"response_sla_hours" integer,
	"first_response_due_at" timestamp (3) with time zone,
	"first_response_at" timestamp (3) with time zone,
	"sla_breached_at" timestamp (3) with time zone,
	"resolved_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_tickets_number_positive" CHECK ("support_tickets"."number" > 0),
	CONSTRAINT "support_tickets_sla_positive" CHECK (coalesce("support_tickets"."response_sla_hours", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "ticket_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"storage_item_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"is_staff_reply" boolean DEFAULT false NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_messages_internal_is_staff" CHECK (not "ticket_messages"."internal" or "ticket_messages"."is_staff_reply")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"monitor_id" uuid,
	"project_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"severity" "incident_severity" DEFAULT 'medium' NOT NULL,
	"status" "incident_status" DEFAULT 'investigating' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp (3) with time zone,
	"root_cause" text,
	"resolution_notes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_resolved_after_started" CHECK ("incidents"."resolved_at" is null or "incidents"."resolved_at" >= "incidents"."started_at"),
	CONSTRAINT "incidents_resolved_status_matches" CHECK (("incidents"."status" = 'resolved') = ("incidents"."resolved_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "monitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"domain_id" uuid,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"method" "monitor_method" DEFAULT 'GET' NOT NULL,
	"interval_seconds" integer DEFAULT 300 NOT NULL,
	"timeout_ms" integer DEFAULT 10000 NOT NULL,
	"expected_status" integer DEFAULT 200 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"last_status" "monitor_status" DEFAULT 'unknown' NOT NULL,
	"last_checked_at" timestamp (3) with time zone,
	"next_check_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitors_interval_min" CHECK ("monitors"."interval_seconds" >= 30),
	CONSTRAINT "monitors_timeout_range" CHECK ("monitors"."timeout_ms" > 0 and "monitors"."timeout_ms" <= "monitors"."interval_seconds" * 1000),
	CONSTRAINT "monitors_expected_status_range" CHECK ("monitors"."expected_status" between 100 and 599),
	CONSTRAINT "monitors_consecutive_failures_non_negative" CHECK ("monitors"."consecutive_failures" >= 0)
);
--> statement-breakpoint
CREATE TABLE "performance_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"domain_id" uuid,
	"url" text NOT NULL,
	"source" "performance_source" DEFAULT 'lab' NOT NULL,
	"lcp_ms" integer,
	"inp_ms" integer,
	"cls_milli" integer,
	"ttfb_ms" integer,
	"fcp_ms" integer,
	"performance_score" integer,
	"accessibility_score" integer,
	"best_practices_score" integer,
	"seo_score" integer,
	"grade" "performance_grade",
	"measured_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_metrics_timings_non_negative" CHECK (coalesce("performance_metrics"."lcp_ms", 0) >= 0 and coalesce("performance_metrics"."inp_ms", 0) >= 0
        and coalesce("performance_metrics"."cls_milli", 0) >= 0 and coalesce("performance_metrics"."ttfb_ms", 0) >= 0
        and coalesce("performance_metrics"."fcp_ms", 0) >= 0),
	CONSTRAINT "performance_metrics_scores_range" CHECK (coalesce("performance_metrics"."performance_score", 0) between 0 and 100
        and coalesce("performance_metrics"."accessibility_score", 0) between 0 and 100
        and coalesce("performance_metrics"."best_practices_score", 0) between 0 and 100
        and coalesce("performance_metrics"."seo_score", 0) between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "uptime_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"monitor_id" uuid NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "uptime_check_status" NOT NULL,
	"http_status" integer,
	"response_time_ms" integer,
	"error" text,
	"region" text,
	CONSTRAINT "uptime_checks_response_time_non_negative" CHECK (coalesce("uptime_checks"."response_time_ms", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "campaign_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"day" date NOT NULL,
	"impressions" integer DEFAULT 0 NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"conversions" integer DEFAULT 0 NOT NULL,
	"cost_cents" integer DEFAULT 0 NOT NULL,
	"revenue_cents" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_metrics_non_negative" CHECK ("campaign_metrics"."impressions" >= 0 and "campaign_metrics"."clicks" >= 0 and "campaign_metrics"."conversions" >= 0
        and "campaign_metrics"."cost_cents" >= 0 and coalesce("campaign_metrics"."revenue_cents", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"name" text NOT NULL,
	"platform" "campaign_platform" NOT NULL,
	"external_id" text,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"budget_total_cents" integer,
	"budget_daily_cents" integer,
	"spent_cents" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'BRL' NOT NULL,
	"start_date" date,
	"end_date" date,
	"last_synced_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_amounts_non_negative" CHECK (coalesce("campaigns"."budget_total_cents", 0) >= 0 and coalesce("campaigns"."budget_daily_cents", 0) >= 0
        and "campaigns"."spent_cents" >= 0),
	CONSTRAINT "campaigns_dates_order" CHECK ("campaigns"."end_date" is null or "campaigns"."start_date" is null or "campaigns"."end_date" >= "campaigns"."start_date")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}' NOT NULL,
	"created_by_id" uuid,
	"last_used_at" timestamp (3) with time zone,
	"expires_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_key_hash_format" CHECK ("api_keys"."key_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "api_keys_name_not_empty" CHECK (length(btrim("api_keys"."name")) > 0),
	CONSTRAINT "api_keys_expiry_order" CHECK ("api_keys"."expires_at" is null or "api_keys"."expires_at" > "api_keys"."created_at")
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"webhook_id" uuid NOT NULL,
	"event" text NOT NULL,
	"event_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" "webhook_delivery_status" DEFAULT 'pending' NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"response_status" integer,
	"response_body_excerpt" text,
	"duration_ms" integer,
	"error" text,
	"next_attempt_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp (3) with time zone,
	CONSTRAINT "webhook_deliveries_attempt_positive" CHECK ("webhook_deliveries"."attempt" >= 1),
	CONSTRAINT "webhook_deliveries_response_status_range" CHECK ("webhook_deliveries"."response_status" is null or "webhook_deliveries"."response_status" between 100 and 599),
	CONSTRAINT "webhook_deliveries_response_excerpt_length" CHECK ("webhook_deliveries"."response_body_excerpt" is null or length("webhook_deliveries"."response_body_excerpt") <= 4096),
	CONSTRAINT "webhook_deliveries_duration_non_negative" CHECK ("webhook_deliveries"."duration_ms" is null or "webhook_deliveries"."duration_ms" >= 0),
	CONSTRAINT "webhook_deliveries_delivered_when_succeeded" CHECK (("webhook_deliveries"."status" = 'succeeded') = ("webhook_deliveries"."delivered_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "webhooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"secret_encrypted" text NOT NULL,
	"secret_hint" text NOT NULL,
	"events" text[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"failure_count" integer DEFAULT 0 NOT NULL,
	"disabled_at" timestamp (3) with time zone,
	"last_success_at" timestamp (3) with time zone,
	"last_failure_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhooks_events_not_empty" CHECK (cardinality("webhooks"."events") > 0),
	CONSTRAINT "webhooks_failure_count_non_negative" CHECK ("webhooks"."failure_count" >= 0),
	CONSTRAINT "webhooks_url_http" CHECK ("webhooks"."url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"system_prompt" text NOT NULL,
	"task" "ai_task" DEFAULT 'chat' NOT NULL,
	"model" text,
	"temperature_hundredths" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agents_name_not_empty" CHECK (length(btrim("agents"."name")) > 0),
	CONSTRAINT "agents_temperature_range" CHECK ("agents"."temperature_hundredths" is null or "agents"."temperature_hundredths" between 0 and 200)
);
--> statement-breakpoint
CREATE TABLE "ai_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"requested_by_id" uuid,
	"task" "ai_task" NOT NULL,
	"provider_id" uuid,
	"model" text,
	"status" "ai_job_status" DEFAULT 'queued' NOT NULL,
	"input" jsonb NOT NULL,
	"output" jsonb,
	"error" text,
	"tokens_in" bigint DEFAULT 0 NOT NULL,
	"tokens_out" bigint DEFAULT 0 NOT NULL,
	"credits_charged" integer DEFAULT 0 NOT NULL,
	"cost_micro_usd" bigint DEFAULT 0 NOT NULL,
	"idempotency_key" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_jobs_usage_non_negative" CHECK ("ai_jobs"."tokens_in" >= 0 and "ai_jobs"."tokens_out" >= 0 and "ai_jobs"."credits_charged" >= 0 and "ai_jobs"."cost_micro_usd" >= 0),
	CONSTRAINT "ai_jobs_finished_when_terminal" CHECK (("ai_jobs"."status" in ('queued', 'running')) = ("ai_jobs"."finished_at" is null)),
	CONSTRAINT "ai_jobs_time_order" CHECK (("ai_jobs"."started_at" is null or "ai_jobs"."started_at" >= "ai_jobs"."queued_at")
        and ("ai_jobs"."finished_at" is null or "ai_jobs"."finished_at" >= coalesce("ai_jobs"."started_at", "ai_jobs"."queued_at")))
);
--> statement-breakpoint
CREATE TABLE "ai_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"role" "ai_message_role" NOT NULL,
	"content" text NOT NULL,
	"tokens_in" bigint DEFAULT 0 NOT NULL,
	"tokens_out" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_messages_tokens_non_negative" CHECK ("ai_messages"."tokens_in" >= 0 and "ai_messages"."tokens_out" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ai_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"kind" "ai_provider_kind" NOT NULL,
	"name" text NOT NULL,
	"base_url" text,
	"api_key_encrypted" text,
	"api_key_hint" text,
	"models" text[] DEFAULT '{}' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"last_tested_at" timestamp (3) with time zone,
	"last_test_status" "ai_provider_test_status",
	"last_test_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_providers_priority_non_negative" CHECK ("ai_providers"."priority" >= 0),
	CONSTRAINT "ai_providers_api_key_required" CHECK ("ai_providers"."api_key_encrypted" is not null or "ai_providers"."kind" = 'openai_compatible'),
	CONSTRAINT "ai_providers_base_url_required" CHECK ("ai_providers"."base_url" is not null or "ai_providers"."kind" <> 'openai_compatible'),
	CONSTRAINT "ai_providers_api_key_hint_pair" CHECK (("ai_providers"."api_key_encrypted" is null) = ("ai_providers"."api_key_hint" is null))
);
--> statement-breakpoint
CREATE TABLE "ai_task_routing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"task" "ai_task" NOT NULL,
	"primary_provider_id" uuid NOT NULL,
	"primary_model" text NOT NULL,
	"fallback_provider_id" uuid,
	"fallback_model" text,
	"max_output_tokens" integer,
	"temperature_hundredths" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_task_routing_fallback_model_required" CHECK ("ai_task_routing"."fallback_provider_id" is null or "ai_task_routing"."fallback_model" is not null),
	CONSTRAINT "ai_task_routing_max_output_tokens_positive" CHECK ("ai_task_routing"."max_output_tokens" is null or "ai_task_routing"."max_output_tokens" > 0),
	CONSTRAINT "ai_task_routing_temperature_range" CHECK ("ai_task_routing"."temperature_hundredths" is null or "ai_task_routing"."temperature_hundredths" between 0 and 200)
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"user_id" uuid,
	"title" text,
	"last_message_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "generations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"job_id" uuid,
	"created_by_id" uuid,
	"kind" "generation_kind" NOT NULL,
	"prompt" text,
	"output_text" text,
	"storage_item_id" uuid,
	"model" text NOT NULL,
	"tokens_used" bigint DEFAULT 0 NOT NULL,
	"credits_used" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "generations_usage_non_negative" CHECK ("generations"."tokens_used" >= 0 and "generations"."credits_used" >= 0),
	CONSTRAINT "generations_has_output" CHECK (case when "generations"."kind" = 'text' then "generations"."output_text" is not null
        else "generations"."storage_item_id" is not null end)
);
--> statement-breakpoint
CREATE TABLE "audit_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"actor_user_id" uuid,
	"effective_user_id" uuid,
	"impersonation_id" uuid,
	"action" text NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"user_agent" text,
	"request_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impersonation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"target_user_id" uuid,
	"org_id" uuid,
	"reason" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"ended_reason" "impersonation_end_reason",
	"ip" text,
	"user_agent" text,
	CONSTRAINT "impersonation_sessions_reason_not_empty" CHECK (length(btrim("impersonation_sessions"."reason")) > 0),
	CONSTRAINT "impersonation_sessions_max_duration" CHECK ("impersonation_sessions"."expires_at" > "impersonation_sessions"."started_at" and "impersonation_sessions"."expires_at" <= "impersonation_sessions"."started_at" + interval '60 minutes'),
	CONSTRAINT "impersonation_sessions_end_order" CHECK ("impersonation_sessions"."ended_at" is null or "impersonation_sessions"."ended_at" >= "impersonation_sessions"."started_at"),
	CONSTRAINT "impersonation_sessions_end_reason_pair" CHECK (("impersonation_sessions"."ended_at" is null) = ("impersonation_sessions"."ended_reason" is null)),
	CONSTRAINT "impersonation_sessions_not_self" CHECK ("impersonation_sessions"."target_user_id" is null or "impersonation_sessions"."target_user_id" <> "impersonation_sessions"."staff_user_id")
);
--> statement-breakpoint
CREATE TABLE "hosting_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"currency" text DEFAULT 'BRL' NOT NULL,
	"price_monthly_cents" integer NOT NULL,
	"storage_bytes" bigint NOT NULL,
	"bandwidth_bytes" bigint NOT NULL,
	"max_domains" integer,
	"backup_frequency" "backup_frequency" NOT NULL,
	"ssl_included" boolean DEFAULT true NOT NULL,
	"cdn_included" boolean DEFAULT false NOT NULL,
	"database_included" boolean DEFAULT false NOT NULL,
	"support_level" "hosting_support_level" DEFAULT 'email' NOT NULL,
	"sla_basis_points" integer,
	"eligible_products" "product_type"[] DEFAULT '{}' NOT NULL,
	"stripe_price_id" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hosting_plans_slug_format" CHECK ("hosting_plans"."slug" ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
	CONSTRAINT "hosting_plans_limits_non_negative" CHECK ("hosting_plans"."price_monthly_cents" >= 0 and "hosting_plans"."storage_bytes" >= 0 and "hosting_plans"."bandwidth_bytes" >= 0
        and coalesce("hosting_plans"."max_domains", 0) >= 0),
	CONSTRAINT "hosting_plans_sla_range" CHECK ("hosting_plans"."sla_basis_points" is null or "hosting_plans"."sla_basis_points" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "hosting_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"plan_id" uuid NOT NULL,
	"stripe_subscription_id" text,
	"status" "hosting_subscription_status" NOT NULL,
	"current_period_start" timestamp with time zone NOT NULL,
	"current_period_end" timestamp with time zone NOT NULL,
	"storage_used_bytes" bigint DEFAULT 0 NOT NULL,
	"bandwidth_used_bytes" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hosting_subscriptions_period_order" CHECK ("hosting_subscriptions"."current_period_end" > "hosting_subscriptions"."current_period_start"),
	CONSTRAINT "hosting_subscriptions_usage_non_negative" CHECK ("hosting_subscriptions"."storage_used_bytes" >= 0 and "hosting_subscriptions"."bandwidth_used_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "backup_destinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "backup_destination_kind" NOT NULL,
	"bucket" text,
	"path" text,
	"region" text,
	"endpoint" text,
	"credentials_encrypted" text,
	"credentials_hint" text,
	"retention_days" integer NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "backup_destinations_retention_positive" CHECK ("backup_destinations"."retention_days" > 0),
	CONSTRAINT "backup_destinations_location_required" CHECK (case "backup_destinations"."kind"
        when 's3' then "backup_destinations"."bucket" is not null and "backup_destinations"."credentials_encrypted" is not null
        when 'r2' then "backup_destinations"."bucket" is not null and "backup_destinations"."endpoint" is not null and "backup_destinations"."credentials_encrypted" is not null
        when 'server' then "backup_destinations"."path" is not null and "backup_destinations"."endpoint" is not null and "backup_destinations"."credentials_encrypted" is not null
        else "backup_destinations"."path" is not null end),
	CONSTRAINT "backup_destinations_credentials_hint_pair" CHECK (("backup_destinations"."credentials_encrypted" is null) = ("backup_destinations"."credentials_hint" is null))
);
--> statement-breakpoint
CREATE TABLE "backup_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid,
	"destination_id" uuid,
	"target" "backup_target" NOT NULL,
	"status" "backup_run_status" DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"size_bytes" bigint,
	"storage_key" text,
	"checksum" text,
	"error" text,
	"idempotency_key" text NOT NULL,
	"pruned_at" timestamp (3) with time zone,
	CONSTRAINT "backup_runs_size_non_negative" CHECK ("backup_runs"."size_bytes" is null or "backup_runs"."size_bytes" >= 0),
	CONSTRAINT "backup_runs_checksum_format" CHECK ("backup_runs"."checksum" is null or "backup_runs"."checksum" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "backup_runs_finished_when_done" CHECK (("backup_runs"."status" = 'running') = ("backup_runs"."finished_at" is null)),
	CONSTRAINT "backup_runs_succeeded_has_archive" CHECK ("backup_runs"."status" <> 'succeeded' or ("backup_runs"."storage_key" is not null and "backup_runs"."size_bytes" is not null)),
	CONSTRAINT "backup_runs_time_order" CHECK ("backup_runs"."finished_at" is null or "backup_runs"."finished_at" >= "backup_runs"."started_at")
);
--> statement-breakpoint
CREATE TABLE "backup_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"target" "backup_target" NOT NULL,
	"cron" text NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"retention_count" integer,
	"retention_days" integer,
	"destination_id" uuid NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"last_run_at" timestamp (3) with time zone,
	"next_run_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "backup_schedules_one_retention" CHECK (num_nonnulls("backup_schedules"."retention_count", "backup_schedules"."retention_days") = 1
        and coalesce("backup_schedules"."retention_count", 1) > 0 and coalesce("backup_schedules"."retention_days", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "deploy_servers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "deploy_server_kind" NOT NULL,
	"host" text,
	"port" integer,
	"username" text,
	"password_encrypted" text,
	"password_hint" text,
	"ssh_key_encrypted" text,
	"ssh_key_hint" text,
	"api_token_encrypted" text,
	"api_token_hint" text,
	"account_id" text,
	"deploy_path" text,
	"backup_path" text,
	"product_types" "product_type"[] DEFAULT '{}' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"disk_total_bytes" bigint,
	"disk_used_bytes" bigint,
	"last_health_check_at" timestamp (3) with time zone,
	"last_health_status" "deploy_server_health",
	"last_health_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deploy_servers_port_range" CHECK ("deploy_servers"."port" is null or "deploy_servers"."port" between 1 and 65535),
	CONSTRAINT "deploy_servers_credentials_required" CHECK (case "deploy_servers"."kind"
        when 'ssh_key' then "deploy_servers"."host" is not null and "deploy_servers"."username" is not null and "deploy_servers"."ssh_key_encrypted" is not null
        when 'cloudflare_pages' then "deploy_servers"."account_id" is not null and "deploy_servers"."api_token_encrypted" is not null
        when 'api' then "deploy_servers"."host" is not null and "deploy_servers"."api_token_encrypted" is not null
        else "deploy_servers"."host" is not null and "deploy_servers"."username" is not null and "deploy_servers"."password_encrypted" is not null end),
	CONSTRAINT "deploy_servers_hint_pairs" CHECK (("deploy_servers"."password_encrypted" is null) = ("deploy_servers"."password_hint" is null)
        and ("deploy_servers"."ssh_key_encrypted" is null) = ("deploy_servers"."ssh_key_hint" is null)
        and ("deploy_servers"."api_token_encrypted" is null) = ("deploy_servers"."api_token_hint" is null)),
	CONSTRAINT "deploy_servers_disk_usage" CHECK (coalesce("deploy_servers"."disk_total_bytes", 0) >= 0 and coalesce("deploy_servers"."disk_used_bytes", 0) >= 0
        and ("deploy_servers"."disk_used_bytes" is null or "deploy_servers"."disk_total_bytes" is null or "deploy_servers"."disk_used_bytes" <= "deploy_servers"."disk_total_bytes"))
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"to" text NOT NULL,
	"from" text NOT NULL,
	"subject" text NOT NULL,
	"template" text NOT NULL,
	"html" text NOT NULL,
	"text" text,
	"idempotency_key" text NOT NULL,
	"provider" "email_provider" NOT NULL,
	"provider_message_id" text,
	"status" "email_status" DEFAULT 'queued' NOT NULL,
	"error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp (3) with time zone,
	CONSTRAINT "email_outbox_sent_at" CHECK (("email_outbox"."status" = 'sent') = ("email_outbox"."sent_at" is not null)),
	CONSTRAINT "email_outbox_stored_only_in_outbox" CHECK ("email_outbox"."status" <> 'stored' or "email_outbox"."provider" = 'outbox')
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"read_at" timestamp (3) with time zone,
	"dedupe_key" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_link_internal" CHECK ("notifications"."link" is null or (left("notifications"."link", 1) = '/' and left("notifications"."link", 2) <> '//'))
);
--> statement-breakpoint
CREATE TABLE "system_config" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"description" text,
	"updated_by_id" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_active_org_id_organizations_id_fk" FOREIGN KEY ("active_org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_quotas" ADD CONSTRAINT "org_quotas_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_accounts" ADD CONSTRAINT "credit_accounts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_ledger" ADD CONSTRAINT "credit_ledger_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_ledger" ADD CONSTRAINT "credit_ledger_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_daily" ADD CONSTRAINT "usage_daily_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_source_analysis_id_url_analyses_id_fk" FOREIGN KEY ("source_analysis_id") REFERENCES "public"."url_analyses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_converted_user_id_users_id_fk" FOREIGN KEY ("converted_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "url_analyses" ADD CONSTRAINT "url_analyses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "url_analyses" ADD CONSTRAINT "url_analyses_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_storage_item_id_storage_items_id_fk" FOREIGN KEY ("storage_item_id") REFERENCES "public"."storage_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_delivered_by_id_users_id_fk" FOREIGN KEY ("delivered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_project_manager_id_users_id_fk" FOREIGN KEY ("project_manager_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dns_records" ADD CONSTRAINT "dns_records_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dns_records" ADD CONSTRAINT "dns_records_domain_id_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_expiry_alerts" ADD CONSTRAINT "domain_expiry_alerts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_expiry_alerts" ADD CONSTRAINT "domain_expiry_alerts_domain_id_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domains" ADD CONSTRAINT "domains_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domains" ADD CONSTRAINT "domains_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure" ADD CONSTRAINT "infrastructure_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure" ADD CONSTRAINT "infrastructure_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_usage" ADD CONSTRAINT "network_usage_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_usage" ADD CONSTRAINT "network_usage_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_folders" ADD CONSTRAINT "storage_folders_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_folders" ADD CONSTRAINT "storage_folders_parent_id_storage_folders_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."storage_folders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_items" ADD CONSTRAINT "storage_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_items" ADD CONSTRAINT "storage_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_items" ADD CONSTRAINT "storage_items_folder_id_storage_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."storage_folders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_items" ADD CONSTRAINT "storage_items_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_message_id_ticket_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."ticket_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_storage_item_id_storage_items_id_fk" FOREIGN KEY ("storage_item_id") REFERENCES "public"."storage_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_domain_id_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domains"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_metrics" ADD CONSTRAINT "performance_metrics_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_metrics" ADD CONSTRAINT "performance_metrics_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_metrics" ADD CONSTRAINT "performance_metrics_domain_id_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domains"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uptime_checks" ADD CONSTRAINT "uptime_checks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uptime_checks" ADD CONSTRAINT "uptime_checks_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_metrics" ADD CONSTRAINT "campaign_metrics_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_metrics" ADD CONSTRAINT "campaign_metrics_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_jobs" ADD CONSTRAINT "ai_jobs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_jobs" ADD CONSTRAINT "ai_jobs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_jobs" ADD CONSTRAINT "ai_jobs_provider_id_ai_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."ai_providers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_providers" ADD CONSTRAINT "ai_providers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_task_routing" ADD CONSTRAINT "ai_task_routing_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_task_routing" ADD CONSTRAINT "ai_task_routing_primary_provider_id_ai_providers_id_fk" FOREIGN KEY ("primary_provider_id") REFERENCES "public"."ai_providers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_task_routing" ADD CONSTRAINT "ai_task_routing_fallback_provider_id_ai_providers_id_fk" FOREIGN KEY ("fallback_provider_id") REFERENCES "public"."ai_providers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_job_id_ai_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."ai_jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_effective_user_id_users_id_fk" FOREIGN KEY ("effective_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_impersonation_id_impersonation_sessions_id_fk" FOREIGN KEY ("impersonation_id") REFERENCES "public"."impersonation_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ADD CONSTRAINT "impersonation_sessions_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ADD CONSTRAINT "impersonation_sessions_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_sessions" ADD CONSTRAINT "impersonation_sessions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hosting_subscriptions" ADD CONSTRAINT "hosting_subscriptions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hosting_subscriptions" ADD CONSTRAINT "hosting_subscriptions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hosting_subscriptions" ADD CONSTRAINT "hosting_subscriptions_plan_id_hosting_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."hosting_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backup_runs" ADD CONSTRAINT "backup_runs_schedule_id_backup_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."backup_schedules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backup_runs" ADD CONSTRAINT "backup_runs_destination_id_backup_destinations_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."backup_destinations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backup_schedules" ADD CONSTRAINT "backup_schedules_destination_id_backup_destinations_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."backup_destinations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_config" ADD CONSTRAINT "system_config_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_id_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_active_org_id_idx" ON "users" USING btree ("active_org_id");--> statement-breakpoint
CREATE INDEX "users_staff_role_idx" ON "users" USING btree ("staff_role") WHERE "users"."staff_role" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_unique" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_org_id_idx" ON "invitations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "invitations_invited_by_id_idx" ON "invitations" USING btree ("invited_by_id");--> statement-breakpoint
CREATE INDEX "invitations_accepted_by_id_idx" ON "invitations" USING btree ("accepted_by_id");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_one_pending_per_email" ON "invitations" USING btree ("org_id",lower("email")) WHERE "invitations"."accepted_at" is null and "invitations"."declined_at" is null and "invitations"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_user_unique" ON "memberships" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_id_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "org_quotas_ticket_period_end_idx" ON "org_quotas" USING btree ("ticket_period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_slug_unique" ON "organizations" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_stripe_customer_id_unique" ON "organizations" USING btree ("stripe_customer_id");--> statement-breakpoint
CREATE INDEX "organizations_plan_id_idx" ON "organizations" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_ledger_org_idempotency_unique" ON "credit_ledger" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "credit_ledger_org_created_idx" ON "credit_ledger" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "credit_ledger_actor_user_id_idx" ON "credit_ledger" USING btree ("actor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_tier_unique" ON "plans" USING btree ("tier");--> statement-breakpoint
CREATE UNIQUE INDEX "pricing_operation_unique" ON "pricing" USING btree ("operation");--> statement-breakpoint
CREATE INDEX "subscriptions_org_id_idx" ON "subscriptions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "subscriptions_plan_id_idx" ON "subscriptions" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_stripe_subscription_id_unique" ON "subscriptions" USING btree ("stripe_subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_one_live_per_org" ON "subscriptions" USING btree ("org_id") WHERE "subscriptions"."status" in ('trialing', 'active', 'past_due');--> statement-breakpoint
CREATE UNIQUE INDEX "usage_daily_org_day_unique" ON "usage_daily" USING btree ("org_id","day");--> statement-breakpoint
CREATE INDEX "usage_daily_day_idx" ON "usage_daily" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "leads_email_unique" ON "leads" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "leads_source_analysis_id_idx" ON "leads" USING btree ("source_analysis_id");--> statement-breakpoint
CREATE INDEX "leads_converted_user_id_idx" ON "leads" USING btree ("converted_user_id");--> statement-breakpoint
CREATE INDEX "leads_next_nurture_at_idx" ON "leads" USING btree ("next_nurture_at") WHERE "leads"."nurture_status" = 'active';--> statement-breakpoint
CREATE INDEX "url_analyses_user_created_idx" ON "url_analyses" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "url_analyses_org_created_idx" ON "url_analyses" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "url_analyses_normalized_url_created_idx" ON "url_analyses" USING btree ("normalized_url","created_at");--> statement-breakpoint
CREATE INDEX "url_analyses_ip_hash_created_idx" ON "url_analyses" USING btree ("ip_hash","created_at");--> statement-breakpoint
CREATE INDEX "url_analyses_pending_created_idx" ON "url_analyses" USING btree ("created_at") WHERE "url_analyses"."status" in ('queued', 'fetching', 'analyzing');--> statement-breakpoint
CREATE UNIQUE INDEX "url_analyses_share_token_unique" ON "url_analyses" USING btree ("share_token");--> statement-breakpoint
CREATE INDEX "deliveries_project_delivered_at_idx" ON "deliveries" USING btree ("project_id","delivered_at");--> statement-breakpoint
CREATE INDEX "deliveries_org_delivered_at_idx" ON "deliveries" USING btree ("org_id","delivered_at");--> statement-breakpoint
CREATE INDEX "deliveries_storage_item_id_idx" ON "deliveries" USING btree ("storage_item_id");--> statement-breakpoint
CREATE INDEX "deliveries_delivered_by_id_idx" ON "deliveries" USING btree ("delivered_by_id");--> statement-breakpoint
CREATE INDEX "milestones_project_sort_idx" ON "milestones" USING btree ("project_id","sort_order");--> statement-breakpoint
CREATE INDEX "milestones_org_due_date_idx" ON "milestones" USING btree ("org_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "project_members_project_user_unique" ON "project_members" USING btree ("project_id","user_id");--> statement-breakpoint
CREATE INDEX "project_members_org_id_idx" ON "project_members" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "project_members_user_id_idx" ON "project_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "projects_org_status_created_idx" ON "projects" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "projects_project_manager_id_idx" ON "projects" USING btree ("project_manager_id");--> statement-breakpoint
CREATE INDEX "dns_records_domain_type_name_idx" ON "dns_records" USING btree ("domain_id","type","name");--> statement-breakpoint
CREATE INDEX "dns_records_org_id_idx" ON "dns_records" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "domain_expiry_alerts_once_per_threshold_unique" ON "domain_expiry_alerts" USING btree ("domain_id","kind","threshold_days","expires_on");--> statement-breakpoint
CREATE INDEX "domain_expiry_alerts_org_sent_at_idx" ON "domain_expiry_alerts" USING btree ("org_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "domains_org_name_unique" ON "domains" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "domains_project_id_idx" ON "domains" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "domains_renews_on_idx" ON "domains" USING btree ("renews_on");--> statement-breakpoint
CREATE INDEX "domains_ssl_expires_at_idx" ON "domains" USING btree ("ssl_expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "infrastructure_project_id_unique" ON "infrastructure" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "infrastructure_org_id_idx" ON "infrastructure" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_usage_project_day_unique" ON "network_usage" USING btree ("project_id","day");--> statement-breakpoint
CREATE INDEX "network_usage_org_day_idx" ON "network_usage" USING btree ("org_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "storage_folders_org_path_unique" ON "storage_folders" USING btree ("org_id","path");--> statement-breakpoint
CREATE INDEX "storage_folders_parent_id_idx" ON "storage_folders" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "storage_items_storage_key_unique" ON "storage_items" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "storage_items_org_created_idx" ON "storage_items" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "storage_items_project_id_idx" ON "storage_items" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "storage_items_folder_id_idx" ON "storage_items" USING btree ("folder_id");--> statement-breakpoint
CREATE INDEX "storage_items_uploaded_by_id_idx" ON "storage_items" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "storage_items_tags_idx" ON "storage_items" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "storage_items_pending_created_idx" ON "storage_items" USING btree ("created_at") WHERE "storage_items"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "support_tickets_org_number_unique" ON "support_tickets" USING btree ("org_id","number");--> statement-breakpoint
CREATE INDEX "support_tickets_org_status_created_idx" ON "support_tickets" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_status_created_idx" ON "support_tickets" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_project_id_idx" ON "support_tickets" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "support_tickets_created_by_id_idx" ON "support_tickets" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "support_tickets_assigned_to_id_idx" ON "support_tickets" USING btree ("assigned_to_id");--> statement-breakpoint
CREATE INDEX "support_tickets_first_response_due_at_idx" ON "support_tickets" USING btree ("first_response_due_at") WHERE "support_tickets"."first_response_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_attachments_message_item_unique" ON "ticket_attachments" USING btree ("message_id","storage_item_id");--> statement-breakpoint
CREATE INDEX "ticket_attachments_org_id_idx" ON "ticket_attachments" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "ticket_attachments_storage_item_id_idx" ON "ticket_attachments" USING btree ("storage_item_id");--> statement-breakpoint
CREATE INDEX "ticket_messages_ticket_created_idx" ON "ticket_messages" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_messages_org_id_idx" ON "ticket_messages" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "ticket_messages_author_id_idx" ON "ticket_messages" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "incidents_org_started_at_idx" ON "incidents" USING btree ("org_id","started_at");--> statement-breakpoint
CREATE INDEX "incidents_monitor_id_idx" ON "incidents" USING btree ("monitor_id");--> statement-breakpoint
CREATE INDEX "incidents_project_id_idx" ON "incidents" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_one_open_per_monitor" ON "incidents" USING btree ("monitor_id") WHERE "incidents"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "monitors_active_next_check_at_idx" ON "monitors" USING btree ("is_active","next_check_at");--> statement-breakpoint
CREATE INDEX "monitors_org_created_idx" ON "monitors" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "monitors_project_id_idx" ON "monitors" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "monitors_domain_id_idx" ON "monitors" USING btree ("domain_id");--> statement-breakpoint
CREATE INDEX "performance_metrics_org_url_measured_at_idx" ON "performance_metrics" USING btree ("org_id","url","measured_at");--> statement-breakpoint
CREATE INDEX "performance_metrics_project_measured_at_idx" ON "performance_metrics" USING btree ("project_id","measured_at");--> statement-breakpoint
CREATE INDEX "performance_metrics_domain_id_idx" ON "performance_metrics" USING btree ("domain_id");--> statement-breakpoint
CREATE INDEX "uptime_checks_monitor_checked_at_idx" ON "uptime_checks" USING btree ("monitor_id","checked_at");--> statement-breakpoint
CREATE INDEX "uptime_checks_org_checked_at_idx" ON "uptime_checks" USING btree ("org_id","checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_metrics_campaign_day_unique" ON "campaign_metrics" USING btree ("campaign_id","day");--> statement-breakpoint
CREATE INDEX "campaign_metrics_org_day_idx" ON "campaign_metrics" USING btree ("org_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_org_platform_external_id_unique" ON "campaigns" USING btree ("org_id","platform","external_id");--> statement-breakpoint
CREATE INDEX "campaigns_org_status_created_idx" ON "campaigns" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "campaigns_project_id_idx" ON "campaigns" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_key_hash_unique" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_org_created_idx" ON "api_keys" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "api_keys_created_by_id_idx" ON "api_keys" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_webhook_event_unique" ON "webhook_deliveries" USING btree ("webhook_id","event_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_webhook_created_idx" ON "webhook_deliveries" USING btree ("webhook_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_org_created_idx" ON "webhook_deliveries" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_status_next_attempt_idx" ON "webhook_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhooks_org_id_idx" ON "webhooks" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agents_org_name_unique" ON "agents" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "agents_created_by_id_idx" ON "agents" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_jobs_org_idempotency_unique" ON "ai_jobs" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "ai_jobs_org_created_idx" ON "ai_jobs" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "ai_jobs_requested_by_id_idx" ON "ai_jobs" USING btree ("requested_by_id");--> statement-breakpoint
CREATE INDEX "ai_jobs_provider_id_idx" ON "ai_jobs" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "ai_jobs_pending_idx" ON "ai_jobs" USING btree ("status","queued_at") WHERE "ai_jobs"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "ai_messages_conversation_created_idx" ON "ai_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "ai_messages_org_created_idx" ON "ai_messages" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_providers_org_kind_name_unique" ON "ai_providers" USING btree ("org_id","kind","name") WHERE "ai_providers"."org_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ai_providers_system_kind_name_unique" ON "ai_providers" USING btree ("kind","name") WHERE "ai_providers"."org_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "ai_task_routing_org_task_unique" ON "ai_task_routing" USING btree ("org_id","task") WHERE "ai_task_routing"."org_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ai_task_routing_system_task_unique" ON "ai_task_routing" USING btree ("task") WHERE "ai_task_routing"."org_id" is null;--> statement-breakpoint
CREATE INDEX "ai_task_routing_primary_provider_id_idx" ON "ai_task_routing" USING btree ("primary_provider_id");--> statement-breakpoint
CREATE INDEX "ai_task_routing_fallback_provider_id_idx" ON "ai_task_routing" USING btree ("fallback_provider_id");--> statement-breakpoint
CREATE INDEX "conversations_org_created_idx" ON "conversations" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "conversations_agent_last_message_idx" ON "conversations" USING btree ("agent_id","last_message_at");--> statement-breakpoint
CREATE INDEX "conversations_user_last_message_idx" ON "conversations" USING btree ("user_id","last_message_at");--> statement-breakpoint
CREATE INDEX "generations_org_created_idx" ON "generations" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "generations_job_id_idx" ON "generations" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "generations_created_by_id_idx" ON "generations" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "audit_logs_org_created_idx" ON "audit_logs" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_logs_actor_created_idx" ON "audit_logs" USING btree ("actor_user_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_logs_effective_user_id_idx" ON "audit_logs" USING btree ("effective_user_id");--> statement-breakpoint
CREATE INDEX "audit_logs_impersonation_id_idx" ON "audit_logs" USING btree ("impersonation_id");--> statement-breakpoint
CREATE INDEX "audit_logs_resource_idx" ON "audit_logs" USING btree ("resource_type","resource_id");--> statement-breakpoint
CREATE INDEX "audit_logs_created_idx" ON "audit_logs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "impersonation_sessions_staff_started_idx" ON "impersonation_sessions" USING btree ("staff_user_id","started_at");--> statement-breakpoint
CREATE INDEX "impersonation_sessions_target_user_id_idx" ON "impersonation_sessions" USING btree ("target_user_id");--> statement-breakpoint
CREATE INDEX "impersonation_sessions_org_id_idx" ON "impersonation_sessions" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "impersonation_sessions_one_active_per_staff" ON "impersonation_sessions" USING btree ("staff_user_id") WHERE "impersonation_sessions"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "hosting_plans_slug_unique" ON "hosting_plans" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "hosting_plans_stripe_price_id_unique" ON "hosting_plans" USING btree ("stripe_price_id");--> statement-breakpoint
CREATE INDEX "hosting_subscriptions_org_id_idx" ON "hosting_subscriptions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "hosting_subscriptions_project_id_idx" ON "hosting_subscriptions" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "hosting_subscriptions_plan_id_idx" ON "hosting_subscriptions" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hosting_subscriptions_stripe_subscription_id_unique" ON "hosting_subscriptions" USING btree ("stripe_subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hosting_subscriptions_one_live_per_project" ON "hosting_subscriptions" USING btree ("project_id") WHERE "hosting_subscriptions"."status" in ('active', 'past_due');--> statement-breakpoint
CREATE UNIQUE INDEX "backup_destinations_name_unique" ON "backup_destinations" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "backup_destinations_primary_unique" ON "backup_destinations" USING btree ("is_primary") WHERE "backup_destinations"."is_primary";--> statement-breakpoint
CREATE UNIQUE INDEX "backup_runs_idempotency_key_unique" ON "backup_runs" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "backup_runs_schedule_started_idx" ON "backup_runs" USING btree ("schedule_id","started_at");--> statement-breakpoint
CREATE INDEX "backup_runs_destination_id_idx" ON "backup_runs" USING btree ("destination_id");--> statement-breakpoint
CREATE INDEX "backup_runs_started_at_idx" ON "backup_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "backup_runs_running_idx" ON "backup_runs" USING btree ("started_at") WHERE "backup_runs"."status" = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "backup_schedules_name_unique" ON "backup_schedules" USING btree ("name");--> statement-breakpoint
CREATE INDEX "backup_schedules_destination_id_idx" ON "backup_schedules" USING btree ("destination_id");--> statement-breakpoint
CREATE INDEX "backup_schedules_next_run_at_idx" ON "backup_schedules" USING btree ("next_run_at") WHERE "backup_schedules"."is_active";--> statement-breakpoint
CREATE UNIQUE INDEX "deploy_servers_name_unique" ON "deploy_servers" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "deploy_servers_default_unique" ON "deploy_servers" USING btree ("is_default") WHERE "deploy_servers"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_idempotency_key_unique" ON "email_outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_org_id_idx" ON "email_outbox" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "email_outbox_provider_message_id_idx" ON "email_outbox" USING btree ("provider_message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_dedupe_unique" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_read_created_idx" ON "notifications" USING btree ("user_id","read_at","created_at");--> statement-breakpoint
CREATE INDEX "notifications_org_id_idx" ON "notifications" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "system_config_updated_by_id_idx" ON "system_config" USING btree ("updated_by_id");
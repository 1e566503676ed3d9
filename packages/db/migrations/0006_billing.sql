CREATE TABLE "credit_packs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"credits" integer NOT NULL,
	"currency" text DEFAULT 'BRL' NOT NULL,
	"price_cents" integer NOT NULL,
	"stripe_price_id" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_packs_positive" CHECK ("credit_packs"."credits" > 0 and "credit_packs"."price_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "usage_daily" DROP CONSTRAINT "usage_daily_non_negative";--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "stripe_price_id" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "grace_ends_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "manual_reason" text;--> statement-breakpoint
ALTER TABLE "usage_daily" ADD COLUMN "tickets_opened" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "usage_daily" ADD COLUMN "storage_bytes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_packs_credits_currency_unique" ON "credit_packs" USING btree ("credits","currency");--> statement-breakpoint
CREATE INDEX "stripe_events_created_idx" ON "stripe_events" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "usage_daily" ADD CONSTRAINT "usage_daily_non_negative" CHECK ("usage_daily"."api_requests" >= 0 and "usage_daily"."api_errors" >= 0 and "usage_daily"."analyses_run" >= 0
        and "usage_daily"."ai_tokens_in" >= 0 and "usage_daily"."ai_tokens_out" >= 0 and "usage_daily"."credits_used" >= 0 and "usage_daily"."emails_sent" >= 0
        and "usage_daily"."tickets_opened" >= 0 and "usage_daily"."storage_bytes" >= 0);--> statement-breakpoint
-- What the metered operations cost, and the top-ups on sale: reference data admins edit later,
-- never overwritten here.
INSERT INTO pricing (operation, unit, credits_per_unit, cost_micro_usd_per_unit) VALUES
  ('ai.text', '1k tokens', 1, 2000),
  ('ai.image', 'image', 4, 40000),
  ('performance.audit', 'audit', 2, 0),
  ('report.pdf', 'report', 1, 0)
ON CONFLICT (operation) DO NOTHING;
--> statement-breakpoint
INSERT INTO credit_packs (credits, currency, price_cents) VALUES
  (500, 'BRL', 4900),
  (2000, 'BRL', 17900),
  (10000, 'BRL', 79000)
ON CONFLICT (credits, currency) DO NOTHING;

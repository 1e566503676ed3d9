CREATE TYPE "public"."job_run_status" AS ENUM('queued', 'running', 'sleeping', 'completed', 'failed', 'cancelled');--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"function_id" text NOT NULL,
	"event" jsonb NOT NULL,
	"status" "job_run_status" DEFAULT 'queued' NOT NULL,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"idempotency_key" text,
	"concurrency_key" text,
	"result" jsonb,
	"error" text,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "job_runs_function_idempotency_unique" ON "job_runs" USING btree ("function_id","idempotency_key") WHERE "job_runs"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "job_runs_due_idx" ON "job_runs" USING btree ("run_at") WHERE "job_runs"."status" in ('queued', 'sleeping');--> statement-breakpoint
CREATE INDEX "job_runs_running_key_idx" ON "job_runs" USING btree ("concurrency_key") WHERE "job_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "job_runs_function_created_idx" ON "job_runs" USING btree ("function_id","created_at");
ALTER TYPE "public"."impersonation_end_reason" ADD VALUE 'signed_out';--> statement-breakpoint
DROP INDEX "audit_logs_effective_user_id_idx";--> statement-breakpoint
DROP INDEX "audit_logs_impersonation_id_idx";--> statement-breakpoint
DROP INDEX "audit_logs_resource_idx";--> statement-breakpoint
DROP INDEX "impersonation_sessions_org_id_idx";--> statement-breakpoint
DROP INDEX "audit_logs_created_idx";--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "impersonation_id" uuid;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "custom_limits" jsonb;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "converted_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_impersonation_id_impersonation_sessions_id_fk" FOREIGN KEY ("impersonation_id") REFERENCES "public"."impersonation_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_impersonation_id_idx" ON "sessions" USING btree ("impersonation_id");--> statement-breakpoint
CREATE INDEX "audit_logs_effective_created_idx" ON "audit_logs" USING btree ("effective_user_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_logs_impersonation_created_idx" ON "audit_logs" USING btree ("impersonation_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_logs_action_created_idx" ON "audit_logs" USING btree ("action","created_at");--> statement-breakpoint
CREATE INDEX "audit_logs_resource_created_idx" ON "audit_logs" USING btree ("resource_type","resource_id","created_at");--> statement-breakpoint
CREATE INDEX "impersonation_sessions_org_started_idx" ON "impersonation_sessions" USING btree ("org_id","started_at");--> statement-breakpoint
CREATE INDEX "audit_logs_created_idx" ON "audit_logs" USING btree ("created_at","id");
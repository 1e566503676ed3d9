CREATE TABLE "ticket_months" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" date NOT NULL,
	"response_sla_hours" integer,
	"opened" integer NOT NULL,
	"answered" integer NOT NULL,
	"met" integer NOT NULL,
	"breached" integer NOT NULL,
	"first_response_ms" bigint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_months_month_sla_unique" UNIQUE NULLS NOT DISTINCT("month","response_sla_hours"),
	CONSTRAINT "ticket_months_counts_consistent" CHECK ("ticket_months"."answered" >= 0 and "ticket_months"."met" >= 0 and "ticket_months"."breached" >= 0 and "ticket_months"."first_response_ms" >= 0
        and "ticket_months"."answered" <= "ticket_months"."opened" and "ticket_months"."met" + "ticket_months"."breached" <= "ticket_months"."opened")
);
--> statement-breakpoint
CREATE INDEX "support_tickets_created_sla_idx" ON "support_tickets" USING btree ("created_at","response_sla_hours","first_response_due_at","first_response_at","sla_breached_at");
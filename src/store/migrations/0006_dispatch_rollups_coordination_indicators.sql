CREATE TABLE "coordination_problems" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coordination_problems_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"responsible_unit" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"tier" text DEFAULT 'owner' NOT NULL,
	"raised_by" integer,
	"raised_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispatch_facts" (
	"project_id" integer NOT NULL,
	"month" char(7) NOT NULL,
	"sector_code" text NOT NULL,
	"special_code" text NOT NULL,
	"district_code" char(6) NOT NULL,
	"stage" text NOT NULL,
	"level" text NOT NULL,
	"department_ids" integer[] NOT NULL,
	"planned_fen" bigint NOT NULL,
	"month_fen" bigint NOT NULL,
	"ytd_fen" bigint NOT NULL,
	"cumulative_fen" bigint NOT NULL,
	"total_fen" bigint NOT NULL,
	"start_planned_year" boolean NOT NULL,
	"start_due" boolean NOT NULL,
	"started" boolean NOT NULL,
	"report_due" boolean NOT NULL,
	"reported" boolean NOT NULL,
	"base_level" text NOT NULL,
	CONSTRAINT "dispatch_facts_project_id_month_pk" PRIMARY KEY("project_id","month")
);
--> statement-breakpoint
CREATE TABLE "dispatch_rollups" (
	"month" char(7) NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_key" text NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"projects" integer NOT NULL,
	"planned_fen" bigint NOT NULL,
	"month_fen" bigint NOT NULL,
	"ytd_fen" bigint NOT NULL,
	"cumulative_fen" bigint NOT NULL,
	"total_fen" bigint NOT NULL,
	"starts_planned_year" integer NOT NULL,
	"starts_due" integer NOT NULL,
	"started" integer NOT NULL,
	"reports_due" integer NOT NULL,
	"reported" integer NOT NULL,
	"red" integer NOT NULL,
	"yellow" integer NOT NULL,
	"green" integer NOT NULL,
	"unreported_yellow" integer NOT NULL,
	"unreported_green" integer NOT NULL,
	CONSTRAINT "dispatch_rollups_month_scope_kind_scope_key_dim_key_pk" PRIMARY KEY("month","scope_kind","scope_key","dim","key")
);
--> statement-breakpoint
CREATE TABLE "dispatch_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"report_due_day" smallint DEFAULT 5 NOT NULL,
	"pace_yellow_points" smallint DEFAULT 10 NOT NULL,
	"pace_red_points" smallint DEFAULT 30 NOT NULL,
	"start_delay_red_months" smallint DEFAULT 3 NOT NULL,
	"stall_reports" smallint DEFAULT 2 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispatch_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"through_month" char(7)
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"entered_by" integer,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "problem_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"problem_id" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"from_tier" text,
	"to_tier" text,
	"status" text,
	"by_user" integer,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coordination_problems" ADD CONSTRAINT "coordination_problems_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_events" ADD CONSTRAINT "problem_events_problem_id_coordination_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."coordination_problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coordination_problems_project_idx" ON "coordination_problems" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "coordination_problems_open_idx" ON "coordination_problems" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "dispatch_facts_month_idx" ON "dispatch_facts" USING btree ("month");--> statement-breakpoint
CREATE INDEX "indicator_values_code_period_idx" ON "indicator_values" USING btree ("indicator_code","period");--> statement-breakpoint
CREATE INDEX "problem_events_problem_idx" ON "problem_events" USING btree ("problem_id");--> statement-breakpoint
INSERT INTO "dispatch_settings" ("id") VALUES (1);--> statement-breakpoint
INSERT INTO "dispatch_state" ("id") VALUES (1);

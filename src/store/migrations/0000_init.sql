CREATE TABLE "categories" (
	"code" text PRIMARY KEY NOT NULL,
	"plan_code" text NOT NULL,
	"zh" text NOT NULL,
	"en" text NOT NULL,
	"sort" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "district_regions" (
	"district_code" char(6) NOT NULL,
	"region" text NOT NULL,
	"subregion" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	CONSTRAINT "district_regions_district_code_valid_from_pk" PRIMARY KEY("district_code","valid_from")
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"plan_code" text NOT NULL,
	"zh" text NOT NULL,
	"unit" text NOT NULL,
	"target" jsonb NOT NULL,
	"comparator" text NOT NULL,
	"year" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"uscc" char(18),
	"kind" text NOT NULL,
	"district_code" char(6)
);
--> statement-breakpoint
CREATE TABLE "plan_category_targets" (
	"plan_code" text NOT NULL,
	"category" text NOT NULL,
	"zh" text NOT NULL,
	"target_projects" integer NOT NULL,
	"target_investment_fen" bigint NOT NULL,
	"task" text NOT NULL,
	"sort" smallint NOT NULL,
	CONSTRAINT "plan_category_targets_plan_code_category_pk" PRIMARY KEY("plan_code","category")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"rolling_cycle_years" smallint NOT NULL,
	"headline_projects" integer NOT NULL,
	"headline_sectors" smallint NOT NULL,
	"headline_specials" smallint NOT NULL,
	"headline_investment_fen" bigint NOT NULL,
	"funding_sources" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_clauses" (
	"code" text PRIMARY KEY NOT NULL,
	"plan_code" text NOT NULL,
	"group_name" text NOT NULL,
	"kind" text NOT NULL,
	"zh" text NOT NULL,
	"params" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"month" char(7) NOT NULL,
	"version" smallint DEFAULT 1 NOT NULL,
	"current" boolean DEFAULT true NOT NULL,
	"invested_fen" bigint NOT NULL,
	"progress_pct" smallint NOT NULL,
	"progress_text" text DEFAULT '' NOT NULL,
	"problems" text,
	"status" text DEFAULT 'accepted' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_annual_plans" (
	"project_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"planned_fen" bigint NOT NULL,
	CONSTRAINT "project_annual_plans_project_id_year_pk" PRIMARY KEY("project_id","year")
);
--> statement-breakpoint
CREATE TABLE "project_funding" (
	"project_id" integer NOT NULL,
	"source" text NOT NULL,
	"planned_fen" bigint NOT NULL,
	"secured_fen" bigint NOT NULL,
	CONSTRAINT "project_funding_project_id_source_pk" PRIMARY KEY("project_id","source")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_code" text NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"sector_code" text NOT NULL,
	"special_code" text NOT NULL,
	"district_code" char(6) NOT NULL,
	"owner_id" integer NOT NULL,
	"lead_department_id" integer,
	"level" text NOT NULL,
	"plan_category" text,
	"stage" text NOT NULL,
	"suspended_from" text,
	"description" text DEFAULT '' NOT NULL,
	"total_investment_fen" bigint NOT NULL,
	"opening_completed_fen" bigint DEFAULT 0 NOT NULL,
	"completed_investment_fen" bigint DEFAULT 0 NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"actual_start" date,
	"actual_end" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"code" text PRIMARY KEY NOT NULL,
	"category_code" text NOT NULL,
	"no" smallint NOT NULL,
	"zh" text NOT NULL,
	"en" text NOT NULL,
	"goals" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "specials" (
	"code" text PRIMARY KEY NOT NULL,
	"sector_code" text NOT NULL,
	"zh" text NOT NULL,
	"en" text NOT NULL,
	"scope" text NOT NULL,
	"target_projects" integer NOT NULL,
	"target_investment_fen" bigint NOT NULL,
	"sort" smallint NOT NULL,
	"lead_department_id" integer
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_plan_code_plans_code_fk" FOREIGN KEY ("plan_code") REFERENCES "public"."plans"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_regions" ADD CONSTRAINT "district_regions_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_plan_code_plans_code_fk" FOREIGN KEY ("plan_code") REFERENCES "public"."plans"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_category_targets" ADD CONSTRAINT "plan_category_targets_plan_code_plans_code_fk" FOREIGN KEY ("plan_code") REFERENCES "public"."plans"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_clauses" ADD CONSTRAINT "policy_clauses_plan_code_plans_code_fk" FOREIGN KEY ("plan_code") REFERENCES "public"."plans"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_annual_plans" ADD CONSTRAINT "project_annual_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funding" ADD CONSTRAINT "project_funding_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_plan_code_plans_code_fk" FOREIGN KEY ("plan_code") REFERENCES "public"."plans"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_sector_code_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sectors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_special_code_specials_code_fk" FOREIGN KEY ("special_code") REFERENCES "public"."specials"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_organisations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_department_id_organisations_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sectors" ADD CONSTRAINT "sectors_category_code_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specials" ADD CONSTRAINT "specials_sector_code_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sectors"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specials" ADD CONSTRAINT "specials_lead_department_id_organisations_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_uscc_key" ON "organisations" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_name_key" ON "organisations" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_version_key" ON "progress_reports" USING btree ("project_id","month","version");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_current_key" ON "progress_reports" USING btree ("project_id","month") WHERE "progress_reports"."current";--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_key" ON "projects" USING btree ("code");--> statement-breakpoint
CREATE INDEX "projects_special_idx" ON "projects" USING btree ("special_code","total_investment_fen" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "projects_sector_idx" ON "projects" USING btree ("sector_code","total_investment_fen" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "projects_district_idx" ON "projects" USING btree ("district_code","stage","total_investment_fen" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "projects_owner_idx" ON "projects" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "projects_investment_idx" ON "projects" USING btree ("total_investment_fen" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "projects_stage_idx" ON "projects" USING btree ("stage");
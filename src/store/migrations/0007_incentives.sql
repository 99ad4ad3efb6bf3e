CREATE TABLE "factor_request_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "factor_request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"status" text,
	"due_date" date,
	"by_user" integer,
	"by_role" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "factor_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "factor_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"clause_code" text NOT NULL,
	"project_id" integer NOT NULL,
	"factor" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"responsible_unit" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"raised_by" integer,
	"raised_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "incentive_application_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "incentive_application_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_id" integer NOT NULL,
	"kind" text NOT NULL,
	"role" text,
	"reason" text DEFAULT '' NOT NULL,
	"amount_fen" bigint,
	"by_user" integer,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentive_applications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "incentive_applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"clause_code" text NOT NULL,
	"project_id" integer NOT NULL,
	"applicant_id" integer NOT NULL,
	"level" text,
	"applicant_is_sme" boolean DEFAULT false NOT NULL,
	"base_fen" bigint NOT NULL,
	"evidence" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"district_review" text,
	"department_review" text,
	"approved_fen" bigint,
	"decision_reason" text,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "incentive_awards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "incentive_awards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_id" integer NOT NULL,
	"applicant_id" integer NOT NULL,
	"clause_code" text NOT NULL,
	"clause_version" smallint NOT NULL,
	"project_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"approved_by" integer,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentive_balances" (
	"applicant_id" integer NOT NULL,
	"clause_code" text NOT NULL,
	"awarded_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "incentive_balances_applicant_id_clause_code_pk" PRIMARY KEY("applicant_id","clause_code")
);
--> statement-breakpoint
CREATE TABLE "policy_clause_versions" (
	"clause_code" text NOT NULL,
	"version" smallint NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"terms" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" integer,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "policy_clause_versions_clause_code_version_pk" PRIMARY KEY("clause_code","version")
);
--> statement-breakpoint
ALTER TABLE "factor_request_events" ADD CONSTRAINT "factor_request_events_request_id_factor_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."factor_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factor_requests" ADD CONSTRAINT "factor_requests_clause_code_policy_clauses_code_fk" FOREIGN KEY ("clause_code") REFERENCES "public"."policy_clauses"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factor_requests" ADD CONSTRAINT "factor_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_application_events" ADD CONSTRAINT "incentive_application_events_application_id_incentive_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."incentive_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_clause_code_policy_clauses_code_fk" FOREIGN KEY ("clause_code") REFERENCES "public"."policy_clauses"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_applicant_id_organisations_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_awards" ADD CONSTRAINT "incentive_awards_application_id_incentive_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."incentive_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_awards" ADD CONSTRAINT "incentive_awards_applicant_id_organisations_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_awards" ADD CONSTRAINT "incentive_awards_clause_code_policy_clauses_code_fk" FOREIGN KEY ("clause_code") REFERENCES "public"."policy_clauses"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_awards" ADD CONSTRAINT "incentive_awards_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_balances" ADD CONSTRAINT "incentive_balances_applicant_id_organisations_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_balances" ADD CONSTRAINT "incentive_balances_clause_code_policy_clauses_code_fk" FOREIGN KEY ("clause_code") REFERENCES "public"."policy_clauses"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_clause_versions" ADD CONSTRAINT "policy_clause_versions_clause_code_policy_clauses_code_fk" FOREIGN KEY ("clause_code") REFERENCES "public"."policy_clauses"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "factor_request_events_request_idx" ON "factor_request_events" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "factor_requests_project_idx" ON "factor_requests" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "factor_requests_status_idx" ON "factor_requests" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "incentive_application_events_app_idx" ON "incentive_application_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "incentive_applications_status_idx" ON "incentive_applications" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "incentive_applications_project_idx" ON "incentive_applications" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "incentive_applications_applicant_idx" ON "incentive_applications" USING btree ("applicant_id","clause_code");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_awards_application_key" ON "incentive_awards" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "incentive_awards_applicant_idx" ON "incentive_awards" USING btree ("applicant_id","clause_code","year");
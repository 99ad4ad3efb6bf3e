CREATE TABLE "approval_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "approval_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"kind" text NOT NULL,
	"approving_body" text NOT NULL,
	"statutory_days" smallint NOT NULL,
	"target_days" smallint NOT NULL,
	"submitted_on" date NOT NULL,
	"completed_on" date,
	"commitment" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bank_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"entry_id" integer NOT NULL,
	"bank_id" integer NOT NULL,
	"decision" text NOT NULL,
	"amount_fen" bigint DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whitelist_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "whitelist_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"status" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"gap_fen" bigint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whitelist_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "approval_items" ADD CONSTRAINT "approval_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_decisions" ADD CONSTRAINT "bank_decisions_entry_id_whitelist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."whitelist_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_decisions" ADD CONSTRAINT "bank_decisions_bank_id_organisations_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whitelist_entries" ADD CONSTRAINT "whitelist_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_items_project_idx" ON "approval_items" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "approval_items_open_idx" ON "approval_items" USING btree ("completed_on","submitted_on");--> statement-breakpoint
CREATE INDEX "bank_decisions_entry_idx" ON "bank_decisions" USING btree ("entry_id","bank_id");--> statement-breakpoint
CREATE UNIQUE INDEX "whitelist_entries_live_key" ON "whitelist_entries" USING btree ("project_id") WHERE "whitelist_entries"."status" <> 'removed';--> statement-breakpoint
CREATE INDEX "whitelist_entries_status_idx" ON "whitelist_entries" USING btree ("status");--> statement-breakpoint
INSERT INTO "whitelist_settings" ("id", "rules") VALUES (1, '{"stages": ["new_start", "under_construction"], "minGapFen": "1", "excludeRed": true, "levels": ["national", "municipal"]}');

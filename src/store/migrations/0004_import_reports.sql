CREATE TABLE "import_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone NOT NULL,
	"file_name" text NOT NULL,
	"problems" jsonb NOT NULL,
	"marked" "bytea"
);

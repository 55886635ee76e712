-- Themes and the local area's own numbers (#18): an inspector's label for what comments under a
-- criterion say, which comments carry it and its chosen quote; the lead's numbers of children
-- and young people with an EHC plan or SEN support and of practitioners invited, for response
-- rates. Re-runnable (IF NOT EXISTS), so a test that writes with today's code to a database of
-- an older version can add these first (tests/integration/counts-rolling-deploy.test.ts).
CREATE TABLE IF NOT EXISTS "comment_themes" (
	"comment_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "comment_themes_comment_id_theme_id_pk" PRIMARY KEY("comment_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"label" text NOT NULL,
	"quote_comment_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN IF NOT EXISTS "area_ehc_plans" integer;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN IF NOT EXISTS "area_sen_support" integer;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN IF NOT EXISTS "area_practitioners_invited" integer;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "comment_themes" ADD CONSTRAINT "comment_themes_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "comment_themes" ADD CONSTRAINT "comment_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "themes" ADD CONSTRAINT "themes_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "themes" ADD CONSTRAINT "themes_quote_comment_id_comments_id_fk" FOREIGN KEY ("quote_comment_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "themes" ADD CONSTRAINT "themes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "comment_themes_theme_idx" ON "comment_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "themes_inspection_criterion_label_idx" ON "themes" USING btree ("inspection_id","criterion",lower("label"));

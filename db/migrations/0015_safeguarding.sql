-- Safeguarding (#19): a comment's flag, matched words and decision; a draft's "show where to get
-- help now"; an inspection's guidance. Re-runnable (IF NOT EXISTS), so a test that writes with
-- today's code to a database of an older version can add these columns first
-- (tests/integration/counts-rolling-deploy.test.ts).
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "concern" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "concern_words" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "concern_decision" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "concern_note" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "concern_decided_by" uuid;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "concern_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN IF NOT EXISTS "help_due" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN IF NOT EXISTS "safeguarding_guidance" text;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "comments" ADD CONSTRAINT "comments_concern_decided_by_users_id_fk" FOREIGN KEY ("concern_decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "comments_open_concerns_idx" ON "comments" USING btree ("inspection_id") WHERE "comments"."concern" and "comments"."concern_decision" is null;

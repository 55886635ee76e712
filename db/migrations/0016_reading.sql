-- Reading at scale (#19): who read a comment and when; who confirmed a code. Re-runnable
-- (IF NOT EXISTS), so a test that writes with today's code to a database of an older version
-- can add these columns first (tests/integration/counts-rolling-deploy.test.ts).
ALTER TABLE "comment_codes" ADD COLUMN IF NOT EXISTS "confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "read_by" uuid;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN IF NOT EXISTS "read_at" timestamp with time zone;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "comment_codes" ADD CONSTRAINT "comment_codes_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "comments" ADD CONSTRAINT "comments_read_by_users_id_fk" FOREIGN KEY ("read_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

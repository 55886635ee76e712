-- Changing version mid-survey and late paper forms (#20): each answer's version (answers of
-- one response may be in both, easy read and standard), backfilled from its response's; a
-- response's `late` (a paper form keyed in after the surveys closed); when the lead marked the
-- summary final. Processes of the previous version, during a rolling deploy, insert answers
-- without a version: a trigger gives them their response's, as the backfill does. Re-runnable
-- (IF NOT EXISTS), so a test that writes with today's code to a database of an older version
-- can add these first (tests/integration/counts-rolling-deploy.test.ts).
ALTER TABLE "answers" ADD COLUMN IF NOT EXISTS "version" text;--> statement-breakpoint
CREATE OR REPLACE FUNCTION answers_version_from_response() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.version IS NULL THEN
    NEW.version := (SELECT r.version FROM responses r WHERE r.id = NEW.response_id);
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS answers_version_from_response ON "answers";--> statement-breakpoint
CREATE TRIGGER answers_version_from_response BEFORE INSERT ON "answers"
  FOR EACH ROW EXECUTE FUNCTION answers_version_from_response();--> statement-breakpoint
UPDATE "answers" a SET "version" = r."version" FROM "responses" r
  WHERE a."response_id" = r."id" AND a."version" IS NULL;--> statement-breakpoint
ALTER TABLE "answers" ALTER COLUMN "version" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN IF NOT EXISTS "summary_final_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN IF NOT EXISTS "late" boolean DEFAULT false NOT NULL;

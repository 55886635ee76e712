-- Whether each response's increments are in summary_counts, recorded on the response itself
-- (app/summary/counts.server.ts). Folds wait for this migration: it takes their lock first.
SELECT pg_advisory_xact_lock(6180288);--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "counted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "responses_uncounted_idx" ON "responses" USING btree ("inspection_id") WHERE not "responses"."counted";--> statement-breakpoint
-- Until now only pending_counts said a response was not counted yet: one not waiting there is
-- counted, unless its inspection has no counters at all (stored before counters existed).
UPDATE "responses" r SET "counted" = true
  WHERE NOT EXISTS (SELECT 1 FROM "pending_counts" p WHERE p."response_id" = r."id")
    AND EXISTS (SELECT 1 FROM "summary_counts" c WHERE c."inspection_id" = r."inspection_id");--> statement-breakpoint
-- Processes of the previous version read and fold pending_counts until they stop: every
-- response not counted waits there too, and their fold (which deletes the rows it counted)
-- marks what it counted.
INSERT INTO "pending_counts" ("response_id", "inspection_id")
  SELECT "id", "inspection_id" FROM "responses" WHERE NOT "counted"
  ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE FUNCTION "pending_counts_folded"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "responses" SET "counted" = true
    WHERE "id" IN (SELECT "response_id" FROM folded) AND NOT "counted";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "pending_counts_folded" AFTER DELETE ON "pending_counts"
  REFERENCING OLD TABLE AS folded FOR EACH STATEMENT EXECUTE FUNCTION "pending_counts_folded"();

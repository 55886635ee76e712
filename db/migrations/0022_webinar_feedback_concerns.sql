ALTER TABLE "webinar_feedback" ADD COLUMN "concern" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "webinar_feedback" ADD COLUMN "concern_words" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "webinar_feedback" ADD COLUMN "concern_decision" text;--> statement-breakpoint
ALTER TABLE "webinar_feedback" ADD COLUMN "concern_note" text;--> statement-breakpoint
ALTER TABLE "webinar_feedback" ADD COLUMN "concern_decided_by" uuid;--> statement-breakpoint
ALTER TABLE "webinar_feedback" ADD COLUMN "concern_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webinar_feedback" ADD CONSTRAINT "webinar_feedback_concern_decided_by_users_id_fk" FOREIGN KEY ("concern_decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webinar_feedback_open_concerns_idx" ON "webinar_feedback" USING btree ("webinar_id") WHERE "webinar_feedback"."concern" and "webinar_feedback"."concern_decision" is null;
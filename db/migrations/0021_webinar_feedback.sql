CREATE TABLE "webinar_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webinar_id" uuid NOT NULL,
	"useful" text NOT NULL,
	"heard" text NOT NULL,
	"other" text
);
--> statement-breakpoint
CREATE TABLE "webinar_feedback_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"webinar_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webinar_follow_ups" (
	"webinar_id" uuid PRIMARY KEY NOT NULL,
	"notes_url" text,
	"sent_to" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "webinar_feedback" ADD CONSTRAINT "webinar_feedback_webinar_id_webinars_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_feedback_links" ADD CONSTRAINT "webinar_feedback_links_webinar_id_webinars_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_follow_ups" ADD CONSTRAINT "webinar_follow_ups_webinar_id_webinars_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webinar_feedback_webinar_idx" ON "webinar_feedback" USING btree ("webinar_id");--> statement-breakpoint
CREATE INDEX "webinar_feedback_links_webinar_idx" ON "webinar_feedback_links" USING btree ("webinar_id");
CREATE TABLE "webinar_signup_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webinar_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"access_needs" jsonb NOT NULL,
	"question" text,
	"language" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "webinar_signup_requests" ADD CONSTRAINT "webinar_signup_requests_webinar_id_webinars_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webinar_signup_requests_token_idx" ON "webinar_signup_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "webinar_signup_requests_created_idx" ON "webinar_signup_requests" USING btree ("created_at");
CREATE TABLE "answers" (
	"response_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"value" text NOT NULL,
	"polarity" text NOT NULL,
	"criteria" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "answers_response_id_question_id_value_pk" PRIMARY KEY("response_id","question_id","value")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"inspection_id" uuid,
	"action" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comment_codes" (
	"comment_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	CONSTRAINT "comment_codes_comment_id_criterion_pk" PRIMARY KEY("comment_id","criterion")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"text" text NOT NULL,
	"sentiment" text
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_link_id" uuid NOT NULL,
	"version" text NOT NULL,
	"language" text NOT NULL,
	"channel" text DEFAULT 'online' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"resume_code_hash" text,
	"submission_key" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_team" (
	"inspection_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	CONSTRAINT "inspection_team_inspection_id_user_id_pk" PRIMARY KEY("inspection_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"local_area_id" uuid NOT NULL,
	"notified_on" date NOT NULL,
	"surveys_open_at" timestamp with time zone NOT NULL,
	"surveys_close_at" timestamp with time zone NOT NULL,
	"surveys_closed_early" boolean DEFAULT false NOT NULL,
	"support_service_name" text,
	"support_service_phone" text,
	"support_service_url" text,
	"area_counts_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"version" text NOT NULL,
	"language" text NOT NULL,
	"channel" text NOT NULL,
	"submitted_on" date NOT NULL,
	"about" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submission_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"token" text NOT NULL,
	"short_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_codes" ADD CONSTRAINT "comment_codes_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_survey_link_id_survey_links_id_fk" FOREIGN KEY ("survey_link_id") REFERENCES "public"."survey_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_team" ADD CONSTRAINT "inspection_team_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_team" ADD CONSTRAINT "inspection_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_local_area_id_local_areas_id_fk" FOREIGN KEY ("local_area_id") REFERENCES "public"."local_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_inspection_idx" ON "answers" USING btree ("inspection_id","question_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "comments_inspection_idx" ON "comments" USING btree ("inspection_id","question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_resume_code_idx" ON "drafts" USING btree ("resume_code_hash");--> statement-breakpoint
CREATE INDEX "drafts_survey_link_idx" ON "drafts" USING btree ("survey_link_id");--> statement-breakpoint
CREATE INDEX "inspection_team_user_idx" ON "inspection_team" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "inspections_local_area_idx" ON "inspections" USING btree ("local_area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_submission_key_idx" ON "responses" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "responses_inspection_idx" ON "responses" USING btree ("inspection_id","audience");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_links_token_idx" ON "survey_links" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_links_short_code_idx" ON "survey_links" USING btree ("short_code");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_links_inspection_audience_idx" ON "survey_links" USING btree ("inspection_id","audience");
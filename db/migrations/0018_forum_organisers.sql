-- Forum organisers and access needs arranged (#22): a lead's invitation to a parent carer forum
-- organiser (the token stored hashed, single use, expiring), and which of a sign-up's access
-- needs the host has arranged. Re-runnable (IF NOT EXISTS), as 0017 is.
CREATE TABLE IF NOT EXISTS "organiser_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "webinar_signups" ADD COLUMN IF NOT EXISTS "arranged_needs" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "organiser_invitations" ADD CONSTRAINT "organiser_invitations_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
DO $$ BEGIN
  ALTER TABLE "organiser_invitations" ADD CONSTRAINT "organiser_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "organiser_invitations_token_idx" ON "organiser_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organiser_invitations_inspection_idx" ON "organiser_invitations" USING btree ("inspection_id");
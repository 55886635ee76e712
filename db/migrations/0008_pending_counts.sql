CREATE TABLE "pending_counts" (
	"response_id" uuid PRIMARY KEY NOT NULL,
	"inspection_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pending_counts" ADD CONSTRAINT "pending_counts_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_counts_inspection_idx" ON "pending_counts" USING btree ("inspection_id");
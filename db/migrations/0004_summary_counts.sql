CREATE TABLE "summary_counts" (
	"inspection_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"dimension" text NOT NULL,
	"dim_value" text NOT NULL,
	"code" text NOT NULL,
	"polarity" text NOT NULL,
	"shard" smallint NOT NULL,
	"answers" integer NOT NULL,
	"people" integer NOT NULL,
	CONSTRAINT "summary_counts_inspection_id_kind_audience_dimension_dim_value_code_polarity_shard_pk" PRIMARY KEY("inspection_id","kind","audience","dimension","dim_value","code","polarity","shard")
);
--> statement-breakpoint
ALTER TABLE "summary_counts" ADD CONSTRAINT "summary_counts_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "answers" ADD COLUMN "sub_points" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Existing inspections get the framework's timeline: week 2 and week 3 start one and two weeks
-- after notification. Added empty, filled, then required, so existing rows are kept.
ALTER TABLE "inspections" ADD COLUMN "week2_starts_on" date;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "week3_starts_on" date;--> statement-breakpoint
UPDATE "inspections" SET "week2_starts_on" = "notified_on" + 7, "week3_starts_on" = "notified_on" + 14;--> statement-breakpoint
ALTER TABLE "inspections" ALTER COLUMN "week2_starts_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ALTER COLUMN "week3_starts_on" SET NOT NULL;

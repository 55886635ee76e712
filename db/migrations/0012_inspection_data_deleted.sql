-- When the retention sweep deleted everything people sent for an inspection, RETENTION_YEARS
-- after it ended (app/inspections/retention.server.ts): it runs once for each inspection.
ALTER TABLE "inspections" ADD COLUMN "data_deleted_at" timestamp with time zone;
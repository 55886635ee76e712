CREATE TABLE "ended_sessions" (
	"sid" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL
);

ALTER TABLE "release_schedules" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "release_schedules" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "release_schedules" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "releases" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "release_schedules" ADD CONSTRAINT "release_schedules_review" CHECK (("release_schedules"."reviewed_by" is null) = ("release_schedules"."reviewed_at" is null) and ("release_schedules"."review_note" is null or "release_schedules"."reviewed_by" is not null));--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_review" CHECK (("releases"."reviewed_by" is null) = ("releases"."reviewed_at" is null) and ("releases"."review_note" is null or "releases"."reviewed_by" is not null));
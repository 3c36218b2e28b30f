ALTER TABLE "document_versions" ADD COLUMN "content_warnings" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "situations" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "purpose" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "grade_bands" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "reading_grade" real;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "remote" boolean;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "accessibility" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "participants_min" smallint;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "participants_max" smallint;--> statement-breakpoint
CREATE INDEX "document_versions_content_warnings_idx" ON "document_versions" USING gin ("content_warnings");--> statement-breakpoint
CREATE INDEX "document_versions_situations_idx" ON "document_versions" USING gin ("situations");--> statement-breakpoint
CREATE INDEX "document_versions_grade_bands_idx" ON "document_versions" USING gin ("grade_bands");
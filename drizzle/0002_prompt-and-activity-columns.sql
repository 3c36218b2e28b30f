ALTER TABLE "document_versions" ADD COLUMN "age_min" smallint;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "age_max" smallint;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "depth" smallint;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "direction" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "settings" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "sensitive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "minutes_min" smallint;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "minutes_max" smallint;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "cost" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "setting" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "energy" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "seasons" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "interests" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "document_versions_settings_idx" ON "document_versions" USING gin ("settings");--> statement-breakpoint
CREATE INDEX "document_versions_seasons_idx" ON "document_versions" USING gin ("seasons");--> statement-breakpoint
CREATE INDEX "document_versions_age_idx" ON "document_versions" USING btree ("age_min","age_max");--> statement-breakpoint
CREATE INDEX "document_versions_depth_idx" ON "document_versions" USING btree ("depth");--> statement-breakpoint
CREATE INDEX "document_versions_category_idx" ON "document_versions" USING btree ("category");--> statement-breakpoint
CREATE INDEX "document_versions_minutes_idx" ON "document_versions" USING btree ("minutes_min");
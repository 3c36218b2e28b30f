CREATE TABLE "release_schedules" (
	"id" serial PRIMARY KEY NOT NULL,
	"publish_at" timestamp with time zone NOT NULL,
	"documents" text[],
	"note" text NOT NULL,
	"state" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"release_id" integer,
	"error" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_by_key_id" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "preview" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "release_schedules" ADD CONSTRAINT "release_schedules_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_schedules_due_idx" ON "release_schedules" USING btree ("state","publish_at");--> statement-breakpoint
-- Published history stays immutable. The one exception is the preview overlay (release=draft): its
-- versions and its release are never published, and are replaced whenever the drafts change.
CREATE FUNCTION forbid_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.preview THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'rows of % are immutable', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END
$$;
--> statement-breakpoint
CREATE FUNCTION forbid_release_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.source = 'preview' THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'rows of % are immutable', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END
$$;
--> statement-breakpoint
CREATE FUNCTION forbid_release_item_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM releases WHERE id = OLD.release_id AND source = 'preview') THEN RETURN OLD; END IF;
  RAISE EXCEPTION 'rows of % are immutable', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END
$$;
--> statement-breakpoint
DROP TRIGGER document_versions_immutable ON document_versions;
--> statement-breakpoint
CREATE TRIGGER document_versions_immutable BEFORE UPDATE OR DELETE ON document_versions
  FOR EACH ROW EXECUTE FUNCTION forbid_version_change();
--> statement-breakpoint
DROP TRIGGER releases_immutable ON releases;
--> statement-breakpoint
CREATE TRIGGER releases_immutable BEFORE UPDATE OR DELETE ON releases
  FOR EACH ROW EXECUTE FUNCTION forbid_release_change();
--> statement-breakpoint
DROP TRIGGER release_items_immutable ON release_items;
--> statement-breakpoint
CREATE TRIGGER release_items_immutable BEFORE UPDATE OR DELETE ON release_items
  FOR EACH ROW EXECUTE FUNCTION forbid_release_item_change();
--> statement-breakpoint
-- A preview release is never the current one.
CREATE FUNCTION forbid_preview_current() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM releases WHERE id = NEW.release_id AND source = 'preview') THEN
    RAISE EXCEPTION 'a preview release cannot be current' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER current_release_not_preview BEFORE INSERT OR UPDATE ON current_release
  FOR EACH ROW EXECUTE FUNCTION forbid_preview_current();

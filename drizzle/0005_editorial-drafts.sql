CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"key_id" text,
	"key_name" text NOT NULL,
	"request_id" text,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "document_drafts" (
	"document_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb,
	"state" text NOT NULL,
	"revision" integer NOT NULL,
	"base_version" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_key_id" text,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "document_drafts_body" CHECK (("document_drafts"."kind" = 'archive') = ("document_drafts"."body" is null))
);
--> statement-breakpoint
CREATE TABLE "draft_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"state" text,
	"kind" text,
	"body" jsonb,
	"note" text,
	"author_key_id" text,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_drafts" ADD CONSTRAINT "document_drafts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_revisions" ADD CONSTRAINT "draft_revisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target","id");--> statement-breakpoint
CREATE INDEX "draft_revisions_document_idx" ON "draft_revisions" USING btree ("document_id","id");--> statement-breakpoint
CREATE TRIGGER draft_revisions_append_only BEFORE UPDATE OR DELETE ON draft_revisions
  FOR EACH ROW EXECUTE FUNCTION forbid_history_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION forbid_history_change();

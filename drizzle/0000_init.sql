CREATE TYPE "public"."document_type" AS ENUM('section', 'topic', 'faq', 'prompt', 'activity');--> statement-breakpoint
CREATE TABLE "current_release" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"release_id" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "current_release_singleton" CHECK ("current_release"."id")
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"document_id" text NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"position" integer DEFAULT 0 NOT NULL,
	"competencies" text[] DEFAULT '{}'::text[] NOT NULL,
	"life_stages" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"body" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('english'::regconfig, search_text), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_versions_document_id_version_pk" PRIMARY KEY("document_id","version"),
	CONSTRAINT "document_versions_version_positive" CHECK ("document_versions"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"type" "document_type" NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_type_slug_unique" UNIQUE("type","slug")
);
--> statement-breakpoint
CREATE TABLE "release_items" (
	"release_id" integer NOT NULL,
	"document_id" text NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "release_items_release_id_document_id_pk" PRIMARY KEY("release_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"id" serial PRIMARY KEY NOT NULL,
	"note" text NOT NULL,
	"source" text NOT NULL,
	"based_on_release_id" integer,
	"document_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "current_release" ADD CONSTRAINT "current_release_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_items" ADD CONSTRAINT "release_items_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release_items" ADD CONSTRAINT "release_items_document_id_version_document_versions_document_id_version_fk" FOREIGN KEY ("document_id","version") REFERENCES "public"."document_versions"("document_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_versions_search_idx" ON "document_versions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "document_versions_competencies_idx" ON "document_versions" USING gin ("competencies");--> statement-breakpoint
CREATE INDEX "document_versions_life_stages_idx" ON "document_versions" USING gin ("life_stages");--> statement-breakpoint
CREATE INDEX "document_versions_topics_idx" ON "document_versions" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "release_items_version_idx" ON "release_items" USING btree ("document_id","version");
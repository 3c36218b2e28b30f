import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  pgSequence,
} from 'drizzle-orm/pg-core'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { documentTypes } from '../content/vocabulary.js'

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
})

// A release's review (who reviewed its content, when, and a note), on releases and on the schedules that make them.
const reviewColumns = () => ({
  reviewedBy: text('reviewed_by'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  reviewNote: text('review_note'),
})

// Who and when come together; a note only with them.
const reviewCheck = (name: string, table: { reviewedBy: AnyPgColumn; reviewedAt: AnyPgColumn; reviewNote: AnyPgColumn }) =>
  check(
    `${name}_review`,
    sql`(${table.reviewedBy} is null) = (${table.reviewedAt} is null) and (${table.reviewNote} is null or ${table.reviewedBy} is not null)`,
  )

export const documentType = pgEnum('document_type', documentTypes)

export const documents = pgTable(
  'documents',
  {
    id: text('id').primaryKey(),
    type: documentType('type').notNull(),
    slug: text('slug').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('documents_type_slug_unique').on(table.type, table.slug)],
)

// Rows are never updated or deleted (enforced by trigger): an edit is a new version.
export const documentVersions = pgTable(
  'document_versions',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    position: integer('position').notNull().default(0),
    competencies: text('competencies')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    lifeStages: text('life_stages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ageMin: smallint('age_min'),
    ageMax: smallint('age_max'),
    depth: smallint('depth'),
    direction: text('direction'),
    settings: text('settings')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sensitive: boolean('sensitive').notNull().default(false),
    category: text('category'),
    minutesMin: smallint('minutes_min'),
    minutesMax: smallint('minutes_max'),
    cost: text('cost'),
    setting: text('setting'),
    energy: text('energy'),
    seasons: text('seasons')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    interests: text('interests')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contentWarnings: text('content_warnings')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    situations: text('situations')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    themes: text('themes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    purpose: text('purpose'),
    gradeBands: text('grade_bands')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    readingGrade: real('reading_grade'),
    remote: boolean('remote'),
    accessibility: text('accessibility')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    participantsMin: smallint('participants_min'),
    participantsMax: smallint('participants_max'),
    body: jsonb('body').notNull(),
    searchText: text('search_text').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('english'::regconfig, search_text), 'C')`,
      ),
    // A draft laid over the current release for preview (`release=draft`): never published, never
    // listed, and the only kind of version row that may be deleted (when the drafts change).
    preview: boolean('preview').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.documentId, table.version] }),
    check('document_versions_version_positive', sql`${table.version} > 0`),
    index('document_versions_search_idx').using('gin', table.search),
    index('document_versions_competencies_idx').using('gin', table.competencies),
    index('document_versions_life_stages_idx').using('gin', table.lifeStages),
    index('document_versions_topics_idx').using('gin', table.topics),
    index('document_versions_settings_idx').using('gin', table.settings),
    index('document_versions_seasons_idx').using('gin', table.seasons),
    index('document_versions_age_idx').on(table.ageMin, table.ageMax),
    index('document_versions_depth_idx').on(table.depth),
    index('document_versions_category_idx').on(table.category),
    index('document_versions_minutes_idx').on(table.minutesMin),
    index('document_versions_content_warnings_idx').using('gin', table.contentWarnings),
    index('document_versions_situations_idx').using('gin', table.situations),
    index('document_versions_themes_idx').using('gin', table.themes),
    index('document_versions_grade_bands_idx').using('gin', table.gradeBands),
  ],
)

export const releases = pgTable(
  'releases',
  {
    id: serial('id').primaryKey(),
    note: text('note').notNull(),
    // preview: the drafts laid over the current release, for content:preview keys only; never current,
    // never listed or pinned, replaced whenever the drafts change.
    source: text('source', { enum: ['import', 'publish', 'rollback', 'schedule', 'preview'] }).notNull(),
    basedOnReleaseId: integer('based_on_release_id'),
    documentCount: integer('document_count').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Who reviewed the content and when, given with the publish; written once, like the rest of the row.
    ...reviewColumns(),
  },
  (table) => [reviewCheck('releases', table)],
)

// Preview overlays take negative ids from their own sequence: published release ids stay one series
// with no gaps, and no preview id can ever be passed where a release id is accepted (those are positive).
export const previewReleaseIds = pgSequence('preview_release_ids')

export const releaseItems = pgTable(
  'release_items',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id),
    documentId: text('document_id').notNull(),
    version: integer('version').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.releaseId, table.documentId] }),
    foreignKey({
      columns: [table.documentId, table.version],
      foreignColumns: [documentVersions.documentId, documentVersions.version],
    }),
    index('release_items_version_idx').on(table.documentId, table.version),
  ],
)

// A single row (id is always true) pointing at the release every unpinned read is served from.
export const currentRelease = pgTable(
  'current_release',
  {
    id: boolean('id').primaryKey().default(true),
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('current_release_singleton', sql`${table.id}`)],
)

// Partner API keys. Only a hash of the secret is stored; the key itself is shown once, at creation.
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    policy: jsonb('policy'),
    rateLimit: integer('rate_limit'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('api_keys_rate_limit_positive', sql`${table.rateLimit} is null or ${table.rateLimit} > 0`)],
)

// The one pending change of a document: an edited body, or its removal from the next release. It is
// the only mutable editorial row; every change to it is also appended to draft_revisions.
export const documentDrafts = pgTable(
  'document_drafts',
  {
    documentId: text('document_id')
      .primaryKey()
      .references(() => documents.id),
    kind: text('kind', { enum: ['edit', 'archive'] }).notNull(),
    body: jsonb('body'),
    state: text('state', { enum: ['draft', 'in-review', 'approved'] }).notNull(),
    // Bumped by every change; the draft's ETag. Writes compare and swap on it, so no update is lost.
    revision: integer('revision').notNull(),
    // The published version the draft was started from (null for a new document).
    baseVersion: integer('base_version'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByKeyId: text('updated_by_key_id'),
    updatedByName: text('updated_by_name').notNull(),
  },
  (table) => [check('document_drafts_body', sql`(${table.kind} = 'archive') = (${table.body} is null)`)],
)

// Every change to a draft, with its author and note. Append-only (enforced by trigger).
export const draftRevisions = pgTable(
  'draft_revisions',
  {
    id: serial('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    revision: integer('revision').notNull(),
    action: text('action').notNull(),
    state: text('state'),
    kind: text('kind'),
    body: jsonb('body'),
    note: text('note'),
    authorKeyId: text('author_key_id'),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('draft_revisions_document_idx').on(table.documentId, table.id)],
)

// Who did what, when, with which request. Append-only (enforced by trigger).
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    keyId: text('key_id'),
    keyName: text('key_name').notNull(),
    requestId: text('request_id'),
    action: text('action').notNull(),
    target: text('target').notNull(),
    detail: jsonb('detail'),
  },
  (table) => [index('audit_log_target_idx').on(table.target, table.id)],
)

// Releases to publish at a given time. A due schedule is claimed (FOR UPDATE SKIP LOCKED) inside the
// transaction that publishes it, so it fires exactly once however many instances run.
export const releaseSchedules = pgTable(
  'release_schedules',
  {
    id: serial('id').primaryKey(),
    publishAt: timestamp('publish_at', { withTimezone: true }).notNull(),
    // The drafts to publish (they must be approved when it fires); null: every approved draft then.
    documents: text('documents').array(),
    note: text('note').notNull(),
    state: text('state', { enum: ['scheduled', 'published', 'failed', 'cancelled'] }).notNull(),
    // Bumped by every change; the schedule's ETag, for If-Match on reschedule and cancel.
    revision: integer('revision').notNull().default(1),
    releaseId: integer('release_id').references(() => releases.id),
    // The review the release will record when the schedule fires.
    ...reviewColumns(),
    error: jsonb('error'),
    attempts: integer('attempts').notNull().default(0),
    createdByKeyId: text('created_by_key_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('release_schedules_due_idx').on(table.state, table.publishAt), reviewCheck('release_schedules', table)],
)

// The outbox: one row for every change partners follow (a release published or rolled back, a schedule
// that failed, a key revoked), written in the transaction of the change and announced on commit. The
// release pointer, caches, /v1/events and webhooks all read it; nothing is lost if a process dies
// right after the commit. Append-only (enforced by trigger).
export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    type: text('type').notNull(),
    releaseId: integer('release_id').references(() => releases.id),
    previousReleaseId: integer('previous_release_id'),
    data: jsonb('data').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('events_release_idx').on(table.releaseId)],
)

// Webhook subscriptions. The secret signs deliveries (Standard Webhooks), so it is kept, unlike a key's.
export const webhooks = pgTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  description: text('description'),
  eventTypes: text('event_types').array().notNull(),
  // Deliveries reveal only what this key's content policy allows (counts of changes it can see).
  policyKeyId: text('policy_key_id').references(() => apiKeys.id),
  secret: text('secret').notNull(),
  // After a rotation the old secret keeps signing too, until it expires.
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
  enabled: boolean('enabled').notNull().default(true),
  disabledReason: text('disabled_reason'),
  // Bumped by every change; the subscription's ETag.
  revision: integer('revision').notNull().default(1),
  createdByKeyId: text('created_by_key_id'),
  createdByName: text('created_by_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

// One message to one subscription, with its retry state. Fanned out in the transaction of its event,
// so none is lost; claimed FOR UPDATE SKIP LOCKED with a lease, so each attempt runs on one instance.
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: serial('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').references(() => events.id),
    // The webhook-id header: the same on every attempt and on a replay, so receivers can de-duplicate.
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    // Built at the first attempt (through the subscription's policy), then sent unchanged on every retry.
    payload: text('payload'),
    state: text('state', { enum: ['pending', 'delivering', 'succeeded', 'failed'] }).notNull(),
    // Ordered deliveries of a subscription go out one at a time in event order; replays and pings do not wait.
    ordered: boolean('ordered').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('webhook_deliveries_due_idx').on(table.state, table.nextAttemptAt), index('webhook_deliveries_webhook_idx').on(table.webhookId, table.id)],
)

// Every attempt of a delivery: when, how long, what the receiver answered, and what happens next.
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: serial('id').primaryKey(),
    deliveryId: integer('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    outcome: text('outcome', { enum: ['succeeded', 'retrying', 'failed', 'disabled'] }).notNull(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
  },
  (table) => [index('webhook_attempts_delivery_idx').on(table.deliveryId, table.id)],
)

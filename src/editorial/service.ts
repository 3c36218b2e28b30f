import { and, asc, desc, eq, gt, inArray, max, sql } from 'drizzle-orm'
import { z } from 'zod'
import { contentProblems, type ActivityLike, type Located, type PromptLike } from '../content/check/rules.js'
import { unknownNames } from '../content/relations.js'
import { chunks, publishChanges, PUBLISH_LOCK } from '../content/import-content.js'
import { contentDocument, type ContentDocument } from '../content/load-content.js'
import { documentIdValue, type AnyContentType } from '../content/types/define.js'
import { contentTypes, documentId } from '../content/types/index.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import { auditLog, documentDrafts, documents, documentVersions, draftRevisions, releaseItems } from '../db/schema.js'
import { releaseDocuments } from '../documents/repository.js'
import { AppError, type FieldError } from '../errors.js'
import { assertScope } from '../keys/auth.js'
import type { Scope } from '../keys/schemas.js'
import { parseInput } from '../read/input.js'
import { findCurrentReleaseId } from '../releases/repository.js'
import type { ReleaseService } from '../releases/service.js'
import { mergePatch } from './merge-patch.js'

/** Who is writing: the key (or the development caller) and the request, for the revisions and the audit log. */
export interface Editor {
  keyId: string | null
  name: string
  scopes: ReadonlySet<Scope>
  requestId?: string | undefined
}

export const draftStates = ['draft', 'in-review', 'approved'] as const
export type DraftState = (typeof draftStates)[number]
export const editableTypes = ['prompt', 'activity', 'topic', 'faq'] as const

export interface DraftView {
  kind: 'edit' | 'archive'
  state: DraftState
  revision: number
  etag: string
  baseVersion: number | null
  content: Record<string, unknown> | null
  updatedAt: string
  updatedBy: string
}

export interface EditorialDocument {
  id: string
  type: DocumentType
  slug: string
  /** published: in the current release, nothing pending; draft, in-review, approved: a draft's state. */
  state: 'published' | 'unpublished' | DraftState
  published: { version: number; content: Record<string, unknown> } | null
  draft: DraftView | null
  /** What `If-Match` must carry for the next write: the draft's revision, or the published version. */
  etag: string
}

const draftEtag = (revision: number) => `"d${revision}"`
const publishedEtag = (version: number | null) => `"v${version ?? 0}"`

const idInput = documentIdValue
/** Why an editor made a change, recorded with it. */
export const note = z.string().trim().min(1).max(500)
/** A document body as an editor sends it; its type's schema checks the rest. */
export const contentInput = z.record(z.string().max(100), z.unknown())
const createInput = z.strictObject({ type: z.enum(editableTypes), content: contentInput, note: note.optional() })
const listInput = z.strictObject({
  type: z.enum(['section', ...editableTypes]).optional(),
  state: z.enum(['published', 'unpublished', ...draftStates]).optional(),
  hasDraft: z.boolean().optional(),
  limit: z.number().int().min(1).max(100).default(50),
  after: idInput.optional(),
})
const publishInput = z.strictObject({ documents: z.array(idInput).min(1).max(1_000).optional(), note: note })

/**
 * The editorial use cases, written once for REST and GraphQL: drafts over the published versions,
 * review, and publishing approved drafts as a new release. Scopes are checked here, so the two adapters
 * cannot differ. Every write appends a draft revision (author and note) and an audit row, in the same
 * transaction as the change; draft writes compare and swap on the draft's revision, so no update is lost.
 */
export class EditorialService {
  constructor(
    private readonly db: AppDatabase,
    private readonly releases: ReleaseService,
  ) {}

  async create(editor: Editor, input: unknown): Promise<EditorialDocument> {
    requireScope(editor, 'content:write')
    const { type, content, note: why } = parseInput(createInput, input as Record<string, unknown>)
    const parsed = validContent(type, content)
    const slug = String(parsed.slug)
    const id = documentId(type, slug)
    await this.db.transaction(async (tx) => {
      const inserted = await tx.insert(documents).values({ id, type, slug }).onConflictDoNothing().returning({ id: documents.id })
      if (inserted.length === 0) throw new AppError('DOCUMENT_EXISTS', `"${id}" already exists; edit its draft instead.`)
      await tx.insert(documentDrafts).values({ documentId: id, kind: 'edit', body: parsed, state: 'draft', revision: 1, baseVersion: null, ...author(editor) })
      await record(tx, editor, { documentId: id, revision: 1, action: 'create', state: 'draft', kind: 'edit', body: parsed, note: why })
    })
    return this.get(editor, id)
  }

  async get(editor: Editor, id: string): Promise<EditorialDocument> {
    requireScope(editor, 'content:write', 'content:publish')
    const docId = parseInput(z.strictObject({ id: idInput }), { id }).id
    const [doc] = await this.db.select().from(documents).where(eq(documents.id, docId))
    if (!doc) throw new AppError('DOCUMENT_NOT_FOUND', `No document "${docId}".`)
    const [published, [draft]] = await Promise.all([
      this.publishedVersion(docId),
      this.db.select().from(documentDrafts).where(eq(documentDrafts.documentId, docId)),
    ])
    return view(doc, published, draft ?? null)
  }

  async list(editor: Editor, input: unknown): Promise<{ items: EditorialDocument[]; nextAfter: string | null }> {
    requireScope(editor, 'content:write', 'content:publish')
    const filters = parseInput(listInput, input as Record<string, unknown>)
    const rows = await this.db
      .select()
      .from(documents)
      .leftJoin(documentDrafts, eq(documentDrafts.documentId, documents.id))
      .where(
        and(
          filters.type ? eq(documents.type, filters.type) : undefined,
          filters.after ? gt(documents.id, filters.after) : undefined,
          filters.hasDraft === true ? sql`${documentDrafts.documentId} is not null` : undefined,
          filters.hasDraft === false ? sql`${documentDrafts.documentId} is null` : undefined,
          filters.state && (draftStates as readonly string[]).includes(filters.state) ? eq(documentDrafts.state, filters.state as DraftState) : undefined,
        ),
      )
      .orderBy(asc(documents.id))
    const published = await this.publishedVersions(rows.map((row) => row.documents.id))
    const items = rows
      .map((row) => view(row.documents, published.get(row.documents.id) ?? null, row.document_drafts))
      .filter((item) => !filters.state || item.state === filters.state)
    const page = items.slice(0, filters.limit)
    return { items: page, nextAfter: items.length > filters.limit ? (page.at(-1)?.id ?? null) : null }
  }

  /** Replaces the draft's content (PUT). */
  replace(editor: Editor, id: string, content: unknown, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    return this.edit(editor, id, ifMatch, why, () => content)
  }

  /** Edits the draft with a JSON Merge Patch (RFC 7396) over the draft, or over the published version. */
  patch(editor: Editor, id: string, patch: unknown, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    return this.edit(editor, id, ifMatch, why, (current) => mergePatch(current, patch))
  }

  /**
   * Makes an earlier version's body the draft (state draft), recorded as a 'restore' revision. The body
   * is validated like any edit (src/editorial/history.ts finds it and explains a refusal).
   */
  restore(editor: Editor, id: string, body: Record<string, unknown>, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    return this.edit(editor, id, ifMatch, why, () => body, 'restore')
  }

  private async edit(
    editor: Editor,
    id: string,
    ifMatch: string | undefined,
    why: string | undefined,
    next: (current: Record<string, unknown>) => unknown,
    action = 'edit',
  ): Promise<EditorialDocument> {
    requireScope(editor, 'content:write')
    const current = await this.get(editor, id)
    checkPrecondition(current, ifMatch)
    const base = current.draft?.kind === 'edit' ? current.draft.content : current.published?.content
    const content = validContent(current.type, next(structuredClone(base ?? {})) as Record<string, unknown>)
    if ('slug' in content && content.slug !== current.slug) {
      throw validation([{ location: 'body', field: 'slug', message: `must stay "${current.slug}"; create a new document to change it` }])
    }
    await this.writeDraft(editor, current, { kind: 'edit', body: content, state: 'draft' }, action, why)
    return this.get(editor, id)
  }

  /**
   * Discards the draft; the published version, if any, stays as it is. Needs If-Match like every other
   * write: a discard is the one change that cannot be undone, so it must not throw away an edit the
   * caller has not seen.
   */
  async discard(editor: Editor, id: string, ifMatch: string | undefined): Promise<EditorialDocument> {
    requireScope(editor, 'content:write')
    const current = await this.get(editor, id)
    if (!current.draft) throw new AppError('DRAFT_NOT_FOUND', `"${current.id}" has no draft.`)
    checkPrecondition(current, ifMatch)
    await this.db.transaction(async (tx) => {
      const deleted = await tx
        .delete(documentDrafts)
        .where(and(eq(documentDrafts.documentId, current.id), eq(documentDrafts.revision, current.draft!.revision)))
        .returning({ id: documentDrafts.documentId })
      if (deleted.length === 0) throw stale(current.id)
      await record(tx, editor, { documentId: current.id, revision: current.draft!.revision + 1, action: 'discard', state: null, kind: null, body: null, note: null })
    })
    return this.get(editor, id)
  }

  /** Marks a published document for removal from the next release; it goes through review like an edit. */
  async archive(editor: Editor, id: string, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    requireScope(editor, 'content:write')
    const current = await this.get(editor, id)
    if (!current.published) throw new AppError('INVALID_TRANSITION', `"${current.id}" is not published; discard its draft instead.`)
    checkPrecondition(current, ifMatch)
    await this.writeDraft(editor, current, { kind: 'archive', body: null, state: 'draft' }, 'archive', why)
    return this.get(editor, id)
  }

  submit(editor: Editor, id: string, why?: string) {
    return this.transition(editor, id, 'content:write', 'draft', 'in-review', 'submit', why)
  }

  approve(editor: Editor, id: string, why?: string) {
    return this.transition(editor, id, 'content:publish', 'in-review', 'approved', 'approve', why)
  }

  reject(editor: Editor, id: string, why: unknown) {
    const reason = parseInput(z.strictObject({ note }), { note: why }).note
    return this.transition(editor, id, 'content:publish', 'in-review', 'draft', 'reject', reason)
  }

  private async transition(editor: Editor, id: string, scope: Scope, from: DraftState, to: DraftState, action: string, why?: string) {
    requireScope(editor, scope)
    const current = await this.get(editor, id)
    if (!current.draft) throw new AppError('DRAFT_NOT_FOUND', `"${current.id}" has no draft.`)
    if (current.draft.state !== from) {
      throw new AppError('INVALID_TRANSITION', `Only a draft in state "${from}" can be ${action === 'submit' ? 'submitted' : `${action}d`}; "${current.id}" is ${current.draft.state}.`)
    }
    await this.writeDraft(editor, current, { kind: current.draft.kind, body: current.draft.content, state: to }, action, why)
    return this.get(editor, id)
  }

  /** Writes the draft if it is still the one `current` read (compare and swap on its revision). */
  private async writeDraft(
    editor: Editor,
    current: EditorialDocument,
    draft: { kind: 'edit' | 'archive'; body: Record<string, unknown> | null; state: DraftState },
    action: string,
    why: string | undefined,
  ) {
    await this.db.transaction(async (tx) => {
      // Revisions keep counting across discarded and published drafts, so an old draft's ETag never
      // matches a new draft.
      const revision = current.draft ? current.draft.revision + 1 : (await lastRevision(tx, current.id)) + 1
      const values = { ...draft, revision, ...author(editor), updatedAt: new Date() }
      const written = current.draft
        ? await tx
            .update(documentDrafts)
            .set(values)
            .where(and(eq(documentDrafts.documentId, current.id), eq(documentDrafts.revision, current.draft.revision)))
            .returning({ id: documentDrafts.documentId })
        : await tx
            .insert(documentDrafts)
            .values({ documentId: current.id, baseVersion: current.published?.version ?? null, ...values })
            .onConflictDoNothing()
            .returning({ id: documentDrafts.documentId })
      if (written.length === 0) throw stale(current.id)
      await record(tx, editor, { documentId: current.id, revision, action, state: draft.state, kind: draft.kind, body: draft.body, note: why ?? null })
    })
  }

  /**
   * Publishes, in one transaction, every approved draft (or the listed ones, which must be approved)
   * as a new release. The result must keep the content rules (references, follow-ups, suggestions...);
   * an empty change set is refused.
   */
  async publish(editor: Editor, input: unknown): Promise<PublishResult> {
    requireScope(editor, 'content:publish')
    const request = parseInput(publishInput, input as Record<string, unknown>)
    const result = await this.db.transaction((tx) => publishDrafts(tx, editor, request, 'publish'))
    this.releases.published(result.releaseId)
    return result
  }

  private async publishedVersion(id: string) {
    return (await this.publishedVersions([id])).get(id) ?? null
  }

  /** The versions the current release publishes of these documents, with their bodies. */
  private async publishedVersions(ids: string[]): Promise<Map<string, { version: number; content: Record<string, unknown> }>> {
    const currentId = await this.releases.currentId()
    if (currentId === null || ids.length === 0) return new Map()
    const rows = await this.db
      .select({ id: releaseItems.documentId, version: releaseItems.version, body: documentVersions.body })
      .from(releaseItems)
      .innerJoin(documentVersions, and(eq(documentVersions.documentId, releaseItems.documentId), eq(documentVersions.version, releaseItems.version)))
      .where(and(eq(releaseItems.releaseId, currentId), ids.length > 500 ? undefined : inArray(releaseItems.documentId, ids)))
    return new Map(rows.map((row) => [row.id, { version: row.version, content: row.body as Record<string, unknown> }]))
  }
}


export interface PublishResult {
  releaseId: number
  published: string[]
  archived: string[]
}

export interface PublishOptions {
  /**
   * Documents the caller built, in this transaction, from the bodies of these drafts (an import, from its
   * files, with their places): published as they are, rather than rebuilt from every body.
   */
  prepared?: ReadonlyMap<string, ContentDocument>
  /** More for the release's event (the schedule that fired). */
  event?: Record<string, unknown>
}

export const publishRequest = publishInput
export type PublishRequest = z.infer<typeof publishInput>

/**
 * Publishes, in the caller's transaction, every approved draft (or the listed ones, which must be
 * approved) as a new release; the one publishing path for the API, schedules and imports. The result
 * must keep the content rules (references, follow-ups, suggestions...); an empty change set is refused.
 * The caller tells the release service once the transaction committed.
 */
export async function publishDrafts(
  tx: Tx,
  editor: Editor,
  request: PublishRequest,
  source: 'publish' | 'schedule' | 'import',
  options: PublishOptions = {},
): Promise<PublishResult> {
  // The publish lock before any draft's row lock, as an import takes them: the two cannot wait on each other.
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`)
  const drafts = await tx
    .select()
    .from(documentDrafts)
    .innerJoin(documents, eq(documents.id, documentDrafts.documentId))
    .where(request.documents ? inArray(documentDrafts.documentId, request.documents) : eq(documentDrafts.state, 'approved'))
    .for('update', { of: documentDrafts })
  if (request.documents) {
    const found = new Map(drafts.map((row) => [row.document_drafts.documentId, row.document_drafts]))
    const problems = request.documents.flatMap((id, index): FieldError[] => {
      const draft = found.get(id)
      if (!draft) return [{ location: 'body', field: `documents.${index}`, message: `"${id}" has no draft` }]
      if (draft.state !== 'approved') return [{ location: 'body', field: `documents.${index}`, message: `"${id}" is ${draft.state}, not approved` }]
      return []
    })
    if (problems.length) throw new AppError('INVALID_TRANSITION', 'Only approved drafts can be published.', problems)
  }
  if (drafts.length === 0) throw new AppError('NOTHING_TO_PUBLISH', 'No approved draft to publish.')

  const currentId = await findCurrentReleaseId(tx)
  const prepared = options.prepared ?? new Map<string, ContentDocument>()
  const unprepared = drafts.map((row) => row.documents).filter((doc) => !prepared.has(doc.id))
  const positions = unprepared.length > 0 ? await nextPositions(tx, unprepared) : new Map<string, number>()
  const upserts: ContentDocument[] = []
  const removals: string[] = []
  for (const { documents: doc, document_drafts: draft } of drafts) {
    if (draft.kind === 'archive') removals.push(doc.id)
    else upserts.push(prepared.get(doc.id) ?? contentDocument(contentTypes[doc.type] as AnyContentType, doc.slug, draft.body as never, positions.get(doc.id)!))
  }
  // An import publishes a whole content folder, which loadContent checked as a whole: checking it again
  // against the release it replaces would read every body for nothing.
  if (currentId !== null && source !== 'import') await assertRulesHold(tx, currentId, upserts, removals)
  const published = await publishChanges(tx, { upserts, removals, note: request.note, source, ...(options.event ? { event: options.event } : {}) })
  if (!published) throw new AppError('NOTHING_TO_PUBLISH', 'The approved drafts equal the current release.')
  const ids = drafts.map((row) => row.document_drafts.documentId)
  await tx.delete(documentDrafts).where(inArray(documentDrafts.documentId, ids))
  const revisions = drafts.map(({ document_drafts: draft }): Revision => ({ documentId: draft.documentId, revision: draft.revision + 1, action: 'publish', state: null, kind: draft.kind, body: null, note: request.note }))
  // An import touches hundreds of documents: its release's audit row (below) names them all, once.
  await record(tx, editor, revisions, { releaseId: published.releaseId }, { audit: source !== 'import' })
  await tx.insert(auditLog).values({ ...auditAuthor(editor), action: `release.${source}`, target: `release:${published.releaseId}`, detail: { note: request.note, documents: ids } })
  return { releaseId: published.releaseId, published: upserts.map((doc) => doc.id), archived: published.removed }
}

export function requireScope(editor: Editor, ...anyOf: Scope[]) {
  assertScope(editor, anyOf)
}

function validation(errors: FieldError[]) {
  return new AppError('VALIDATION_FAILED', 'The content is not valid: `errors` lists every bad field.', errors)
}

/** The content, validated by its type's declaration (every bad field named). */
function validContent(type: DocumentType, content: unknown): Record<string, unknown> {
  const parsed = (contentTypes[type] as AnyContentType).content.safeParse(content)
  if (!parsed.success) {
    throw validation(parsed.error.issues.map((issue) => ({ location: 'body', field: ['content', ...issue.path].join('.'), message: issue.message })))
  }
  return parsed.data as Record<string, unknown>
}

function checkPrecondition(current: EditorialDocument, ifMatch: string | undefined) {
  if (ifMatch === undefined) throw new AppError('PRECONDITION_REQUIRED', `Send If-Match: ${current.etag} (the ETag of GET /v1/admin/documents/${current.id}).`)
  if (!ifMatchHolds(ifMatch, current.etag)) throw stale(current.id, current.etag)
}

/** Whether an If-Match value names this ETag, or `*` (a weak `W/` tag compares by its opaque part). */
export function ifMatchHolds(ifMatch: string, etag: string): boolean {
  const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  return tags.includes(etag) || tags.includes('*')
}

function stale(id: string, etag?: string) {
  return new AppError('PRECONDITION_FAILED', `"${id}" changed since you read it${etag ? ` (now ${etag})` : ''}; read it again and reapply your change.`)
}

function author(editor: Editor) {
  return { updatedByKeyId: editor.keyId, updatedByName: editor.name }
}

export function auditAuthor(editor: Pick<Editor, 'keyId' | 'name' | 'requestId'>) {
  return { keyId: editor.keyId, keyName: editor.name, requestId: editor.requestId ?? null }
}

export type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0]

async function lastRevision(tx: Tx, documentId: string): Promise<number> {
  return (await lastRevisions(tx, [documentId])).get(documentId) ?? 0
}

/** The last revision number of each document's draft history (absent: none yet). */
export async function lastRevisions(tx: Tx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const rows = await tx
    .select({ documentId: draftRevisions.documentId, revision: max(draftRevisions.revision) })
    .from(draftRevisions)
    .where(inArray(draftRevisions.documentId, ids))
    .groupBy(draftRevisions.documentId)
  return new Map(rows.map((row) => [row.documentId, row.revision ?? 0]))
}

export type Revision = { documentId: string; revision: number; action: string; state: string | null; kind: string | null; body: unknown; note: string | null | undefined }

/**
 * Appends draft revisions and, unless told not to, their audit rows: a few statements however many
 * revisions there are.
 */
export async function record(tx: Tx, editor: Editor, revisions: Revision | Revision[], detail: Record<string, unknown> = {}, options: { audit?: boolean } = {}) {
  for (const batch of chunks([revisions].flat())) {
    await tx.insert(draftRevisions).values(batch.map((revision) => ({ ...revision, note: revision.note ?? null, authorKeyId: editor.keyId, authorName: editor.name })))
    if (options.audit === false) continue
    await tx.insert(auditLog).values(
      batch.map((revision) => ({
        ...auditAuthor(editor),
        action: `draft.${revision.action}`,
        target: revision.documentId,
        detail: { revision: revision.revision, state: revision.state, note: revision.note ?? null, ...detail },
      })),
    )
  }
}

function view(
  doc: { id: string; type: DocumentType; slug: string },
  published: { version: number; content: Record<string, unknown> } | null,
  draft: typeof documentDrafts.$inferSelect | null,
): EditorialDocument {
  const draftView: DraftView | null = draft && {
    kind: draft.kind,
    state: draft.state,
    revision: draft.revision,
    etag: draftEtag(draft.revision),
    baseVersion: draft.baseVersion,
    content: (draft.body as Record<string, unknown> | null) ?? null,
    updatedAt: draft.updatedAt.toISOString(),
    updatedBy: draft.updatedByName,
  }
  return {
    id: doc.id,
    type: doc.type,
    slug: doc.slug,
    state: draftView ? draftView.state : published ? 'published' : 'unpublished',
    published,
    draft: draftView,
    etag: draftView ? draftView.etag : publishedEtag(published?.version ?? null),
  }
}

/** Where each document goes in its catalogue: its latest version's place, or after the last of its type. */
export async function nextPositions(tx: Tx, docs: { id: string; type: DocumentType }[]): Promise<Map<string, number>> {
  const ids = docs.map((doc) => doc.id)
  const existing = await tx
    .selectDistinctOn([documentVersions.documentId], { id: documentVersions.documentId, position: documentVersions.position })
    .from(documentVersions)
    .where(and(inArray(documentVersions.documentId, ids), eq(documentVersions.preview, false)))
    .orderBy(documentVersions.documentId, desc(documentVersions.version))
  const positions = new Map(existing.map((row) => [row.id, row.position]))
  const last = new Map<string, number>()
  for (const doc of docs) {
    if (positions.has(doc.id)) continue
    if (!last.has(doc.type)) {
      const [row] = await tx
        .select({ position: max(documentVersions.position) })
        .from(documentVersions)
        .innerJoin(documents, eq(documents.id, documentVersions.documentId))
        .where(and(eq(documents.type, doc.type), eq(documentVersions.preview, false)))
      last.set(doc.type, row?.position ?? -1)
    }
    const next = last.get(doc.type)! + 1
    last.set(doc.type, next)
    positions.set(doc.id, next)
  }
  return positions
}

/** The release the changes would make must keep the content rules that the files keep on import. */
async function assertRulesHold(tx: Tx, currentId: number, upserts: ContentDocument[], removals: string[]) {
  // One after the other: a transaction is one connection, and node-postgres deprecates overlapping queries on one.
  const prompts = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'prompt')
  const activities = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'activity')
  const topics = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'topic')
  const overlay = <T>(type: DocumentType, rows: { id: string; body: unknown }[]): Located<T>[] => {
    const byId = new Map(rows.map((row) => [row.id, row.body]))
    for (const doc of upserts) if (doc.type === type) byId.set(doc.id, doc.body)
    for (const id of removals) byId.delete(id)
    return [...byId].map(([id, body]) => ({ file: 'release', field: id, content: body as T }))
  }
  const promptItems = overlay<PromptLike>('prompt', prompts)
  const activityItems = overlay<ActivityLike>('activity', activities)
  const faqs = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'faq')
  const named = { topic: overlay<object>('topic', topics), faq: overlay<object>('faq', faqs), prompt: promptItems, activity: activityItems }
  const errors: FieldError[] = unknownNames(named).map(({ document, relation, slug }) => ({
    location: 'body',
    field: `${document.field}.${relation.field}`,
    message: `no ${relation.to} "${slug}" in the release this would publish`,
  }))
  const changed = new Set([...upserts.map((doc) => doc.id), ...removals])
  // Only problems the change brings: a rule the release already broke (older content) does not block it.
  for (const problem of contentProblems(promptItems, activityItems)) {
    const field = problem.where.slice('release: '.length).split(' ')[0]!
    if (changed.has(field) || problem.related.some((slug) => changed.has(`prompt:${slug}`))) {
      errors.push({ location: 'body', field, message: `${problem.message} [${problem.rule}]` })
    }
  }
  if (errors.length) throw new AppError('CONTENT_RULES_FAILED', 'Publishing these drafts would break the content rules: `errors` lists each.', errors)
}

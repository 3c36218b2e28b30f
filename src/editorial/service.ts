import { type Caller, type Scope, changedSinceRead, checkIfMatch, requireScope } from '../caller/caller.js'
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import { documentIdValue, type AnyContentType } from '../content/types/define.js'
import { contentTypes, documentId } from '../content/types/index.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import type { Tx } from '../db/executor.js'
import { documentDrafts, documents, documentVersions, releaseItems } from '../db/schema.js'
import { AppError, type FieldError } from '../errors.js'
import type { PublishResult } from '../publishing/drafts.js'
import type { Publisher } from '../publishing/publisher.js'
import { reviewFields, reviewOf } from '../publishing/review.js'
import { appendRevisionsWithAudit, lastRevisions } from '../publishing/revisions.js'
import { parseInput } from '../read/input.js'
import type { ReleaseService } from '../releases/service.js'
import { mergePatch } from './merge-patch.js'

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
const publishInput = z.strictObject({ documents: z.array(idInput).min(1).max(1_000).optional(), note, ...reviewFields })
export const publishRequest = publishInput

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
    private readonly publisher: Publisher,
  ) {}

  async create(editor: Caller, input: unknown): Promise<EditorialDocument> {
    requireScope(editor, 'content:write')
    const { type, content, note: why } = parseInput(createInput, input as Record<string, unknown>)
    const parsed = validContent(type, content)
    const slug = String(parsed.slug)
    const id = documentId(type, slug)
    await this.db.transaction(async (tx) => {
      const inserted = await tx.insert(documents).values({ id, type, slug }).onConflictDoNothing().returning({ id: documents.id })
      if (inserted.length === 0) throw new AppError('DOCUMENT_EXISTS', `"${id}" already exists; edit its draft instead.`)
      await tx.insert(documentDrafts).values({ documentId: id, kind: 'edit', body: parsed, state: 'draft', revision: 1, baseVersion: null, ...author(editor) })
      await appendRevisionsWithAudit(tx, editor, { documentId: id, revision: 1, action: 'create', state: 'draft', kind: 'edit', body: parsed, note: why })
    })
    return this.get(editor, id)
  }

  async get(editor: Caller, id: string): Promise<EditorialDocument> {
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

  async list(editor: Caller, input: unknown): Promise<{ items: EditorialDocument[]; nextAfter: string | null }> {
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
  replace(editor: Caller, id: string, content: unknown, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    return this.edit(editor, id, ifMatch, why, () => content)
  }

  /** Edits the draft with a JSON Merge Patch (RFC 7396) over the draft, or over the published version. */
  patch(editor: Caller, id: string, patch: unknown, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    return this.edit(editor, id, ifMatch, why, (current) => mergePatch(current, patch))
  }

  /**
   * Makes an earlier version's body the draft (state draft), recorded as a 'restore' revision. The body
   * is validated like any edit (src/editorial/history.ts finds it and explains a refusal).
   */
  restore(editor: Caller, id: string, body: Record<string, unknown>, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    return this.edit(editor, id, ifMatch, why, () => body, 'restore')
  }

  private async edit(
    editor: Caller,
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
  async discard(editor: Caller, id: string, ifMatch: string | undefined): Promise<EditorialDocument> {
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
      await appendRevisionsWithAudit(tx, editor, {
        documentId: current.id,
        revision: current.draft!.revision + 1,
        action: 'discard',
        state: null,
        kind: null,
        body: null,
        note: null,
      })
    })
    return this.get(editor, id)
  }

  /** Marks a published document for removal from the next release; it goes through review like an edit. */
  async archive(editor: Caller, id: string, ifMatch: string | undefined, why?: string): Promise<EditorialDocument> {
    requireScope(editor, 'content:write')
    const current = await this.get(editor, id)
    if (!current.published) throw new AppError('INVALID_TRANSITION', `"${current.id}" is not published; discard its draft instead.`)
    checkPrecondition(current, ifMatch)
    await this.writeDraft(editor, current, { kind: 'archive', body: null, state: 'draft' }, 'archive', why)
    return this.get(editor, id)
  }

  submit(editor: Caller, id: string, why?: string) {
    return this.transition(editor, id, 'content:write', 'draft', 'in-review', 'submit', why)
  }

  approve(editor: Caller, id: string, why?: string) {
    return this.transition(editor, id, 'content:publish', 'in-review', 'approved', 'approve', why)
  }

  reject(editor: Caller, id: string, why: unknown) {
    const reason = parseInput(z.strictObject({ note }), { note: why }).note
    return this.transition(editor, id, 'content:publish', 'in-review', 'draft', 'reject', reason)
  }

  private async transition(editor: Caller, id: string, scope: Scope, from: DraftState, to: DraftState, action: string, why?: string) {
    requireScope(editor, scope)
    const current = await this.get(editor, id)
    if (!current.draft) throw new AppError('DRAFT_NOT_FOUND', `"${current.id}" has no draft.`)
    if (current.draft.state !== from) {
      throw new AppError(
        'INVALID_TRANSITION',
        `Only a draft in state "${from}" can be ${action === 'submit' ? 'submitted' : `${action}d`}; "${current.id}" is ${current.draft.state}.`,
      )
    }
    await this.writeDraft(editor, current, { kind: current.draft.kind, body: current.draft.content, state: to }, action, why)
    return this.get(editor, id)
  }

  /** Writes the draft if it is still the one `current` read (compare and swap on its revision). */
  private async writeDraft(
    editor: Caller,
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
      await appendRevisionsWithAudit(tx, editor, {
        documentId: current.id,
        revision,
        action,
        state: draft.state,
        kind: draft.kind,
        body: draft.body,
        note: why ?? null,
      })
    })
  }

  /**
   * Publishes, in one transaction, every approved draft (or the listed ones, which must be approved)
   * as a new release. The result must keep the content rules (references, follow-ups, suggestions...);
   * an empty change set is refused.
   */
  async publish(editor: Caller, input: unknown): Promise<PublishResult> {
    requireScope(editor, 'content:publish')
    const request = parseInput(publishInput, input as Record<string, unknown>)
    const review = reviewOf(request)
    return this.publisher.publish({ run: (publish) => publish.drafts(editor, request, 'publish', { review }) })
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
  checkIfMatch({ label: `"${current.id}"`, etag: current.etag, readAt: `/v1/admin/documents/${current.id}` }, ifMatch)
}

function stale(id: string) {
  return changedSinceRead({ label: `"${id}"` })
}

function author(editor: Caller) {
  return { updatedByKeyId: editor.keyId, updatedByName: editor.name }
}

async function lastRevision(tx: Tx, documentId: string): Promise<number> {
  return (await lastRevisions(tx, [documentId])).get(documentId) ?? 0
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

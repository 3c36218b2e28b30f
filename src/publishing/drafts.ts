import type { Tx } from '../db/executor.js'
import type { Caller } from '../caller/caller.js'
import { appendAudit } from '../audit/writer.js'
import { eq, inArray } from 'drizzle-orm'
import { contentDocument, type ContentDocument } from '../content/load-content.js'
import type { AnyContentType } from '../content/types/define.js'
import { contentTypes } from '../content/types/index.js'
import { documentDrafts, documents } from '../db/schema.js'
import { AppError, type FieldError } from '../errors.js'
import { findCurrentReleaseId } from '../releases/repository.js'
import { assertRulesHold } from './content-rules.js'
import { publishChanges } from './release-writer.js'
import type { ReleaseReview } from './review.js'
import { appendRevisions, appendRevisionsWithAudit, type Revision } from './revisions.js'
import { nextPositions } from './versions.js'

/** The drafts to publish (absent: every approved one) and why, as an editor or a schedule names them. */
export interface DraftSelection {
  documents?: string[] | undefined
  note: string
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
  /** Who reviewed the content and when, recorded with the release. */
  review?: ReleaseReview | null
}

/**
 * Publishes, in the publisher's transaction (which holds the publish lock), every approved draft (or the
 * listed ones, which must be approved) as a new release; the one publishing path for the API, schedules
 * and imports. The result must keep the content rules (references, follow-ups, suggestions...); an empty
 * change set is refused.
 */
export async function publishDrafts(
  tx: Tx,
  editor: Caller,
  request: DraftSelection,
  source: 'publish' | 'schedule' | 'import',
  options: PublishOptions = {},
): Promise<PublishResult> {
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
  const published = await publishChanges(tx, {
    upserts,
    removals,
    note: request.note,
    source,
    review: options.review ?? null,
    ...(options.event ? { event: options.event } : {}),
  })
  if (!published) throw new AppError('NOTHING_TO_PUBLISH', 'The approved drafts equal the current release.')
  const ids = drafts.map((row) => row.document_drafts.documentId)
  await tx.delete(documentDrafts).where(inArray(documentDrafts.documentId, ids))
  const revisions = drafts.map(({ document_drafts: draft }): Revision => ({
    documentId: draft.documentId,
    revision: draft.revision + 1,
    action: 'publish',
    state: null,
    kind: draft.kind,
    body: null,
    note: request.note,
  }))
  // An import touches hundreds of documents: its release's audit row (below) names them all, once.
  if (source === 'import') await appendRevisions(tx, editor, revisions)
  else await appendRevisionsWithAudit(tx, editor, revisions, { releaseId: published.releaseId })
  await appendAudit(tx, editor, { action: `release.${source}`, target: `release:${published.releaseId}`, detail: { note: request.note, documents: ids } })
  return { releaseId: published.releaseId, published: upserts.map((doc) => doc.id), archived: published.removed }
}

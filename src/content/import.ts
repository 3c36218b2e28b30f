import { resolve } from 'node:path'
import type { Tx } from '../db/executor.js'
import type { Actor, Caller } from '../caller/caller.js'
import { and, eq, sql } from 'drizzle-orm'
import { documentDrafts, documents, documentVersions, releaseItems } from '../db/schema.js'
import type { Publisher } from '../publishing/publisher.js'
import { bundledContentReview, type ReleaseReview } from '../publishing/review.js'
import { contentFolder } from '../paths.js'
import { appendRevisions, lastRevisions, type Revision } from '../publishing/revisions.js'
import { chunks, latestVersions } from '../publishing/versions.js'
import { findCurrentReleaseId } from '../releases/repository.js'
import type { ContentDocument } from './load-content.js'

export interface ImportResult {
  releaseId: number
  releaseCreated: boolean
  newVersions: { documentId: string; version: number }[]
  unchanged: number
  removed: string[]
}

/** Who an import publishes as: no key, a name the audit log and the draft history show. */
export function importEditor(actor: Actor = { keyId: null, name: 'content import' }): Caller {
  return { ...actor, scopes: new Set(['content:publish']) }
}

/** Imports content files through drafts, and publishes them with the publisher it is given. */
export class ContentImport {
  constructor(private readonly publisher: Publisher) {}

  /** Imports content files through drafts and publishes them; this instance serves the result at once. */
  importContent(docs: ContentDocument[], note?: string, review?: ReleaseReview | null): Promise<ImportResult> {
    return importContent(this.publisher, docs, note, undefined, review)
  }
}

/**
 * Imports a content folder through the editorial publisher, in one publish: an approved draft (revision
 * action `import`) for every document whose content differs from what the current release publishes, an
 * archive draft for every document of the current release the files no longer have, then publishes the
 * drafts. A pending editor's draft on such a document is replaced; its revisions stay in draft_revisions.
 * Importing identical content twice changes nothing.
 */
export async function importContent(
  publisher: Publisher,
  docs: ContentDocument[],
  note = 'Content import',
  editor = importEditor(),
  review: ReleaseReview | null = null,
): Promise<ImportResult> {
  // The publisher takes the publish lock before this reads the release, so racing imports see each
  // other's release, not each other's drafts.
  return publisher.publish({
    run: async (publish) => {
      const tx = publish.tx
      const currentId = await findCurrentReleaseId(tx)
      const published = currentId === null ? new Map<string, PublishedVersion>() : await publishedVersions(tx, currentId)
      const changed = docs.filter((doc) => published.get(doc.id)?.contentHash !== doc.contentHash)
      const inFiles = new Set(docs.map((doc) => doc.id))
      const removed = [...published.keys()].filter((id) => !inFiles.has(id))
      if (changed.length === 0 && removed.length === 0) {
        if (currentId === null) throw new Error('Nothing to import: no documents were given.')
        return { releaseId: currentId, releaseCreated: false, newVersions: [], unchanged: docs.length, removed }
      }
      // Documents new to the database have no versions and no draft history to look up.
      const created = await createDocuments(tx, changed)
      const known = changed.filter((doc) => !created.has(doc.id))
      const newVersions = await versionsToWrite(tx, changed, known)
      const last = await lastRevisions(tx, [...known.map((doc) => doc.id), ...removed])
      await writeImportDrafts(tx, editor, note, { changed, removed, published, last })
      const release = await publish.drafts(editor, { documents: [...changed.map((doc) => doc.id), ...removed], note }, 'import', {
        prepared: new Map(changed.map((doc) => [doc.id, doc])),
        review,
      })
      return { releaseId: release.releaseId, releaseCreated: true, newVersions, unchanged: docs.length - newVersions.length, removed }
    },
  })
}

/**
 * The review an import records when nobody is named: the bundled content's own statement (its authors,
 * no clinical review) when the folder is the bundled one; none for any other folder.
 */
export function defaultImportReview(folder: string | undefined, at = new Date()): ReleaseReview | null {
  return resolve(folder ?? contentFolder) === resolve(contentFolder) ? bundledContentReview(at) : null
}

interface PublishedVersion {
  version: number
  contentHash: string
}

/** The version, and its content hash, of every document the release publishes (in document id order). */
async function publishedVersions(tx: Tx, releaseId: number): Promise<Map<string, PublishedVersion>> {
  const rows = await tx
    .select({ documentId: releaseItems.documentId, version: releaseItems.version, contentHash: documentVersions.contentHash })
    .from(releaseItems)
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, releaseItems.documentId), eq(documentVersions.version, releaseItems.version)))
    .where(eq(releaseItems.releaseId, releaseId))
    .orderBy(releaseItems.documentId)
  return new Map(rows.map(({ documentId, ...version }) => [documentId, version]))
}

/** Writes the document rows the files add; returns the ids of those that did not exist. */
async function createDocuments(tx: Tx, docs: ContentDocument[]): Promise<Set<string>> {
  const created = new Set<string>()
  for (const batch of chunks(docs)) {
    const rows = await tx
      .insert(documents)
      .values(batch.map(({ id, type, slug }) => ({ id, type, slug })))
      .onConflictDoNothing()
      .returning({ id: documents.id })
    for (const row of rows) created.add(row.id)
  }
  return created
}

/**
 * The versions publishing these documents will write: a document whose latest version has this content
 * is published at that version (after a rollback, or when it comes back), the others get a new one.
 * Only `known` documents can have versions already.
 */
async function versionsToWrite(tx: Tx, docs: ContentDocument[], known: ContentDocument[]) {
  const latest = known.length > 0 ? await latestVersions(tx, known.map((doc) => doc.id)) : new Map<string, { version: number; contentHash: string }>()
  return docs
    .filter((doc) => latest.get(doc.id)?.contentHash !== doc.contentHash)
    .map((doc) => ({ documentId: doc.id, version: (latest.get(doc.id)?.version ?? 0) + 1 }))
}

/**
 * Writes the import's approved drafts over whatever drafts the documents had, and their revisions,
 * in a few statements. A revision continues the document's history, so no earlier ETag matches it.
 */
async function writeImportDrafts(
  tx: Tx,
  editor: Caller,
  note: string,
  { changed, removed, published, last }: { changed: ContentDocument[]; removed: string[]; published: ReadonlyMap<string, PublishedVersion>; last: ReadonlyMap<string, number> },
) {
  const draft = (documentId: string, body: Record<string, unknown> | null) => ({
    documentId,
    kind: body === null ? ('archive' as const) : ('edit' as const),
    body,
    state: 'approved' as const,
    revision: (last.get(documentId) ?? 0) + 1,
    baseVersion: published.get(documentId)?.version ?? null,
    updatedByKeyId: editor.keyId,
    updatedByName: editor.name,
  })
  const drafts = [...changed.map((doc) => draft(doc.id, doc.body)), ...removed.map((id) => draft(id, null))]
  const revisions: Revision[] = []
  for (const batch of chunks(drafts)) {
    const rows = await tx
      .insert(documentDrafts)
      .values(batch)
      .onConflictDoUpdate({
        target: documentDrafts.documentId,
        // The pending draft is replaced; its revision counter goes on, whatever was written meanwhile.
        set: {
          kind: sql`excluded.kind`,
          body: sql`excluded.body`,
          state: sql`excluded.state`,
          baseVersion: sql`excluded.base_version`,
          revision: sql`greatest(excluded.revision, ${documentDrafts.revision} + 1)`,
          updatedAt: sql`now()`,
          updatedByKeyId: sql`excluded.updated_by_key_id`,
          updatedByName: sql`excluded.updated_by_name`,
        },
      })
      .returning({ documentId: documentDrafts.documentId, revision: documentDrafts.revision })
    const revisionOf = new Map(rows.map((row) => [row.documentId, row.revision]))
    // Without the body: it is the version this import publishes, which document_versions keeps.
    revisions.push(...batch.map(({ documentId, kind }) => ({ documentId, revision: revisionOf.get(documentId)!, action: 'import', state: 'approved', kind, body: null, note })))
  }
  // One audit row names the whole import: the publisher writes it for the release.
  await appendRevisions(tx, editor, revisions)
}

import { desc, eq, max, sql } from 'drizzle-orm'
import { latestVersions, PUBLISH_LOCK } from '../content/import-content.js'
import { contentDocument } from '../content/load-content.js'
import type { AnyContentType } from '../content/types/define.js'
import { contentTypes } from '../content/types/index.js'
import type { AppDatabase } from '../db/database.js'
import { documentDrafts, documents, documentVersions, draftRevisions, releases } from '../db/schema.js'
import type { Executor, Tx } from '../db/executor.js'
import { nextPositions } from '../editorial/service.js'
import type { Snapshot } from '../read/context.js'
import { findCurrentReleaseId, insertRelease, releaseMapping } from '../releases/repository.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import type { ReleaseService } from '../releases/service.js'
import { deletePreviews } from './repository.js'

/**
 * Preview (`release=draft`): the current release with every pending draft laid over it, for keys with
 * content:preview. It is materialised as a release of its own (source `preview`), whose draft versions
 * carry the numbers they will be published as, so every read path (SQL filters, policies, search,
 * catalogues, GraphQL relations) serves it unchanged. It is never current, never listed, never
 * pinnable and never cached in the response cache; it is rebuilt when the drafts or the current
 * release change, and dropped before anything is published.
 *
 * A preview is identified by its stamp: the current release and the last draft revision. Every draft
 * change appends a revision, so an unchanged stamp means unchanged drafts.
 */
export class PreviewService {
  private last: { stamp: string; releaseId: number } | null = null
  private building: Promise<number> | null = null

  constructor(
    private readonly db: AppDatabase,
    private readonly releases: ReleaseService,
    private readonly cache?: ReleaseCache,
  ) {}

  /** The snapshot a preview read is served from, built if the drafts changed since the last one. */
  async snapshot(): Promise<Snapshot> {
    const stamp = await this.stamp(this.db)
    if (this.last?.stamp === stamp) return previewSnapshot(this.last.releaseId)
    // Requests that find the same stale stamp share one build.
    this.building ??= this.build().finally(() => {
      this.building = null
    })
    return previewSnapshot(await this.building)
  }

  private async stamp(db: Executor): Promise<string> {
    // One after the other: within the build's transaction, db is one connection.
    const current = db === this.db ? await this.releases.currentId() : await findCurrentReleaseId(db)
    const [revision] = await db.select({ id: max(draftRevisions.id) }).from(draftRevisions)
    return `preview of release ${current ?? 0} at draft revision ${revision?.id ?? 0}`
  }

  private async build(): Promise<number> {
    const releaseId = await this.db.transaction(async (tx) => {
      // Publishing and preview builds take turns: a preview version holds the number its draft will
      // be published as, and a publish drops every preview first.
      await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`)
      const stamp = await this.stamp(tx)
      const [built] = await tx.select({ id: releases.id }).from(releases).where(eq(releases.note, stamp)).orderBy(desc(releases.id)).limit(1)
      if (built) return { stamp, id: built.id }
      await deletePreviews(tx)
      return { stamp, id: await writePreview(tx, stamp) }
    })
    // The catalogues read from the previous preview are never read again (its rows are deleted): each
    // edit-then-preview round would otherwise leave them in the release cache until evicted.
    const previous = this.last?.releaseId
    if (previous !== undefined && previous !== releaseId.id) this.cache?.forgetRelease(previous)
    this.last = { stamp: releaseId.stamp, releaseId: releaseId.id }
    return releaseId.id
  }
}

function previewSnapshot(releaseId: number): Snapshot {
  return { releaseId, pinned: false, preview: true }
}

/** Writes the drafts as preview versions and the overlay as a preview release; returns its id. */
async function writePreview(tx: Tx, stamp: string): Promise<number> {
  const currentId = await findCurrentReleaseId(tx)
  const mapping = new Map((currentId === null ? [] : await releaseMapping(tx, currentId, null)).map((item) => [item.documentId, item.version]))
  const drafts = await tx.select().from(documentDrafts).innerJoin(documents, eq(documents.id, documentDrafts.documentId))
  const edits = drafts.filter((row) => row.document_drafts.kind === 'edit')
  for (const row of drafts) if (row.document_drafts.kind === 'archive') mapping.delete(row.documents.id)
  if (edits.length > 0) {
    const ids = edits.map((row) => row.documents.id)
    // One after the other: a transaction is one connection, and node-postgres deprecates overlapping queries on one.
    const positions = await nextPositions(tx, edits.map((row) => row.documents))
    const latest = await latestVersions(tx, ids)
    const rows = edits.map(({ documents: doc, document_drafts: draft }) => {
      const { id, type: _type, slug: _slug, ...columns } = contentDocument(contentTypes[doc.type] as AnyContentType, doc.slug, draft.body as never, positions.get(doc.id)!)
      const version = (latest.get(id)?.version ?? 0) + 1
      mapping.set(id, version)
      return { ...columns, documentId: id, version, preview: true }
    })
    for (let start = 0; start < rows.length; start += 500) await tx.insert(documentVersions).values(rows.slice(start, start + 500))
  }
  const release = await insertRelease(tx, { note: stamp, source: 'preview', basedOnReleaseId: currentId, mapping })
  return release.id
}

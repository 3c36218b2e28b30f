import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documentVersions } from '../db/schema.js'
import { createRelease, findCurrentReleaseId, releaseMapping, type Executor, type PublishedSource, type ReleaseRow } from '../releases/repository.js'

/** A transaction that can write versions. */
type Writer = Executor & Pick<AppDatabase, 'selectDistinctOn' | 'delete'>
import type { ContentDocument } from './load-content.js'
import { deletePreviews } from '../preview/repository.js'

/** Held by every transaction that publishes or builds a preview, so they run one at a time. */
export const PUBLISH_LOCK = 7_340_002

/**
 * Writes a new version of every document whose content changed since its latest version; returns
 * each document's version to publish. The documents exist (every change comes through a draft, which
 * needs its document). Inside a publishing transaction, which holds the publish lock.
 */
async function writeVersions(tx: Writer, docs: ContentDocument[]) {
  const latestById = await latestVersions(tx, docs.map((doc) => doc.id))

  const mapping = new Map<string, number>()
  const newRows: (typeof documentVersions.$inferInsert)[] = []
  for (const doc of docs) {
    const previous = latestById.get(doc.id)
    if (previous?.contentHash === doc.contentHash) {
      mapping.set(doc.id, previous.version)
      continue
    }
    const { id, type, slug, ...columns } = doc
    const version = (previous?.version ?? 0) + 1
    newRows.push({ documentId: id, version, ...columns })
    mapping.set(id, version)
  }
  for (const chunk of chunks(newRows)) await tx.insert(documentVersions).values(chunk)
  return { mapping, newVersions: newRows.map((row) => ({ documentId: row.documentId, version: row.version })) }
}

export interface PublishedChanges {
  releaseId: number
  newVersions: { documentId: string; version: number }[]
  removed: string[]
}

/**
 * Publishes changes over the current release, in the caller's transaction: new versions of the changed
 * documents, and the removal of others. Returns null when the result would equal the current release.
 */
export async function publishChanges(
  tx: Writer,
  changes: { upserts: ContentDocument[]; removals: string[]; note: string; source: PublishedSource; event?: Record<string, unknown> },
): Promise<PublishedChanges | null> {
  let newVersions: PublishedChanges['newVersions'] = []
  let removed: string[] = []
  const published = await publishMapping(tx, changes, async (current) => {
    const mapping = new Map(current)
    const written = await writeVersions(tx, changes.upserts)
    for (const [id, version] of written.mapping) mapping.set(id, version)
    newVersions = written.newVersions
    removed = changes.removals.filter((id) => mapping.delete(id))
    return mapping
  })
  return published && { releaseId: published.release.id, newVersions, removed }
}

/**
 * Makes the mapping `next` derives from the current release's the new current release, in the caller's
 * transaction, after taking the publish lock and dropping the previews (a preview version holds the
 * number a draft will be published as). Returns null, publishing nothing, when the mapping equals the
 * current one; else the release and the mapping it replaced. The caller tells the release service once
 * the transaction committed.
 */
export async function publishMapping(
  tx: Writer,
  release: { note: string; source: PublishedSource; event?: Record<string, unknown> },
  next: (current: ReadonlyMap<string, number>) => Map<string, number> | Promise<Map<string, number>>,
): Promise<{ release: ReleaseRow; previous: ReadonlyMap<string, number> } | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`)
  await deletePreviews(tx)
  const currentId = await findCurrentReleaseId(tx)
  const current = currentId === null ? [] : await releaseMapping(tx, currentId, null)
  const previous = new Map(current.map((item) => [item.documentId, item.version]))
  const mapping = await next(previous)
  const unchanged = mapping.size === previous.size && [...previous].every(([id, version]) => mapping.get(id) === version)
  if (unchanged) return null
  const row = await createRelease(tx, { note: release.note, source: release.source, basedOnReleaseId: currentId, mapping, ...(release.event ? { event: release.event } : {}) })
  return { release: row, previous }
}

/** The latest version of each of these documents (a preview's is not one), with its content hash. */
export async function latestVersions(tx: Pick<AppDatabase, 'selectDistinctOn'>, ids: string[]) {
  const rows = await tx
    .selectDistinctOn([documentVersions.documentId], {
      documentId: documentVersions.documentId,
      version: documentVersions.version,
      contentHash: documentVersions.contentHash,
    })
    .from(documentVersions)
    .where(and(eq(documentVersions.preview, false), ids.length > 1_000 ? undefined : inArray(documentVersions.documentId, ids)))
    .orderBy(documentVersions.documentId, desc(documentVersions.version))
  return new Map(rows.map((row) => [row.documentId, row]))
}

/** Rows in batches small enough for one statement's parameters. */
export function* chunks<T>(items: T[], size = 500): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size)
}

import { desc, inArray, sql } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions } from '../db/schema.js'
import { createRelease, findCurrentReleaseId, releaseMapping, type Executor, type PublishedSource } from '../releases/repository.js'

/** A transaction that can write versions. */
type Writer = Executor & Pick<AppDatabase, 'selectDistinctOn' | 'delete'>
import type { ContentDocument } from './load-content.js'
import { deletePreviews } from '../preview/repository.js'

/** Held by every transaction that publishes or builds a preview, so they run one at a time. */
export const PUBLISH_LOCK = 7_340_002

export interface ImportResult {
  releaseId: number
  releaseCreated: boolean
  newVersions: { documentId: string; version: number }[]
  unchanged: number
  removed: string[]
}

/**
 * Writes a new version for every document whose content changed and publishes the set as a release,
 * all in one transaction. Importing identical content twice changes nothing.
 */
export async function importContent(db: AppDatabase, docs: ContentDocument[], note = 'Content import'): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`)
    await deletePreviews(tx)
    const { mapping, newVersions } = await writeVersions(tx, docs)

    const currentId = await findCurrentReleaseId(tx)
    const current = currentId === null ? [] : await releaseMapping(tx, currentId, null)
    const removed = current.filter((item) => !mapping.has(item.documentId)).map((item) => item.documentId)
    const unchanged = current.length === mapping.size && current.every((item) => mapping.get(item.documentId) === item.version)
    if (currentId !== null && unchanged) {
      return { releaseId: currentId, releaseCreated: false, newVersions, unchanged: docs.length, removed }
    }
    const release = await createRelease(tx, { note, source: 'import', basedOnReleaseId: currentId, mapping })
    return {
      releaseId: release.id,
      releaseCreated: true,
      newVersions,
      unchanged: docs.length - newVersions.length,
      removed,
    }
  })
}

/**
 * Writes a new version of every document whose content changed since its latest version (and the
 * document row of a new one); returns each document's version to publish. Inside a publishing
 * transaction, which holds the publish lock.
 */
async function writeVersions(tx: Writer, docs: ContentDocument[]) {
  const latest = await tx
    .selectDistinctOn([documentVersions.documentId], {
      documentId: documentVersions.documentId,
      version: documentVersions.version,
      contentHash: documentVersions.contentHash,
    })
    .from(documentVersions)
    .where(docs.length > 1_000 ? undefined : inArray(documentVersions.documentId, docs.map((doc) => doc.id)))
    .orderBy(documentVersions.documentId, desc(documentVersions.version))
  const latestById = new Map(latest.map((row) => [row.documentId, row]))

  const mapping = new Map<string, number>()
  const newDocuments: (typeof documents.$inferInsert)[] = []
  const newRows: (typeof documentVersions.$inferInsert)[] = []
  for (const doc of docs) {
    const previous = latestById.get(doc.id)
    if (previous?.contentHash === doc.contentHash) {
      mapping.set(doc.id, previous.version)
      continue
    }
    const { id, type, slug, ...columns } = doc
    const version = (previous?.version ?? 0) + 1
    if (!previous) newDocuments.push({ id, type, slug })
    newRows.push({ documentId: id, version, ...columns })
    mapping.set(id, version)
  }
  for (const chunk of chunks(newDocuments)) await tx.insert(documents).values(chunk).onConflictDoNothing()
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
  changes: { upserts: ContentDocument[]; removals: string[]; note: string; source: PublishedSource },
): Promise<PublishedChanges | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`)
  await deletePreviews(tx)
  const currentId = await findCurrentReleaseId(tx)
  const current = currentId === null ? [] : await releaseMapping(tx, currentId, null)
  const mapping = new Map(current.map((item) => [item.documentId, item.version]))
  const { mapping: written, newVersions } = await writeVersions(tx, changes.upserts)
  for (const [id, version] of written) mapping.set(id, version)
  const removed = changes.removals.filter((id) => mapping.delete(id))
  const unchanged = mapping.size === current.length && current.every((item) => mapping.get(item.documentId) === item.version)
  if (unchanged) return null
  const release = await createRelease(tx, { note: changes.note, source: changes.source, basedOnReleaseId: currentId, mapping })
  return { releaseId: release.id, newVersions, removed }
}

function* chunks<T>(items: T[], size = 500): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size)
}

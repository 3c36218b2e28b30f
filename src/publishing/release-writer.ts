import type { Executor } from '../db/executor.js'
import { and, eq, inArray, ne, sql } from 'drizzle-orm'
import type { ContentDocument } from '../content/load-content.js'
import type { AppDatabase } from '../db/database.js'
import { currentRelease, documentVersions, releaseItems, releases } from '../db/schema.js'
import { appendEvent } from '../events/repository.js'
import { findCurrentReleaseId, releaseMapping, type PublishedSource, type ReleaseRow } from '../releases/repository.js'
import { reviewColumns, type ReleaseReview } from './review.js'
import { writeVersions, type Writer } from './versions.js'

export interface NewRelease {
  note: string
  source: PublishedSource
  basedOnReleaseId?: number | null
  mapping: Map<string, number>
  /** Who reviewed the content and when; written once, with the release. */
  review?: ReleaseReview | null
  /** More for the release's event (a schedule's id). */
  event?: Record<string, unknown>
}

/** Writes a release and its mapping, without making it current. */
export async function insertRelease(tx: Executor, release: Omit<NewRelease, 'source'> & { source: ReleaseRow['source'] }): Promise<ReleaseRow> {
  const [row] = await tx
    .insert(releases)
    .values({
      ...(release.source === 'preview' ? { id: sql<number>`-nextval('preview_release_ids')` } : {}),
      note: release.note,
      source: release.source,
      basedOnReleaseId: release.basedOnReleaseId ?? null,
      documentCount: release.mapping.size,
      ...reviewColumns(release.review),
    })
    .returning()
  if (!row) throw new Error('release insert returned no row')
  const items = [...release.mapping].map(([documentId, version]) => ({ releaseId: row.id, documentId, version }))
  for (let start = 0; start < items.length; start += 1_000) {
    await tx.insert(releaseItems).values(items.slice(start, start + 1_000))
  }
  return row
}

/** Writes the release and moves the current pointer; call inside the publishing transaction. */
export async function createRelease(tx: Executor, release: NewRelease): Promise<ReleaseRow> {
  const row = await insertRelease(tx, release)
  await tx
    .insert(currentRelease)
    .values({ id: true, releaseId: row.id })
    .onConflictDoUpdate({ target: currentRelease.id, set: { releaseId: row.id, updatedAt: sql`now()` } })
  // Announced on commit to every instance, which then serves the new release; webhooks are queued with it.
  await appendEvent(tx, {
    type: release.source === 'rollback' ? 'release.rolled_back' : 'release.published',
    releaseId: row.id,
    previousReleaseId: row.basedOnReleaseId,
    data: { source: row.source, note: row.note, documentCount: row.documentCount, ...release.event },
  })
  return row
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
  changes: {
    upserts: ContentDocument[]
    removals: string[]
    note: string
    source: PublishedSource
    review?: ReleaseReview | null
    event?: Record<string, unknown>
  },
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
 * Makes the mapping `next` derives from the current release's the new current release, in the
 * publisher's transaction (which holds the publish lock), after dropping the previews (a preview version
 * holds the number a draft will be published as). Returns null, publishing nothing, when the mapping
 * equals the current one; else the release and the mapping it replaced.
 */
export async function publishMapping(
  tx: Writer,
  release: { note: string; source: PublishedSource; review?: ReleaseReview | null; event?: Record<string, unknown> },
  next: (current: ReadonlyMap<string, number>) => Map<string, number> | Promise<Map<string, number>>,
): Promise<{ release: ReleaseRow; previous: ReadonlyMap<string, number> } | null> {
  await deletePreviews(tx)
  const currentId = await findCurrentReleaseId(tx)
  const current = currentId === null ? [] : await releaseMapping(tx, currentId, null)
  const previous = new Map(current.map((item) => [item.documentId, item.version]))
  const mapping = await next(previous)
  const unchanged = mapping.size === previous.size && [...previous].every(([id, version]) => mapping.get(id) === version)
  if (unchanged) return null
  const row = await createRelease(tx, {
    note: release.note,
    source: release.source,
    basedOnReleaseId: currentId,
    mapping,
    review: release.review ?? null,
    ...(release.event ? { event: release.event } : {}),
  })
  return { release: row, previous }
}

type PreviewDeleter = Pick<AppDatabase, 'select' | 'delete'>

/**
 * Removes preview overlays (their release, items and draft versions), all of them or all but one:
 * before anything is published, since a preview version holds the number its draft will be published
 * as, and whenever the drafts change. These are the only history rows the database lets anyone delete.
 * Call inside a transaction that holds the publish lock.
 */
export async function deletePreviews(tx: PreviewDeleter, keepReleaseId?: number): Promise<void> {
  const stale = await tx
    .select({ id: releases.id })
    .from(releases)
    .where(and(eq(releases.source, 'preview'), keepReleaseId === undefined ? undefined : ne(releases.id, keepReleaseId)))
  if (stale.length > 0) {
    const ids = stale.map((row) => row.id)
    await tx.delete(releaseItems).where(inArray(releaseItems.releaseId, ids))
    await tx.delete(releases).where(inArray(releases.id, ids))
  }
  if (keepReleaseId === undefined) await tx.delete(documentVersions).where(eq(documentVersions.preview, true))
}

import { and, eq, inArray, ne } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documentVersions, releaseItems, releases } from '../db/schema.js'

type Writer = Pick<AppDatabase, 'select' | 'delete'>

/**
 * Removes preview overlays (their release, items and draft versions), all of them or all but one:
 * before anything is published, since a preview version holds the number its draft will be published
 * as, and whenever the drafts change. These are the only history rows the database lets anyone delete.
 * Call inside a transaction that holds the publish lock.
 */
export async function deletePreviews(tx: Writer, keepReleaseId?: number): Promise<void> {
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

import type { Tx } from '../db/executor.js'
import { and, eq, inArray, ne } from 'drizzle-orm'
import { contentDocument } from '../content/load-content.js'
import type { AnyContentType } from '../content/types/define.js'
import { contentTypes } from '../content/types/index.js'
import type { AppDatabase } from '../db/database.js'
import { documentDrafts, documents, documentVersions, releaseItems, releases } from '../db/schema.js'
import { findCurrentReleaseId, releaseMapping } from '../releases/repository.js'
import { insertRelease } from './release-writer.js'
import { latestVersions, nextPositions } from './versions.js'

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

/** Writes the drafts as preview versions and the overlay as a preview release; returns its id. */
export async function writePreview(tx: Tx, stamp: string): Promise<number> {
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

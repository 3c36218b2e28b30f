import type { Tx } from '../db/executor.js'
import { eq } from 'drizzle-orm'
import { contentDocument } from '../content/load-content.js'
import type { AnyContentType } from '../content/types/define.js'
import { contentTypes } from '../content/types/index.js'
import { documentDrafts, documents, documentVersions } from '../db/schema.js'
import { findCurrentReleaseId, releaseMapping } from '../releases/repository.js'
import { insertRelease } from './release-writer.js'
import { chunks, latestVersions, nextPositions } from './versions.js'

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
    const positions = await nextPositions(
      tx,
      edits.map((row) => row.documents),
    )
    const latest = await latestVersions(tx, ids)
    const rows = edits.map(({ documents: doc, document_drafts: draft }) => {
      const {
        id,
        type: _type,
        slug: _slug,
        ...columns
      } = contentDocument(contentTypes[doc.type] as AnyContentType, doc.slug, draft.body as never, positions.get(doc.id)!)
      const version = (latest.get(id)?.version ?? 0) + 1
      mapping.set(id, version)
      return { ...columns, documentId: id, version, preview: true }
    })
    for (const chunk of chunks(rows)) await tx.insert(documentVersions).values(chunk)
  }
  const release = await insertRelease(tx, { note: stamp, source: 'preview', basedOnReleaseId: currentId, mapping })
  return release.id
}

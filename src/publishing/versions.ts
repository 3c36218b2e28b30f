import type { Executor, Tx } from '../db/executor.js'
import { and, desc, eq, inArray, max } from 'drizzle-orm'
import type { ContentDocument } from '../content/load-content.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions } from '../db/schema.js'

/** A transaction that can write versions. */
export type Writer = Executor & Pick<AppDatabase, 'selectDistinctOn' | 'delete'>

/**
 * Writes a new version of every document whose content changed since its latest version; returns
 * each document's version to publish. The documents exist (every change comes through a draft, which
 * needs its document). Inside a publishing transaction, which holds the publish lock.
 */
export async function writeVersions(tx: Writer, docs: ContentDocument[]) {
  const latestById = await latestVersions(
    tx,
    docs.map((doc) => doc.id),
  )

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

/** Where each document goes in its catalogue: its latest version's place, or after the last of its type. */
export async function nextPositions(tx: Tx, docs: { id: string; type: DocumentType }[]): Promise<Map<string, number>> {
  const ids = docs.map((doc) => doc.id)
  const existing = await tx
    .selectDistinctOn([documentVersions.documentId], { id: documentVersions.documentId, position: documentVersions.position })
    .from(documentVersions)
    .where(and(inArray(documentVersions.documentId, ids), eq(documentVersions.preview, false)))
    .orderBy(documentVersions.documentId, desc(documentVersions.version))
  const positions = new Map(existing.map((row) => [row.id, row.position]))
  const last = new Map<string, number>()
  for (const doc of docs) {
    if (positions.has(doc.id)) continue
    if (!last.has(doc.type)) {
      const [row] = await tx
        .select({ position: max(documentVersions.position) })
        .from(documentVersions)
        .innerJoin(documents, eq(documents.id, documentVersions.documentId))
        .where(and(eq(documents.type, doc.type), eq(documentVersions.preview, false)))
      last.set(doc.type, row?.position ?? -1)
    }
    const next = last.get(doc.type)! + 1
    last.set(doc.type, next)
    positions.set(doc.id, next)
  }
  return positions
}

/** Rows in batches small enough for one statement's parameters. */
export function* chunks<T>(items: T[], size = 500): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size)
}

import { desc, sql } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions } from '../db/schema.js'
import { createRelease, findCurrentReleaseId, releaseMapping } from '../releases/repository.js'
import type { ContentDocument } from './load-content.js'

const PUBLISH_LOCK = 7_340_002

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
    const latest = await tx
      .selectDistinctOn([documentVersions.documentId], {
        documentId: documentVersions.documentId,
        version: documentVersions.version,
        contentHash: documentVersions.contentHash,
      })
      .from(documentVersions)
      .orderBy(documentVersions.documentId, desc(documentVersions.version))
    const latestById = new Map(latest.map((row) => [row.documentId, row]))

    const mapping = new Map<string, number>()
    const newVersions: ImportResult['newVersions'] = []
    for (const doc of docs) {
      const previous = latestById.get(doc.id)
      if (previous?.contentHash === doc.contentHash) {
        mapping.set(doc.id, previous.version)
        continue
      }
      const version = (previous?.version ?? 0) + 1
      if (!previous) await tx.insert(documents).values({ id: doc.id, type: doc.type, slug: doc.slug }).onConflictDoNothing()
      await tx.insert(documentVersions).values({
        documentId: doc.id,
        version,
        contentHash: doc.contentHash,
        title: doc.title,
        summary: doc.summary,
        position: doc.position,
        competencies: doc.competencies,
        lifeStages: doc.lifeStages,
        topics: doc.topics,
        body: doc.body,
        searchText: doc.searchText,
      })
      mapping.set(doc.id, version)
      newVersions.push({ documentId: doc.id, version })
    }

    const currentId = await findCurrentReleaseId(tx)
    const current = currentId === null ? [] : await releaseMapping(tx, currentId)
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

import { and, arrayContains, asc, eq, min, type SQL } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions, releaseItems } from '../db/schema.js'
import type { DocumentType } from '../content/vocabulary.js'

export interface DocumentFilter {
  competency?: string | undefined
  lifeStage?: string | undefined
  topic?: string | undefined
  slug?: string | undefined
}

export interface ReleaseDocumentRow {
  id: string
  slug: string
  version: number
  body: unknown
}

/** Join conditions from a release item to its document and to the version it publishes. */
export const releaseItemDocument = eq(documents.id, releaseItems.documentId)
export const releaseItemVersion = and(
  eq(documentVersions.documentId, releaseItems.documentId),
  eq(documentVersions.version, releaseItems.version),
)

const releaseDocumentColumns = {
  id: documents.id,
  slug: documents.slug,
  version: documentVersions.version,
  body: documentVersions.body,
}

function releaseDocuments(db: AppDatabase, releaseId: number, type: DocumentType, filter: DocumentFilter) {
  const conditions: SQL[] = [eq(releaseItems.releaseId, releaseId), eq(documents.type, type)]
  if (filter.slug !== undefined) conditions.push(eq(documents.slug, filter.slug))
  if (filter.competency !== undefined) conditions.push(arrayContains(documentVersions.competencies, [filter.competency]))
  if (filter.lifeStage !== undefined) conditions.push(arrayContains(documentVersions.lifeStages, [filter.lifeStage]))
  if (filter.topic !== undefined) conditions.push(arrayContains(documentVersions.topics, [filter.topic]))
  return db
    .select(releaseDocumentColumns)
    .from(releaseItems)
    .innerJoin(documents, releaseItemDocument)
    .innerJoin(documentVersions, releaseItemVersion)
    .where(and(...conditions))
}

export async function listReleaseDocuments(
  db: AppDatabase,
  releaseId: number,
  type: DocumentType,
  filter: DocumentFilter,
  page?: { offset: number; limit: number },
): Promise<ReleaseDocumentRow[]> {
  const query = releaseDocuments(db, releaseId, type, filter).orderBy(asc(documentVersions.position), asc(documents.id))
  return page ? query.limit(page.limit).offset(page.offset) : query
}

export async function findReleaseDocument(
  db: AppDatabase,
  releaseId: number,
  type: DocumentType,
  slug: string,
): Promise<ReleaseDocumentRow | null> {
  const [row] = await releaseDocuments(db, releaseId, type, { slug }).limit(1)
  return row ?? null
}

/** A version is readable here only once some release has published it. */
export async function findPublishedVersion(db: AppDatabase, documentId: string, version: number) {
  const [row] = await db
    .select({
      documentId: documents.id,
      type: documents.type,
      slug: documents.slug,
      version: documentVersions.version,
      contentHash: documentVersions.contentHash,
      body: documentVersions.body,
      createdAt: documentVersions.createdAt,
      firstReleaseId: min(releaseItems.releaseId),
    })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .innerJoin(releaseItems, releaseItemVersion)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)))
    .groupBy(documents.id, documentVersions.documentId, documentVersions.version)
  return row && row.firstReleaseId !== null ? { ...row, firstReleaseId: row.firstReleaseId } : null
}

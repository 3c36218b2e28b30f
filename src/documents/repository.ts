import { and, arrayContains, asc, eq, gte, inArray, lte, min, type SQL } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions, releaseItems } from '../db/schema.js'
import type { DocumentType } from '../content/vocabulary.js'

export interface DocumentFilter {
  slug?: string | undefined
  competency?: string | undefined
  lifeStage?: string | undefined
  topic?: string | undefined
  /** The son's age falls within the document's age range. */
  age?: number | undefined
  depth?: number | undefined
  maxDepth?: number | undefined
  /** Prompts suited to this occasion (car ride, meal...). */
  promptSetting?: string | undefined
  /** This direction, or prompts that work either way. */
  direction?: string | undefined
  excludeSensitive?: boolean | undefined
  category?: string | undefined
  /** Activities that can be done within this many minutes. */
  maxMinutes?: number | undefined
  cost?: string | undefined
  /** Indoor or outdoor activities, or those that work in either. */
  activitySetting?: string | undefined
  energy?: string | undefined
  season?: string | undefined
}

const either = 'either'

function filterConditions(filter: DocumentFilter): SQL[] {
  const conditions: (SQL | undefined)[] = [
    filter.slug === undefined ? undefined : eq(documents.slug, filter.slug),
    filter.competency === undefined ? undefined : arrayContains(documentVersions.competencies, [filter.competency]),
    filter.lifeStage === undefined ? undefined : arrayContains(documentVersions.lifeStages, [filter.lifeStage]),
    filter.topic === undefined ? undefined : arrayContains(documentVersions.topics, [filter.topic]),
    filter.age === undefined
      ? undefined
      : and(lte(documentVersions.ageMin, filter.age), gte(documentVersions.ageMax, filter.age)),
    filter.depth === undefined ? undefined : eq(documentVersions.depth, filter.depth),
    filter.maxDepth === undefined ? undefined : lte(documentVersions.depth, filter.maxDepth),
    filter.promptSetting === undefined ? undefined : arrayContains(documentVersions.settings, [filter.promptSetting]),
    filter.direction === undefined
      ? undefined
      : inArray(documentVersions.direction, filter.direction === either ? [either] : [filter.direction, either]),
    filter.excludeSensitive ? eq(documentVersions.sensitive, false) : undefined,
    filter.category === undefined ? undefined : eq(documentVersions.category, filter.category),
    filter.maxMinutes === undefined ? undefined : lte(documentVersions.minutesMin, filter.maxMinutes),
    filter.cost === undefined ? undefined : eq(documentVersions.cost, filter.cost),
    filter.activitySetting === undefined
      ? undefined
      : inArray(documentVersions.setting, filter.activitySetting === either ? [either] : [filter.activitySetting, either]),
    filter.energy === undefined ? undefined : eq(documentVersions.energy, filter.energy),
    filter.season === undefined ? undefined : arrayContains(documentVersions.seasons, [filter.season]),
  ]
  return conditions.filter((condition): condition is SQL => condition !== undefined)
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
  const conditions = [eq(releaseItems.releaseId, releaseId), eq(documents.type, type), ...filterConditions(filter)]
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

import { and, arrayContains, arrayOverlaps, asc, eq, gte, inArray, isNull, lte, min, or, type SQL } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions, releaseItems } from '../db/schema.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { ContentPolicy } from '../keys/schemas.js'

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
  /** The caller's content policy: what its key may ever see. */
  policy?: ContentPolicy | null | undefined
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
  return [...conditions.filter((condition): condition is SQL => condition !== undefined), ...policyConditions(filter.policy)]
}

/** A key's content policy as SQL over a document and its version, for every read path. */
export function policyConditions(policy: ContentPolicy | null | undefined): SQL[] {
  if (!policy) return []
  const conditions: SQL[] = []
  if (policy.maxDepth !== undefined) {
    conditions.push(or(isNull(documentVersions.depth), lte(documentVersions.depth, policy.maxDepth)) as SQL)
  }
  if (policy.excludeSensitive) conditions.push(eq(documentVersions.sensitive, false))
  if (policy.ageMin !== undefined) conditions.push(or(isNull(documentVersions.ageMax), gte(documentVersions.ageMax, policy.ageMin)) as SQL)
  if (policy.ageMax !== undefined) conditions.push(or(isNull(documentVersions.ageMin), lte(documentVersions.ageMin, policy.ageMax)) as SQL)
  if (policy.topics !== undefined) {
    conditions.push(
      or(
        eq(documents.type, 'section'),
        and(eq(documents.type, 'topic'), inArray(documents.slug, policy.topics)),
        and(inArray(documents.type, ['faq', 'prompt', 'activity']), arrayOverlaps(documentVersions.topics, policy.topics)),
      ) as SQL,
    )
  }
  return conditions
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

/** Slugs of a release's documents of a type that match the filter (e.g. that a policy lets a caller read). */
export async function listReleaseDocumentSlugs(
  db: AppDatabase,
  releaseId: number,
  type: DocumentType,
  filter: DocumentFilter,
): Promise<string[]> {
  const rows = await db
    .select({ slug: documents.slug })
    .from(releaseItems)
    .innerJoin(documents, releaseItemDocument)
    .innerJoin(documentVersions, releaseItemVersion)
    .where(and(eq(releaseItems.releaseId, releaseId), eq(documents.type, type), ...filterConditions(filter)))
  return rows.map((row) => row.slug)
}

export async function findReleaseDocument(
  db: AppDatabase,
  releaseId: number,
  type: DocumentType,
  slug: string,
  policy: ContentPolicy | null = null,
): Promise<ReleaseDocumentRow | null> {
  const [row] = await releaseDocuments(db, releaseId, type, { slug, policy }).limit(1)
  return row ?? null
}

/** A version is readable here only once some release has published it. */
export async function findPublishedVersion(
  db: AppDatabase,
  documentId: string,
  version: number,
  policy: ContentPolicy | null = null,
) {
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
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version), ...policyConditions(policy)))
    .groupBy(documents.id, documentVersions.documentId, documentVersions.version)
  return row && row.firstReleaseId !== null ? { ...row, firstReleaseId: row.firstReleaseId } : null
}

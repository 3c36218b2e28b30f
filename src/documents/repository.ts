import { and, arrayOverlaps, asc, eq, gte, inArray, isNull, lte, min, ne, not, or, sql, type SQL } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions, releaseItems } from '../db/schema.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { ContentPolicy } from '../keys/schemas.js'

/** The region whose crisis resources a policy that names none is served: the bundled content is written for US families. */
export const DEFAULT_REGION = 'US'

/** A key's content policy as SQL over a document and its version, for every read path. */
export function policyConditions(policy: ContentPolicy | null): SQL[] {
  if (!policy) return []
  const conditions: SQL[] = []
  // Crisis resources of the policy's region only (a resource's region is in its body, not a column).
  conditions.push(or(ne(documents.type, 'resource'), sql`${documentVersions.body} ->> 'region' = ${policy.region ?? DEFAULT_REGION}`) as SQL)
  if (policy.maxDepth !== undefined) {
    conditions.push(or(isNull(documentVersions.depth), lte(documentVersions.depth, policy.maxDepth)) as SQL)
  }
  if (policy.excludeSensitive) conditions.push(eq(documentVersions.sensitive, false))
  if (policy.ageMin !== undefined) conditions.push(or(isNull(documentVersions.ageMax), gte(documentVersions.ageMax, policy.ageMin)) as SQL)
  if (policy.ageMax !== undefined) conditions.push(or(isNull(documentVersions.ageMin), lte(documentVersions.ageMin, policy.ageMax)) as SQL)
  if (policy.excludeWarnings !== undefined) conditions.push(not(arrayOverlaps(documentVersions.contentWarnings, policy.excludeWarnings)))
  if (policy.excludeSituational) conditions.push(sql`cardinality(${documentVersions.situations}) = 0`)
  if (policy.topics !== undefined) {
    conditions.push(
      or(
        // The guide's sections and the crisis resources belong to no topic: a topic policy keeps them.
        inArray(documents.type, ['section', 'resource']),
        and(eq(documents.type, 'topic'), inArray(documents.slug, policy.topics)),
        and(inArray(documents.type, ['faq', 'prompt', 'activity']), arrayOverlaps(documentVersions.topics, policy.topics)),
      ) as SQL,
    )
  }
  return conditions
}

export interface StoredDocument {
  id: string
  slug: string
  version: number
  body: unknown
  /** A preview version: its number is reused when the drafts change, so it names no fixed body. */
  preview: boolean
}

/** Join conditions from a release item to its document and to the version it publishes. */
export const releaseItemDocument = eq(documents.id, releaseItems.documentId)
export const releaseItemVersion = and(eq(documentVersions.documentId, releaseItems.documentId), eq(documentVersions.version, releaseItems.version))

const catalogueOrder = [asc(documentVersions.position), asc(documents.id)]

/** Every document of a type in a release, with its stored body, in catalogue order; only `ids` when given. */
export function releaseDocuments(db: AppDatabase, releaseId: number, type: DocumentType, ids?: readonly string[]): Promise<StoredDocument[]> {
  return db
    .select({ id: documents.id, slug: documents.slug, version: documentVersions.version, body: documentVersions.body, preview: documentVersions.preview })
    .from(releaseItems)
    .innerJoin(documents, releaseItemDocument)
    .innerJoin(documentVersions, releaseItemVersion)
    .where(and(eq(releaseItems.releaseId, releaseId), eq(documents.type, type), ids ? inArray(documents.id, [...ids]) : undefined))
    .orderBy(...catalogueOrder)
}

export interface ReleaseItemRef {
  id: string
  version: number
  /** A preview version: its number is reused when the drafts change, so it names no fixed body. */
  preview: boolean
}

/** Which version of each document of a type a release holds, in catalogue order, without the bodies. */
export function releaseDocumentRefs(db: AppDatabase, releaseId: number, type: DocumentType): Promise<ReleaseItemRef[]> {
  return db
    .select({ id: documents.id, version: documentVersions.version, preview: documentVersions.preview })
    .from(releaseItems)
    .innerJoin(documents, releaseItemDocument)
    .innerJoin(documentVersions, releaseItemVersion)
    .where(and(eq(releaseItems.releaseId, releaseId), eq(documents.type, type)))
    .orderBy(...catalogueOrder)
}

/** Ids of a release's documents, of every type, that a policy lets a caller read. */
export async function visibleDocumentIds(db: AppDatabase, releaseId: number, policy: ContentPolicy): Promise<string[]> {
  const rows = await db
    .select({ id: documents.id })
    .from(releaseItems)
    .innerJoin(documents, releaseItemDocument)
    .innerJoin(documentVersions, releaseItemVersion)
    .where(and(eq(releaseItems.releaseId, releaseId), ...policyConditions(policy)))
  return rows.map((row) => row.id)
}

/** Ids of a release's documents of a type matching the conditions and the policy, in catalogue order. */
export async function matchingDocumentIds(
  db: AppDatabase,
  releaseId: number,
  type: DocumentType,
  conditions: SQL[],
  policy: ContentPolicy | null,
  page?: { offset: number; limit: number },
): Promise<string[]> {
  const query = db
    .select({ id: documents.id })
    .from(releaseItems)
    .innerJoin(documents, releaseItemDocument)
    .innerJoin(documentVersions, releaseItemVersion)
    .where(and(eq(releaseItems.releaseId, releaseId), eq(documents.type, type), ...conditions, ...policyConditions(policy)))
    .orderBy(...catalogueOrder)
  const rows = await (page ? query.limit(page.limit).offset(page.offset) : query)
  return rows.map((row) => row.id)
}

/** A version is readable here only once some (published) release has published it. */
export async function findPublishedVersion(db: AppDatabase, documentId: string, version: number, policy: ContentPolicy | null) {
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
    // A preview row (a draft laid over the current release) is not a published version.
    .where(
      and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version), eq(documentVersions.preview, false), ...policyConditions(policy)),
    )
    .groupBy(documents.id, documentVersions.documentId, documentVersions.version)
  return row && row.firstReleaseId !== null ? { ...row, firstReleaseId: row.firstReleaseId } : null
}

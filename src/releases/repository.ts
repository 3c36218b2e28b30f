import { and, desc, eq, inArray, lt, ne } from 'drizzle-orm'
import type { Executor } from '../db/executor.js'
import { currentRelease, documents, documentVersions, releaseItems, releases } from '../db/schema.js'
import { policyConditions } from '../documents/repository.js'
import type { ContentPolicy } from '../keys/schemas.js'

export type ReleaseRow = typeof releases.$inferSelect
/** What made a published release; a preview overlay is never one. */
export type PublishedSource = Exclude<ReleaseRow['source'], 'preview'>
export type PublishedRelease = ReleaseRow & { source: PublishedSource }

// Preview overlays live in the releases table but are never published: no public read names them.
const published = ne(releases.source, 'preview')

export async function findCurrentReleaseId(db: Executor): Promise<number | null> {
  const [row] = await db.select({ releaseId: currentRelease.releaseId }).from(currentRelease).limit(1)
  return row?.releaseId ?? null
}

export async function findRelease(db: Executor, id: number): Promise<PublishedRelease | null> {
  const [row] = await db
    .select()
    .from(releases)
    .where(and(eq(releases.id, id), published))
    .limit(1)
  return (row as PublishedRelease | undefined) ?? null
}

export async function listReleases(db: Executor, options: { beforeId?: number; limit: number }): Promise<PublishedRelease[]> {
  return (await db
    .select()
    .from(releases)
    .where(and(published, options.beforeId === undefined ? undefined : lt(releases.id, options.beforeId)))
    .orderBy(desc(releases.id))
    .limit(options.limit)) as PublishedRelease[]
}

export async function releaseMapping(db: Executor, releaseId: number, policy: ContentPolicy | null) {
  return (await releaseMappings(db, [releaseId], policy)).get(releaseId) ?? []
}

/** The document -> version mappings of several releases in one query. */
export async function releaseMappings(db: Executor, releaseIds: number[], policy: ContentPolicy | null) {
  const rows = await db
    .select({
      releaseId: releaseItems.releaseId,
      documentId: releaseItems.documentId,
      version: releaseItems.version,
      type: documents.type,
      slug: documents.slug,
    })
    .from(releaseItems)
    .innerJoin(documents, eq(documents.id, releaseItems.documentId))
    .innerJoin(documentVersions, and(eq(documentVersions.documentId, releaseItems.documentId), eq(documentVersions.version, releaseItems.version)))
    .where(and(inArray(releaseItems.releaseId, releaseIds), ...policyConditions(policy)))
    .orderBy(releaseItems.releaseId, releaseItems.documentId)
  const byRelease = new Map<number, Omit<(typeof rows)[number], 'releaseId'>[]>()
  for (const { releaseId, ...item } of rows) byRelease.set(releaseId, [...(byRelease.get(releaseId) ?? []), item])
  return byRelease
}

/**
 * Two releases as a policy sees them (0 or null: no release, as for a first sync), optionally of one
 * type only, and what changed from the first to the second. Release diffs, the change feed and event
 * payloads all read releases this way, so a document that leaves a policy's view counts as removed.
 */
export async function compareReleases(db: Executor, from: number | null, to: number, policy: ContentPolicy | null, type?: string) {
  const mappings = await releaseMappings(
    db,
    [...new Set([from, to])].filter((id): id is number => id !== null && id > 0),
    policy,
  )
  const side = (id: number | null) =>
    new Map(
      (id === null || id <= 0 ? [] : (mappings.get(id) ?? []))
        .filter((item) => type === undefined || item.type === type)
        .map((item) => [item.documentId, item]),
    )
  const before = side(from)
  const after = side(to)
  return { before, after, ...mappingChanges(before, after, (item) => item.version) }
}

/**
 * What a mapping changes from another: documents it adds, points at another version, and removes,
 * each in its map's order. Release diffs and rollbacks both answer with it.
 */
export function mappingChanges<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>, versionOf: (item: T) => number) {
  const added: string[] = []
  const changed: string[] = []
  for (const [id, item] of after) {
    const old = before.get(id)
    if (old === undefined) added.push(id)
    else if (versionOf(old) !== versionOf(item)) changed.push(id)
  }
  const removed = [...before.keys()].filter((id) => !after.has(id))
  return { added, changed, removed }
}

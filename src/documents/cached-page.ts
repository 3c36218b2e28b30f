import type { AppDatabase } from '../db/database.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import { listReleaseDocuments, type DocumentFilter, type ReleaseDocumentRow } from './repository.js'

export interface Page<T> {
  items: T[]
  hasMore: boolean
}

/**
 * One page of a release's documents of a type, mapped and kept in the release cache. `prepare` runs
 * only when the page is loaded, and returns the mapping of its rows (e.g. once a policy's catalogue is known).
 */
export function cachedPage<T>(
  db: AppDatabase,
  cache: ReleaseCache,
  releaseId: number,
  type: DocumentType,
  filter: DocumentFilter,
  page: { offset: number; limit: number },
  map: ((row: ReleaseDocumentRow) => T) | { prepare: () => Promise<(row: ReleaseDocumentRow) => T> },
): Promise<Page<T>> {
  return cache.get(releaseId, `${type}-page:${JSON.stringify([filter, page.offset, page.limit])}`, async () => {
    const [rows, mapRow] = await Promise.all([
      listReleaseDocuments(db, releaseId, type, filter, { offset: page.offset, limit: page.limit + 1 }),
      typeof map === 'function' ? map : map.prepare(),
    ])
    return { items: rows.slice(0, page.limit).map(mapRow), hasMore: rows.length > page.limit }
  })
}

import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { policyConditions, releaseItemDocument, releaseItemVersion } from '../documents/repository.js'
import type { ContentPolicy } from '../keys/schemas.js'
import { documents, documentVersions, releaseItems } from '../db/schema.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { ReleaseCache } from '../releases/release-cache.js'

export interface SearchHit {
  type: DocumentType
  id: string
  slug: string
  version: number
  title: string
  snippet: string
  rank: number
}

const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'

export class SearchService {
  constructor(
    private readonly db: AppDatabase,
    private readonly cache: ReleaseCache,
  ) {}

  search(
    releaseId: number,
    q: string,
    types: DocumentType[] | undefined,
    page: { offset: number; limit: number },
    policy: ContentPolicy | null = null,
  ): Promise<{ items: SearchHit[]; hasMore: boolean }> {
    const key = `search:${JSON.stringify([q, types, page.offset, page.limit, policy])}`
    return this.cache.get(releaseId, key, async () => {
      const query = sql`websearch_to_tsquery('english', ${q})`
      const rank = sql<number>`ts_rank(${documentVersions.search}, ${query})`
      const conditions: SQL[] = [
        eq(releaseItems.releaseId, releaseId),
        sql`${documentVersions.search} @@ ${query}`,
        ...policyConditions(policy),
      ]
      if (types?.length) conditions.push(inArray(documents.type, types))
      const rows = await this.db
        .select({
          type: documents.type,
          id: documents.id,
          slug: documents.slug,
          version: documentVersions.version,
          title: documentVersions.title,
          snippet: sql<string>`ts_headline('english', ${documentVersions.searchText}, ${query}, ${HEADLINE_OPTIONS})`,
          rank,
        })
        .from(releaseItems)
        .innerJoin(documents, releaseItemDocument)
        .innerJoin(documentVersions, releaseItemVersion)
        .where(and(...conditions))
        .orderBy(desc(rank), asc(documents.id))
        .limit(page.limit + 1)
        .offset(page.offset)
      const items = rows.slice(0, page.limit).map((row) => ({ ...row, rank: Number(row.rank) }))
      return { items, hasMore: rows.length > page.limit }
    })
  }
}

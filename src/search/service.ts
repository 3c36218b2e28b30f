import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { ItemOf } from '../content/types/index.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import { documents, documentVersions, releaseItems } from '../db/schema.js'
import type { Catalogues } from '../documents/catalogue.js'
import { policyConditions, releaseItemDocument, releaseItemVersion } from '../documents/repository.js'
import type { ReadContext } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { openPage, paged, type PageArgs, type Paged } from '../read/paging.js'
import { searchableTypes, searchQuery } from './schemas.js'

export interface SearchHit {
  type: Exclude<DocumentType, 'resource'>
  id: string
  slug: string
  version: number
  title: string
  snippet: string
  rank: number
}

export interface SearchInput {
  q: string
  types?: DocumentType[] | null | undefined
}

/** A hit with the document it found, as the reader sees it (GraphQL returns the documents themselves). */
export type SearchResult = { hit: SearchHit } & (
  | { type: 'section'; item: ItemOf<'section'> }
  | { type: 'topic'; item: ItemOf<'topic'> }
  | { type: 'faq'; item: ItemOf<'faq'> }
  | { type: 'prompt'; item: ItemOf<'prompt'> }
  | { type: 'activity'; item: ItemOf<'activity'> }
)

const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
const searchInput = z.strictObject({ q: searchQuery.shape.q, types: z.array(searchableTypes).max(5).optional() })

export class SearchService {
  constructor(
    private readonly db: AppDatabase,
    private readonly catalogues: Catalogues,
  ) {}

  /** One page of hits, most relevant first, with highlighted snippets. */
  async search(read: ReadContext, input: SearchInput, page: PageArgs): Promise<Paged<SearchHit>> {
    const { q, types } = parseInput(searchInput, { ...input })
    const window = openPage(read, page, { q, type: types })
    const query = sql`websearch_to_tsquery('english', ${q})`
    const rank = sql<number>`ts_rank(${documentVersions.search}, ${query})`
    const conditions: SQL[] = [
      eq(releaseItems.releaseId, read.snapshot.releaseId),
      sql`${documentVersions.search} @@ ${query}`,
      ...policyConditions(read.policy),
    ]
    conditions.push(types?.length ? inArray(documents.type, types) : ne(documents.type, 'resource'))
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
      .limit(window.limit + 1)
      .offset(window.offset)
    return paged(
      window,
      rows.map((row) => ({ ...row, type: row.type as SearchHit['type'], rank: Number(row.rank) })),
    )
  }

  /** One page of hits, each with its document as the reader sees it. */
  async results(read: ReadContext, input: SearchInput, page: PageArgs): Promise<Paged<SearchResult>> {
    const hits = await this.search(read, input, page)
    const [sections, topics, faqs, prompts, activities] = await Promise.all([
      this.catalogues.of(read, 'section'),
      this.catalogues.of(read, 'topic'),
      this.catalogues.of(read, 'faq'),
      this.catalogues.of(read, 'prompt'),
      this.catalogues.of(read, 'activity'),
    ])
    const found = (catalogue: { byId: ReadonlyMap<string, unknown> }, hit: SearchHit) => {
      const item = catalogue.byId.get(hit.id)
      if (!item) throw new Error(`release ${read.snapshot.releaseId}: hit ${hit.id} is not in its catalogue`)
      return item
    }
    const items = hits.items.map((hit): SearchResult => {
      switch (hit.type) {
        case 'section':
          return { hit, type: hit.type, item: found(sections, hit) as ItemOf<'section'> }
        case 'topic':
          return { hit, type: hit.type, item: found(topics, hit) as ItemOf<'topic'> }
        case 'faq':
          return { hit, type: hit.type, item: found(faqs, hit) as ItemOf<'faq'> }
        case 'prompt':
          return { hit, type: hit.type, item: found(prompts, hit) as ItemOf<'prompt'> }
        case 'activity':
          return { hit, type: hit.type, item: found(activities, hit) as ItemOf<'activity'> }
      }
    })
    return { ...hits, items }
  }
}

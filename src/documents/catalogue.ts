import { namedSlugs, relationsFrom } from '../content/relations.js'
import { filterConditions, filterValues, storedSchema, type AnyContentType } from '../content/types/define.js'
import { contentTypes, type ItemOf } from '../content/types/index.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import type { ReadContext, Reader } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { openPage, paged, type PageArgs, type Paged } from '../read/paging.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import { matchingDocumentIds, releaseDocumentRefs, releaseDocuments, visibleDocumentIds, type StoredDocument } from './repository.js'
import { viewOf } from './visibility.js'

/** A release's documents of one type, in catalogue order, found by slug or id. */
export interface Catalogue<T> {
  readonly items: readonly T[]
  readonly bySlug: ReadonlyMap<string, T>
  readonly byId: ReadonlyMap<string, T>
  /** Renamed and merged documents: a former slug and the document that succeeds it. */
  readonly byFormerSlug: ReadonlyMap<string, T>
}

function catalogueOf<T extends { id: string; slug?: string }>(items: T[], slugOf: (item: T) => string): Catalogue<T> {
  const byFormerSlug = new Map<string, T>()
  for (const item of items) {
    const formerIds = (item as { formerIds?: readonly string[] }).formerIds
    if (formerIds) for (const formerId of formerIds) byFormerSlug.set(slugOfId(formerId), item)
  }
  return {
    items,
    bySlug: new Map(items.map((item) => [slugOf(item), item])),
    byId: new Map(items.map((item) => [item.id, item])),
    byFormerSlug,
  }
}

/** A document by its slug, or by a former slug (then its successor). */
export function findBySlug<T>(catalogue: Catalogue<T>, slug: string): T | undefined {
  return catalogue.bySlug.get(slug) ?? catalogue.byFormerSlug.get(slug)
}

const slugOfId = (id: string) => id.slice(id.indexOf(':') + 1)
/** A published document version's key among the release cache's shared objects: `document:<type>:<slug>@<version>`. */
const versionKey = (ref: { id: string; version: number }) => `document:${ref.id}@${ref.version}`

// The typed schema of each type's filters, made once.
const filterSchemas = new Map(Object.entries(contentTypes).map(([type, declared]) => [type, filterValues((declared as AnyContentType).filters)]))

/**
 * The documents of each release, read once and parsed once with their type's declaration (a stored
 * body that does not match its declaration is an error, never cast), then what each policy sees of
 * them. Everything here is keyed by release and policy only, never by a request's input, so the
 * number of entries stays bounded by releases times policies in use.
 */
export class Catalogues {
  constructor(
    private readonly db: AppDatabase,
    private readonly cache: ReleaseCache,
  ) {}

  /** Every document of a type in a release, unrestricted. */
  stored<T extends DocumentType>(releaseId: number, type: T): Promise<Catalogue<ItemOf<T>>> {
    return this.cache.get(releaseId, `catalogue:${type}`, async () => {
      const declared: AnyContentType = contentTypes[type]
      const parse = (row: StoredDocument): ItemOf<T> => {
        const parsed = storedSchema(declared).safeParse(row.body)
        if (!parsed.success) throw new Error(`release ${releaseId}: stored ${row.id}@${row.version} does not match its declaration`)
        return declared.toItem({ id: row.id, version: row.version }, parsed.data) as ItemOf<T>
      }
      // A published version never changes: its item is parsed once and shared by every release
      // holding it. Preview versions reuse their numbers, so each is parsed for its own release.
      const itemOf = (row: StoredDocument): ItemOf<T> => (row.preview ? parse(row) : this.cache.shared(versionKey(row), () => parse(row)))
      const byOrder = (items: ItemOf<T>[]) => catalogueOf(items, (item) => slugOfId((item as { id: string }).id))
      // With no version of this type held (the first read), one query reads them all; otherwise only
      // the bodies of versions no cached release holds are read.
      if (!this.cache.holdsSharedStartingWith(`document:${type}:`)) return byOrder((await releaseDocuments(this.db, releaseId, type)).map(itemOf))
      const refs = await releaseDocumentRefs(this.db, releaseId, type)
      const found = new Map<string, ItemOf<T>>()
      for (const ref of refs) {
        const item = ref.preview ? undefined : this.cache.sharedValue<ItemOf<T>>(versionKey(ref))
        if (item) found.set(ref.id, item)
      }
      const missing = refs.filter((ref) => !found.has(ref.id)).map((ref) => ref.id)
      const rows = missing.length === 0 ? [] : await releaseDocuments(this.db, releaseId, type, missing.length === refs.length ? undefined : missing)
      for (const row of rows) found.set(row.id, itemOf(row))
      return byOrder(
        refs.map((ref) => {
          const item = found.get(ref.id)
          if (!item) throw new Error(`release ${releaseId}: ${ref.id}@${ref.version} was not read`)
          return item
        }),
      )
    })
  }

  /** Ids of the documents a reader's policy lets it read in a release; null when it reads everything. */
  visible(releaseId: number, reader: Reader): Promise<ReadonlySet<string> | null> {
    const policy = reader.policy
    if (policy === null) return Promise.resolve(null)
    return this.cache.get(releaseId, `visible:${reader.policyKey}`, async () => new Set(await visibleDocumentIds(this.db, releaseId, policy)))
  }

  /**
   * What a read sees of a type: only documents its policy allows, and in each, only the related
   * documents it may read (nothing outside a policy is ever named).
   */
  of<T extends DocumentType>(read: ReadContext, type: T): Promise<Catalogue<ItemOf<T>>> {
    return this.seenBy(read.snapshot.releaseId, read, type)
  }

  /** The same for a release other than the read's snapshot (a version's first release). */
  seenBy<T extends DocumentType>(releaseId: number, reader: Reader, type: T): Promise<Catalogue<ItemOf<T>>> {
    if (reader.policy === null) return this.stored(releaseId, type)
    return this.cache.get(releaseId, `view:${type}:${reader.policyKey}`, async () => {
      const [all, visible] = await Promise.all([this.stored(releaseId, type), this.visible(releaseId, reader)])
      const ids = visible as ReadonlySet<string>
      // What a view keeps of a document depends on the policy and on which related documents the
      // release lets it name: the same in consecutive releases, so a view is shared as its document is.
      const related = (seen: object) =>
        relationsFrom(type)
          .map((relation) => namedSlugs(relation, seen).join(' '))
          .join('\u0001')
      const view = (item: ItemOf<T>): ItemOf<T> => {
        const seen = viewOf(type, item as ItemOf<T> & object, ids)
        const key = seen === item ? undefined : this.cache.sharedKeyOf(item as object)
        return key === undefined ? seen : this.cache.shared(`${key}\u0000${reader.policyKey}\u0000${related(seen)}`, () => seen)
      }
      const items = all.items.filter((item) => ids.has((item as { id: string }).id)).map(view)
      return catalogueOf(items, (item) => slugOfId((item as { id: string }).id))
    })
  }

  /**
   * The documents of a type matching its declared filters (validated here: GraphQL passes its
   * arguments through), in catalogue order, as the reader sees them; one page when `page` is given.
   */
  async matching<T extends DocumentType>(read: ReadContext, type: T, filters: Record<string, unknown>): Promise<ItemOf<T>[]> {
    const values = parseInput(filterSchemas.get(type)!, filters)
    const [ids, catalogue] = await Promise.all([
      matchingDocumentIds(this.db, read.snapshot.releaseId, type, filterConditions(contentTypes[type].filters, values), read.policy),
      this.of(read, type),
    ])
    return ids.map((id) => catalogue.byId.get(id) as ItemOf<T>)
  }

  /** One page of `matching`, with its cursors. */
  async page<T extends DocumentType>(read: ReadContext, type: T, filters: Record<string, unknown>, page: PageArgs): Promise<Paged<ItemOf<T>>> {
    const values = parseInput(filterSchemas.get(type)!, filters)
    const window = openPage(read, page, values)
    const [ids, catalogue] = await Promise.all([
      matchingDocumentIds(this.db, read.snapshot.releaseId, type, filterConditions(contentTypes[type].filters, values), read.policy, {
        offset: window.offset,
        limit: window.limit + 1,
      }),
      this.of(read, type),
    ])
    return paged(
      window,
      ids.map((id) => catalogue.byId.get(id) as ItemOf<T>),
    )
  }
}

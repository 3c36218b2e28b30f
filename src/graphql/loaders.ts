import type { MercuriusContext, MercuriusLoaders } from 'mercurius'
import { namedSlugs, relations, type DeclaredRelation } from '../content/relations.js'
import { contentTypes } from '../content/types/index.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { Catalogue } from '../documents/catalogue.js'
import type { ReadContext } from '../read/context.js'
import { pageOfList } from '../read/paging.js'
import type { Services } from '../services.js'
import { connection } from './connections.js'
import type { Served } from './models.js'

type Query<Parent, Params = Record<string, never>> = { obj: Parent; params: Params }
type PageParams = { first?: number | null; after?: string | null }

/**
 * Relations are batched per field by mercurius and answered from the catalogues of each parent's
 * release as the reader sees them (loaded once per release and policy), so a nested query costs a
 * bounded number of database queries whatever the list sizes.
 */
function perRelease<Parent extends { release: number }, Params, Result, Source>(
  load: (all: Services, read: ReadContext) => Promise<Source>,
  answer: (source: Source, query: Query<Parent, Params>, read: ReadContext) => Result,
) {
  return async (queries: Query<Parent, Params>[], context: MercuriusContext): Promise<Result[]> => {
    const sources = new Map<number, { read: ReadContext; source: Promise<Source> }>()
    for (const { obj } of queries) {
      if (!sources.has(obj.release)) {
        const read = context.reads.of(obj.release)
        sources.set(obj.release, { read, source: load(context.services, read) })
      }
    }
    return Promise.all(
      queries.map(async (query) => {
        const { read, source } = sources.get(query.obj.release)!
        return answer(await source, query, read)
      }),
    )
  }
}

// Each catalogue's items grouped by the slugs they name through a relation, computed once per
// catalogue (per release and policy), not per request.
const groupings = new WeakMap<object, Map<DeclaredRelation, ReadonlyMap<string, object[]>>>()
function namingEach(catalogue: Catalogue<object>, relation: DeclaredRelation): ReadonlyMap<string, object[]> {
  let byRelation = groupings.get(catalogue)
  if (!byRelation) groupings.set(catalogue, (byRelation = new Map()))
  let groups = byRelation.get(relation)
  if (!groups) {
    const grouped = new Map<string, object[]>()
    for (const item of catalogue.items) for (const slug of namedSlugs(relation, item)) grouped.set(slug, [...(grouped.get(slug) ?? []), item])
    byRelation.set(relation, (groups = grouped))
  }
  return groups
}

const served = <T extends object>(release: number, items: T[]): Served<T>[] => items.map((item) => ({ ...item, release }))

function pick<T>(bySlug: ReadonlyMap<string, T>, slugs: string[]): T[] {
  return slugs.flatMap((slug) => {
    const item = bySlug.get(slug)
    return item ? [item] : []
  })
}

const catalogueOf = (type: DocumentType) => (all: Services, read: ReadContext) => all.catalogues.of(read, type) as Promise<Catalogue<object>>

function listPage<T extends object>(read: ReadContext, items: T[] | undefined, params: PageParams, parentKey: string) {
  return connection(read.snapshot.releaseId, pageOfList(read, items ?? [], { limit: params.first, cursor: params.after }, parentKey))
}

/** The GraphQL object of a content type: the API schema's component name. */
const graphqlObject = (type: DocumentType): string => {
  const name = contentTypes[type].api.meta()?.id
  if (!name) throw new Error(`the ${type} API schema has no id`)
  return name
}

type Document = Served<{ id: string; slug: string } & Record<string, unknown>>

/**
 * The loaders of every declared relation (src/content/types): the field expanding the slugs a
 * document names into the documents (or, for a list of objects, the field of each object holding
 * the slug), and the paged list, on the named document, of the documents naming it.
 */
function relationLoaders(): Record<string, Record<string, unknown>> {
  const all: Record<string, Record<string, unknown>> = {}
  const add = (object: string, field: string, loader: unknown) => {
    if (all[object]?.[field]) throw new Error(`two relations load ${object}.${field}`)
    all[object] = { ...all[object], [field]: loader }
  }
  for (const declared of relations) {
    const { each, to } = declared
    if (each) {
      add(
        each.graphql,
        each.slug,
        perRelease(catalogueOf(to), (named, { obj }: Query<Served<Record<string, string>>>) => {
          const found = named.bySlug.get(obj[each.slug]!)
          if (!found) throw new Error(`release ${obj.release} lacks ${to} ${obj[each.slug]}`)
          return { ...found, release: obj.release }
        }),
      )
    } else {
      add(
        graphqlObject(declared.from),
        declared.graphql ?? declared.field,
        perRelease(catalogueOf(to), (named, { obj }: Query<Document>) => served(obj.release, pick(named.bySlug, namedSlugs(declared, obj)))),
      )
    }
    const namedBy = declared.namedBy
    if (namedBy) {
      add(
        graphqlObject(to),
        namedBy,
        perRelease(catalogueOf(declared.from), (naming, { obj, params }: Query<Document, PageParams>, read) =>
          listPage(read, namingEach(naming, declared).get(obj.slug), params, `${obj.id}:${namedBy}`),
        ),
      )
    }
  }
  return all
}

/**
 * Resolvers of the relations whose fields list objects (an activity's topics, each with why): each
 * object is stamped with its document's release, for the loader of the slug it holds.
 */
export const nestedRelationResolvers: Record<string, Record<string, (obj: Document) => object[]>> = {}
for (const declared of relations.filter((relation) => relation.each)) {
  const object = graphqlObject(declared.from)
  nestedRelationResolvers[object] = {
    ...nestedRelationResolvers[object],
    [declared.field]: (obj) => (obj[declared.field] as object[]).map((item) => ({ ...item, release: obj.release })),
  }
}

export const loaders: MercuriusLoaders = {
  ...(relationLoaders() as MercuriusLoaders),
  Release: {
    documents: async (queries: Query<{ id: number }>[], context: MercuriusContext) => {
      const mappings = await context.services.releases.mappings(
        context.reads.reader,
        queries.map(({ obj }) => obj.id),
      )
      return queries.map(({ obj }) => mappings.get(obj.id) ?? [])
    },
  },
}

import type { MercuriusContext, MercuriusLoaders } from 'mercurius'
import type { Catalogue } from '../documents/catalogue.js'
import type { ReadContext } from '../read/context.js'
import { pageOfList } from '../read/paging.js'
import type { Services } from '../services.js'
import { connection } from './connections.js'
import type { ActivityModel, FaqModel, NurturedTopicModel, PromptModel, Served, TopicModel } from './models.js'

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

// Each catalogue's items grouped by topic, computed once per catalogue (per release and policy), not per request.
const groupings = new WeakMap<object, Map<string, unknown[]>>()
function byTopic<T>(catalogue: Catalogue<T>, topicsOf: (item: T) => string[]): ReadonlyMap<string, T[]> {
  let groups = groupings.get(catalogue) as Map<string, T[]> | undefined
  if (!groups) {
    groups = new Map()
    for (const item of catalogue.items) for (const topic of topicsOf(item)) groups.set(topic, [...(groups.get(topic) ?? []), item])
    groupings.set(catalogue, groups as Map<string, unknown[]>)
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

const catalogueOf =
  <T extends 'topic' | 'faq' | 'prompt' | 'activity'>(type: T) =>
  (all: Services, read: ReadContext) =>
    all.catalogues.of(read, type)

function relation<T extends object>(read: ReadContext, items: T[] | undefined, params: PageParams, parentKey: string) {
  return connection(read.snapshot.releaseId, pageOfList(read, items ?? [], { limit: params.first, cursor: params.after }, parentKey))
}

export const loaders: MercuriusLoaders = {
  Topic: {
    prompts: perRelease(catalogueOf('prompt'), (prompts, { obj, params }: Query<TopicModel, PageParams>, read) =>
      relation(read, byTopic(prompts, (prompt) => prompt.topics).get(obj.slug), params, `${obj.id}:prompts`),
    ),
    activities: perRelease(catalogueOf('activity'), (activities, { obj, params }: Query<TopicModel, PageParams>, read) =>
      relation(read, byTopic(activities, (activity) => activity.topics.map((item) => item.topic)).get(obj.slug), params, `${obj.id}:activities`),
    ),
    faqs: perRelease(catalogueOf('faq'), (faqs, { obj, params }: Query<TopicModel, PageParams>, read) =>
      relation(read, byTopic(faqs, (faq) => faq.topics).get(obj.slug), params, `${obj.id}:faqs`),
    ),
  },
  Faq: {
    topics: perRelease(catalogueOf('topic'), (topics, { obj }: Query<FaqModel>) => served(obj.release, pick(topics.bySlug, obj.topics))),
  },
  Prompt: {
    followUps: perRelease(catalogueOf('prompt'), (prompts, { obj }: Query<PromptModel>) =>
      served(obj.release, pick(prompts.bySlug, obj.followUps)),
    ),
    topics: perRelease(catalogueOf('topic'), (topics, { obj }: Query<PromptModel>) => served(obj.release, pick(topics.bySlug, obj.topics))),
  },
  Activity: {
    suggestedPrompts: perRelease(catalogueOf('prompt'), (prompts, { obj }: Query<ActivityModel>) =>
      served(obj.release, pick(prompts.bySlug, obj.prompts)),
    ),
  },
  NurturedTopic: {
    topic: perRelease(catalogueOf('topic'), (topics, { obj }: Query<NurturedTopicModel>) => {
      const topic = topics.bySlug.get(obj.topic)
      if (!topic) throw new Error(`release ${obj.release} lacks topic ${obj.topic}`)
      return { ...topic, release: obj.release }
    }),
  },
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

import type { MercuriusContext, MercuriusLoaders } from 'mercurius'
import type { ContentPolicy } from '../keys/schemas.js'
import type { Prompt } from '../prompts/schemas.js'
import type { Services } from '../services.js'
import { relationConnection } from './connections.js'
import type { ActivityModel, FaqModel, NurturedTopicModel, PromptModel, Served, TopicModel } from './models.js'

type Query<Parent, Params = Record<string, never>> = { obj: Parent; params: Params }
type PageParams = { first?: number | null; after?: string | null }

const services = (context: MercuriusContext) => (context.app as unknown as { services: Services }).services
const policyOf = (context: MercuriusContext) => (context as unknown as { policy?: ContentPolicy | null }).policy ?? null

/**
 * Relations are batched per field by mercurius and answered from each release's catalogues, which
 * are loaded once per release and cached: a nested query costs a bounded number of database queries
 * whatever the list sizes.
 */
function perRelease<Parent extends { release: number }, Params, Result, Catalogue>(
  load: (all: Services, release: number, policy: ContentPolicy | null) => Promise<Catalogue>,
  answer: (catalogue: Catalogue, query: Query<Parent, Params>) => Result,
) {
  return async (queries: Query<Parent, Params>[], context: MercuriusContext): Promise<Result[]> => {
    const catalogues = new Map<number, Promise<Catalogue>>()
    for (const { obj } of queries) {
      if (!catalogues.has(obj.release)) catalogues.set(obj.release, load(services(context), obj.release, policyOf(context)))
    }
    return Promise.all(queries.map(async (query) => answer(await catalogues.get(query.obj.release)!, query)))
  }
}

const served = <T extends object>(release: number, items: T[]): Served<T>[] => items.map((item) => ({ ...item, release }))
const promptsBySlug = (all: Services, release: number, policy: ContentPolicy | null) => all.prompts.bySlug(release, policy)
const guideOf = (all: Services, release: number, policy: ContentPolicy | null) => all.guide.guide(release, policy)

function pick<T>(bySlug: Map<string, T>, slugs: string[]): T[] {
  return slugs.flatMap((slug) => {
    const item = bySlug.get(slug)
    return item ? [item] : []
  })
}

export const loaders: MercuriusLoaders = {
  Topic: {
    prompts: perRelease(
      (all, release, policy) => all.prompts.matching(release, { policy }),
      (prompts: Prompt[], { obj, params }: Query<TopicModel, PageParams>) =>
        relationConnection(prompts.filter((prompt) => prompt.topics.includes(obj.slug)), params, obj.release, `${obj.id}:prompts`),
    ),
    activities: perRelease(
      (all, release, policy) => all.activities.all(release, policy),
      (activities, { obj, params }: Query<TopicModel, PageParams>) =>
        relationConnection(
          activities.filter((activity) => activity.topics.some((item) => item.topic === obj.slug)),
          params,
          obj.release,
          `${obj.id}:activities`,
        ),
    ),
    faqs: perRelease(guideOf, (guide, { obj, params }: Query<TopicModel, PageParams>) =>
      relationConnection(guide.faqs.filter((faq) => faq.topics.includes(obj.slug)), params, obj.release, `${obj.id}:faqs`),
    ),
  },
  Faq: {
    topics: perRelease(guideOf, (guide, { obj }: Query<FaqModel>) =>
      served(obj.release, pick(new Map(guide.topics.map((topic) => [topic.slug, topic])), obj.topics)),
    ),
  },
  Prompt: {
    followUps: perRelease(promptsBySlug, (bySlug, { obj }: Query<PromptModel>) => served(obj.release, pick(bySlug, obj.followUps))),
    topics: perRelease(guideOf, (guide, { obj }: Query<PromptModel>) =>
      served(obj.release, pick(new Map(guide.topics.map((topic) => [topic.slug, topic])), obj.topics)),
    ),
  },
  Activity: {
    suggestedPrompts: perRelease(promptsBySlug, (bySlug, { obj }: Query<ActivityModel>) =>
      served(obj.release, pick(bySlug, obj.prompts)),
    ),
  },
  NurturedTopic: {
    topic: perRelease(guideOf, (guide, { obj }: Query<NurturedTopicModel>) => {
      const topic = guide.topics.find((item) => item.slug === obj.topic)
      if (!topic) throw new Error(`release ${obj.release} lacks topic ${obj.topic}`)
      return { ...topic, release: obj.release }
    }),
  },
  Release: {
    documents: async (queries: Query<{ id: number }>[], context: MercuriusContext) => {
      const mappings = await services(context).releases.mappings(
        queries.map(({ obj }) => obj.id),
        policyOf(context),
      )
      return queries.map(({ obj }) => mappings.get(obj.id) ?? [])
    },
  },
}

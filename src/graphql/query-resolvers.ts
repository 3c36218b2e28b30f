import { z } from 'zod'
import { activityListQuery, type Activity } from '../activities/schemas.js'
import { activityFilter } from '../activities/service.js'
import { AppError } from '../errors.js'
import { faqListQuery, topicListQuery, type Topic } from '../guide/schemas.js'
import { readPage } from '../http/cursor.js'
import { cursorQuery, limitQuery, releaseQuery } from '../http/schemas.js'
import { planRequest } from '../prompts/plan-schemas.js'
import { dailyQuery, promptListQuery } from '../prompts/schemas.js'
import { promptFilter, todayIn } from '../prompts/service.js'
import { profile } from '../recommendations/schemas.js'
import { searchQuery } from '../search/schemas.js'
import type { ContentPolicy } from '../keys/schemas.js'
import type { Services } from '../services.js'
import { parseArguments } from './arguments.js'
import { connection } from './connections.js'
import type { QueryResolvers } from './generated.js'
import type { SearchResultModel, Served } from './models.js'

const releaseArgument = z.strictObject({ release: releaseQuery })
const releasePage = z.strictObject({ limit: limitQuery, cursor: cursorQuery })
const documentVersionArguments = z.strictObject({
  id: z.string().max(100).regex(/^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a document id such as "topic:boundaries"'),
  version: z.number().int().positive(),
})

const services = (context: { app: { services: Services } }) => context.app.services
const policy = (context: object) => (context as { policy?: ContentPolicy | null }).policy ?? null
const served = <T extends object>(release: number, item: T): Served<T> => ({ ...item, release })

async function resolveRelease(context: { app: { services: Services } }, release: number | null | undefined) {
  const parsed = parseArguments(releaseArgument, { release })
  return (await services(context).releases.resolve(parsed.release)).id
}

export const queryResolvers: QueryResolvers = {
  currentRelease: async (_root, _args, context) => {
    const { id } = await services(context).releases.resolve(undefined)
    return services(context).releases.summary(id)
  },

  guide: async (_root, args, context) => {
    const release = await resolveRelease(context, args.release)
    const guide = await services(context).guide.guide(release, policy(context))
    return {
      ...guide,
      release,
      introduction: { ...guide.introduction, title: guide.title },
      topics: guide.topics.map((topic) => served(release, topic)),
      faqs: guide.faqs.map((faq) => served(release, faq)),
    }
  },

  topics: async (_root, args, context) => {
    const query = parseArguments(topicListQuery, { release: args.release, limit: args.first, cursor: args.after, ...args.filter })
    const filter = { competency: query.competency, lifeStage: query.lifeStage }
    const page = readPage(query, filter)
    const { id } = await services(context).releases.resolve(page.releaseId)
    const result = await services(context).guide.listTopics(id, { ...filter, policy: policy(context) }, page)
    return connection(page, id, result.items, result.hasMore)
  },

  topic: async (_root, args, context) => {
    const release = await resolveRelease(context, args.release)
    return served(release, await services(context).guide.topic(release, args.slug, policy(context)))
  },

  faqs: async (_root, args, context) => {
    const query = parseArguments(faqListQuery, { release: args.release, limit: args.first, cursor: args.after, topic: args.topic })
    const page = readPage(query, { topic: query.topic })
    const { id } = await services(context).releases.resolve(page.releaseId)
    const result = await services(context).guide.listFaqs(id, { topic: query.topic, policy: policy(context) }, page)
    return connection(page, id, result.items, result.hasMore)
  },

  faq: async (_root, args, context) => {
    const release = await resolveRelease(context, args.release)
    return served(release, await services(context).guide.faq(release, args.slug, policy(context)))
  },

  prompts: async (_root, args, context) => {
    const { release, limit, cursor, ...filters } = parseArguments(promptListQuery, {
      release: args.release,
      limit: args.first,
      cursor: args.after,
      ...stringified(args.filter),
    })
    const filter = promptFilter(filters)
    const page = readPage({ release, limit, cursor }, { ...filter })
    const { id } = await services(context).releases.resolve(page.releaseId)
    const result = await services(context).prompts.list(id, { ...filter, policy: policy(context) }, page)
    return connection(page, id, result.items, result.hasMore)
  },

  prompt: async (_root, args, context) => {
    const release = await resolveRelease(context, args.release)
    return served(release, await services(context).prompts.get(release, args.slug, policy(context)))
  },

  dailyPrompt: async (_root, args, context) => {
    const { release, date, tz, seed, ...filters } = parseArguments(dailyQuery, {
      release: args.release,
      date: args.date,
      tz: args.timeZone,
      seed: args.seed,
      ...stringified(args.filter),
    })
    const { id } = await services(context).releases.resolve(release)
    const timeZone = tz ?? 'UTC'
    const result = await services(context).prompts.daily(id, { ...filters, date: date ?? todayIn(timeZone), timeZone, seed: seed ?? '' }, policy(context))
    if (!result) throw new AppError('NO_PROMPT_MATCHES', 'No prompt in this release matches these filters.')
    return { ...result, release: id, prompt: served(id, result.prompt) }
  },

  conversationPlan: async (_root, args, context) => {
    const release = await resolveRelease(context, args.release)
    const { goal, ...input } = args.input
    const request = parseArguments(planRequest, { ...input, goal: goal ? goal.toLowerCase().replaceAll('_', '-') : undefined })
    if (request.topic) await services(context).guide.topic(release, request.topic, policy(context))
    const plan = await services(context).conversationPlans.plan(release, request, policy(context))
    return {
      ...plan,
      release,
      steps: plan.steps.map((step) => ({
        ...step,
        prompts: step.prompts.map((item) => ({
          prompt: served(release, item.prompt),
          followUps: item.followUps.map((followUp) => served(release, followUp)),
        })),
      })),
    }
  },

  activities: async (_root, args, context) => {
    const { release, limit, cursor, ...filters } = parseArguments(activityListQuery, {
      release: args.release,
      limit: args.first,
      cursor: args.after,
      ...stringified(args.filter),
    })
    const filter = activityFilter(filters)
    const page = readPage({ release, limit, cursor }, { ...filter })
    const { id } = await services(context).releases.resolve(page.releaseId)
    const result = await services(context).activities.list(id, { ...filter, policy: policy(context) }, page)
    return connection(page, id, result.items, result.hasMore)
  },

  activity: async (_root, args, context) => {
    const release = await resolveRelease(context, args.release)
    return served(release, await services(context).activities.get(release, args.slug, policy(context)))
  },

  recommendations: async (_root, args, context) => {
    const release = await resolveRelease(context, args.release)
    const request = parseArguments(profile, { ...args.profile })
    const result = await services(context).recommendations.recommend(release, request, policy(context))
    return {
      release,
      considered: result.considered,
      reason: result.reason,
      items: result.data.map((item) => ({
        ...item,
        activity: served(release, item.activity),
        prompts: item.prompts.map((prompt) => served(release, prompt)),
      })),
    }
  },

  search: async (_root, args, context) => {
    const query = parseArguments(searchQuery, {
      q: args.q,
      type: args.types?.join(','),
      release: args.release,
      limit: args.first,
      cursor: args.after,
    })
    const page = readPage(query, { q: query.q, type: query.type })
    const { id } = await services(context).releases.resolve(page.releaseId)
    const hits = await services(context).search.search(id, query.q, query.type, page, policy(context))
    const nodes = await searchNodes(services(context), id, hits.items, policy(context))
    const result = connection(page, id, nodes, hits.hasMore)
    return {
      ...result,
      edges: result.edges.map((edge, index) => ({ ...edge, rank: hits.items[index]!.rank, snippet: hits.items[index]!.snippet })),
    }
  },

  releases: async (_root, args, context) => {
    const { limit, cursor } = parseArguments(releasePage, { limit: args.first, cursor: args.after })
    const { items, hasMore } = await services(context).releases.page({ cursor, limit })
    const edges = items.map((item) => ({ cursor: item.cursor, node: item.release }))
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: hasMore, endCursor: edges.at(-1)?.cursor ?? null },
    }
  },

  release: async (_root, args, context) => {
    const { release } = parseArguments(releaseArgument, { release: args.id })
    return services(context).releases.summary(release as number)
  },

  documentVersion: async (_root, args, context) => {
    const { id, version } = parseArguments(documentVersionArguments, { id: args.id, version: args.version })
    const row = await services(context).documents.version(id, version, policy(context))
    return { ...row, createdAt: row.createdAt.toISOString(), content: row.body }
  },
}

// Query-string schemas parse numbers and booleans from strings; GraphQL already typed them.
function stringified(filter: object | null | undefined): Record<string, unknown> {
  if (!filter) return {}
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) => [key, typeof value === 'number' || typeof value === 'boolean' ? String(value) : value]),
  )
}

async function searchNodes(
  all: Services,
  release: number,
  hits: { type: string; slug: string }[],
  contentPolicy: ContentPolicy | null,
): Promise<SearchResultModel[]> {
  const [guide, prompts, activities] = await Promise.all([
    all.guide.guide(release, contentPolicy),
    all.prompts.bySlug(release, contentPolicy),
    all.activities.all(release, contentPolicy),
  ])
  const activitiesBySlug = new Map(activities.map((activity) => [activity.slug, activity]))
  return hits.map((hit): SearchResultModel => {
    switch (hit.type) {
      case 'topic':
        return { ...(guide.topics.find((topic) => topic.slug === hit.slug) as Topic), release, __typename: 'Topic' }
      case 'faq':
        return { ...guide.faqs.find((faq) => faq.slug === hit.slug)!, release, __typename: 'Faq' }
      case 'prompt':
        return { ...prompts.get(hit.slug)!, release, __typename: 'Prompt' }
      case 'activity':
        return { ...(activitiesBySlug.get(hit.slug) as Activity), release, __typename: 'Activity' }
      default: {
        const section = hit.slug === 'introduction' ? { ...guide.introduction, title: guide.title } : guide.conclusion
        return { ...section, __typename: 'GuideSection' }
      }
    }
  })
}

import type { SearchResult } from '../search/service.js'
import { connection } from './connections.js'
import type { QueryResolvers } from './generated.js'
import type { SearchResultModel, Served } from './models.js'

// Resolvers only translate: GraphQL's arguments go to the services as they are (the services validate
// them), and the services' results are shaped into GraphQL's types, stamped with their release.
const served = <T extends object>(release: number, item: T): Served<T> => ({ ...item, release })
const page = (args: { first?: number | null; after?: string | null }) => ({ limit: args.first, cursor: args.after })

export const queryResolvers: QueryResolvers = {
  currentRelease: async (_root, _args, context) => {
    const read = await context.reads.at(undefined)
    return context.services.releases.summary(read.snapshot.releaseId)
  },

  guide: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    const release = read.snapshot.releaseId
    const guide = await context.services.guide.wholeGuide(read)
    return {
      ...guide,
      release,
      introduction: { ...guide.introduction, title: guide.title },
      topics: guide.topics.map((topic) => served(release, topic)),
      faqs: guide.faqs.map((faq) => served(release, faq)),
    }
  },

  topics: async (_root, args, context) => {
    const read = await context.reads.at(args.release, args.after)
    return connection(read.snapshot.releaseId, await context.services.guide.listTopics(read, args.filter ?? {}, page(args)))
  },

  topic: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    return served(read.snapshot.releaseId, await context.services.guide.topic(read, args.slug))
  },

  faqs: async (_root, args, context) => {
    const read = await context.reads.at(args.release, args.after)
    return connection(read.snapshot.releaseId, await context.services.guide.listFaqs(read, { topic: args.topic }, page(args)))
  },

  faq: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    return served(read.snapshot.releaseId, await context.services.guide.faq(read, args.slug))
  },

  resources: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    const list = await context.services.resources.list(read)
    const release = read.snapshot.releaseId
    return { ...list, release, items: list.items.map((item) => served(release, item)) }
  },

  resource: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    return served(read.snapshot.releaseId, await context.services.resources.resource(read, args.slug))
  },

  prompts: async (_root, args, context) => {
    const read = await context.reads.at(args.release, args.after)
    return connection(read.snapshot.releaseId, await context.services.prompts.list(read, args.filter ?? {}, page(args)))
  },

  prompt: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    return served(read.snapshot.releaseId, await context.services.prompts.get(read, args.slug))
  },

  dailyPrompt: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    const release = read.snapshot.releaseId
    const result = await context.services.prompts.daily(read, { ...args.filter, date: args.date, timeZone: args.timeZone, seed: args.seed })
    return { ...result, release, prompt: served(release, result.prompt) }
  },

  conversationPlan: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    const release = read.snapshot.releaseId
    const { goal, ...input } = args.input
    // The one translation: GraphQL enum values (OPEN_UP) name the goals REST spells open-up.
    const plan = await context.services.conversationPlans.plan(read, { ...input, goal: goal ? goal.toLowerCase().replaceAll('_', '-') : undefined })
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
    const read = await context.reads.at(args.release, args.after)
    return connection(read.snapshot.releaseId, await context.services.activities.list(read, args.filter ?? {}, page(args)))
  },

  activity: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    return served(read.snapshot.releaseId, await context.services.activities.get(read, args.slug))
  },

  recommendations: async (_root, args, context) => {
    const read = await context.reads.at(args.release)
    const release = read.snapshot.releaseId
    const result = await context.services.recommendations.recommend(read, { ...args.profile })
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
    const read = await context.reads.at(args.release, args.after)
    const release = read.snapshot.releaseId
    const results = await context.services.search.results(read, { q: args.q, types: args.types as never }, page(args))
    const shaped = connection(release, { ...results, items: results.items.map((result) => searchNode(release, result)) })
    return {
      ...shaped,
      edges: shaped.edges.map((edge, index) => ({ ...edge, rank: results.items[index]!.hit.rank, snippet: results.items[index]!.hit.snippet })),
    }
  },

  releases: async (_root, args, context) => {
    const { items, hasMore } = await context.services.releases.page(page(args))
    const edges = items.map((item) => ({ cursor: item.cursor, node: item.release }))
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: hasMore, endCursor: edges.at(-1)?.cursor ?? null },
    }
  },

  release: async (_root, args, context) => {
    const read = await context.reads.at(args.id)
    return context.services.releases.summary(read.snapshot.releaseId)
  },

  releaseDiff: async (_root, args, context) =>
    context.services.releases.diff(context.reads.reader, { from: args.from, to: args.to, type: args.type ?? undefined }),

  documentVersion: async (_root, args, context) => {
    const row = await context.services.documents.version(context.reads.reader, args.id, args.version)
    return { ...row, createdAt: row.createdAt.toISOString(), content: row.body }
  },
}

function searchNode(release: number, result: SearchResult): SearchResultModel {
  switch (result.type) {
    case 'section':
      return { ...result.item, __typename: 'GuideSection' }
    case 'topic':
      return { ...result.item, release, __typename: 'Topic' }
    case 'faq':
      return { ...result.item, release, __typename: 'Faq' }
    case 'prompt':
      return { ...result.item, release, __typename: 'Prompt' }
    case 'activity':
      return { ...result.item, release, __typename: 'Activity' }
  }
}

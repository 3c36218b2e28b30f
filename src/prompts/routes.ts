import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { redirectToSuccessor, releaseHeader, sendPage, servedBy } from '../http/release-reply.js'
import { jsonResponse, listOf, releaseQuery, movedResponse, problemResponses } from '../http/schemas.js'
import { readOf } from '../read/plugin.js'
import { excludeSensitiveAlias } from '../http/deprecation.js'
import { conversationPlan, planRequest } from './plan-schemas.js'
import { dailyPrompt, dailyQuery, prompt, promptDetail, promptListQuery, promptParams } from './schemas.js'

const tags = ['Prompts']
const config = { reads: true, cache: 'release', deprecatedInputs: [excludeSensitiveAlias] } as const

export const promptRoutes: FastifyPluginAsyncZod = async (app) => {
  const { prompts, conversationPlans } = app.services

  app.get('/v1/prompts', {
    config,
    schema: {
      operationId: 'listPrompts',
      tags,
      summary: 'List conversation prompts',
      description:
        "Questions and openers for a mother or a son, grounded in the guide's topics. Filters combine: " +
        '`age` keeps prompts whose age range includes it; `direction` also keeps prompts that work either way. ' +
        'Sensitive and deep (depth 3) prompts are left out unless `includeSensitive=true`, and activity-only prompts ' +
        'unless `setting=activity`. `excludeSensitive` is deprecated: a request using it gets `Deprecation` and `Sunset` headers.',
      querystring: promptListQuery,
      response: { 200: jsonResponse(listOf(prompt), 'One page of prompts.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release: _release, limit, cursor, ...filters } = request.query
      const read = readOf(request)
      return sendPage(reply, read, await prompts.list(read, filters, { limit, cursor }))
    },
  })

  app.get('/v1/prompts/daily', {
    // Without a date it answers today's prompt.
    config: { ...config, cache: { dailyUnless: 'date' } },
    schema: {
      operationId: 'getDailyPrompt',
      tags,
      summary: 'Prompt of the day',
      description:
        'The same answer for the same date, time zone, seed, filters and release, on every device. For one seed, ' +
        'a prompt does not come back before every other matching prompt has had its day (`cycleDays`). Sensitive and deep ' +
        '(depth 3) prompts are never the prompt of the day unless `includeSensitive=true`; activity-only and situational ' +
        'prompts only with `setting=activity` or their `situation`.',
      querystring: dailyQuery,
      response: { 200: jsonResponse(dailyPrompt, 'The prompt of the day.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release: _release, tz, ...input } = request.query
      const read = readOf(request)
      const result = await prompts.daily(read, { ...input, timeZone: tz })
      // Without a date the answer changes at midnight, so only a pinned release and a date are immutable.
      servedBy(reply, { ...read.snapshot, pinned: read.snapshot.pinned && input.date !== undefined })
      return reply.send(result)
    },
  })

  app.get('/v1/prompts/:slug', {
    config,
    schema: {
      operationId: 'getPrompt',
      tags,
      summary: 'One prompt, with its follow-ups',
      params: promptParams,
      querystring: z.strictObject({ release: releaseQuery }),
      description:
        'A former slug (the prompt was renamed or merged into another) answers 308 with `Location` pointing at its successor, ' +
        'which lists the former id in `formerIds`.',
      response: {
        200: jsonResponse(promptDetail, 'The prompt and its follow-ups.'),
        ...movedResponse({
          id: 'prompt:what-was-the-best-part-of-your-day',
          slug: 'what-was-the-best-part-of-your-day',
          location: '/v1/prompts/what-was-the-best-part-of-your-day',
        }),
        ...problemResponses(400, 404, 503),
      },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      const found = await prompts.get(read, request.params.slug)
      if (found.slug !== request.params.slug) return redirectToSuccessor(request, reply, read.snapshot, 'prompts', found)
      return servedBy(reply, read.snapshot).send(found)
    },
  })

  app.post('/v1/conversation-plans', {
    config,
    schema: {
      operationId: 'planConversation',
      tags,
      summary: 'Plan a conversation',
      description:
        "For the son's age, a topic or goal, a setting and the minutes available: an ordered plan of prompts " +
        '(warm-up, deeper, closing), each with follow-ups and a tip quoted from the guide. The closing step prefers ' +
        'prompts the son can ask too. Sensitive and deep (depth 3) prompts are chosen only with `includeSensitive: true`. ' +
        'Nothing sent is stored.',
      querystring: z.strictObject({ release: releaseQuery }),
      body: planRequest,
      response: { 200: jsonResponse(conversationPlan, 'The plan.'), ...problemResponses(400, 404, 413, 415, 503) },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      const plan = await conversationPlans.plan(read, request.body)
      return reply.header('content-release', releaseHeader(read.snapshot)).header('cache-control', 'no-store').send(plan)
    },
  })
}

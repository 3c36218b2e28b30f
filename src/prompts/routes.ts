import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { AppError } from '../errors.js'
import { readPage } from '../http/cursor.js'
import { policyOf } from '../keys/auth.js'
import { problemResponses, sendPage, servedBy } from '../http/release-reply.js'
import { jsonResponse, listOf, releaseQuery } from '../http/schemas.js'
import { z } from 'zod'
import { conversationPlan, planRequest } from './plan-schemas.js'
import { dailyPrompt, dailyQuery, prompt, promptDetail, promptListQuery, promptParams } from './schemas.js'
import { promptFilter, todayIn } from './service.js'

const tags = ['Prompts']

export const promptRoutes: FastifyPluginAsyncZod = async (app) => {
  const { releases, prompts, conversationPlans } = app.services

  app.get('/v1/prompts', {
    schema: {
      tags,
      summary: 'List conversation prompts',
      description:
        'Questions and openers for a mother or a son, grounded in the guide\'s topics. Filters combine: ' +
        '`age` keeps prompts whose age range includes it; `direction` also keeps prompts that work either way.',
      querystring: promptListQuery,
      response: { 200: jsonResponse(listOf(prompt), 'One page of prompts.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release, limit, cursor, ...filters } = request.query
      const filter = promptFilter(filters)
      const page = readPage({ release, limit, cursor }, { ...filter })
      filter.policy = policyOf(request)
      const resolved = await releases.resolve(page.releaseId)
      return sendPage(reply, resolved, page, await prompts.list(resolved.id, filter, page))
    },
  })

  app.get('/v1/prompts/daily', {
    schema: {
      tags,
      summary: 'Prompt of the day',
      description:
        'The same answer for the same date, time zone, seed, filters and release, on every device. For one seed, ' +
        'a prompt does not come back before every other matching prompt has had its day (`cycleDays`).',
      querystring: dailyQuery,
      response: { 200: jsonResponse(dailyPrompt, 'The prompt of the day.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release, date, tz, seed, ...filters } = request.query
      const timeZone = tz ?? 'UTC'
      const resolved = await releases.resolve(release)
      const day = date ?? todayIn(timeZone)
      const result = await prompts.daily(resolved.id, { ...filters, date: day, timeZone, seed: seed ?? '' }, policyOf(request))
      if (!result) throw new AppError('NO_PROMPT_MATCHES', 'No prompt in this release matches these filters.')
      servedBy(reply, { id: resolved.id, pinned: resolved.pinned && date !== undefined })
      return reply.send(result)
    },
  })

  app.get('/v1/prompts/:slug', {
    schema: {
      tags,
      summary: 'One prompt, with its follow-ups',
      params: promptParams,
      querystring: z.strictObject({ release: releaseQuery }),
      response: { 200: jsonResponse(promptDetail, 'The prompt and its follow-ups.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const resolved = await releases.resolve(request.query.release)
      return servedBy(reply, resolved).send(await prompts.get(resolved.id, request.params.slug, policyOf(request)))
    },
  })

  app.post('/v1/conversation-plans', {
    schema: {
      tags,
      summary: 'Plan a conversation',
      description:
        'For the son\'s age, a topic or goal, a setting and the minutes available: an ordered plan of prompts ' +
        '(warm-up, deeper, closing), each with follow-ups and a tip quoted from the guide. The closing step prefers ' +
        'prompts the son can ask too. Nothing sent is stored.',
      querystring: z.strictObject({ release: releaseQuery }),
      body: planRequest,
      response: { 200: jsonResponse(conversationPlan, 'The plan.'), ...problemResponses(400, 404, 413, 415, 503) },
    },
    handler: async (request, reply) => {
      const resolved = await releases.resolve(request.query.release)
      if (request.body.topic) await app.services.guide.topic(resolved.id, request.body.topic, policyOf(request))
      const plan = await conversationPlans.plan(resolved.id, request.body, policyOf(request))
      return reply.header('content-release', String(resolved.id)).header('cache-control', 'no-store').send(plan)
    },
  })
}

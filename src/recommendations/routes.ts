import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { releaseHeader } from '../http/release-reply.js'
import { jsonResponse, problemResponses } from '../http/schemas.js'
import { readOf } from '../read/plugin.js'
import { profile, recommendationQuery, recommendations } from './schemas.js'

export const recommendationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { recommendations: service } = app.services

  app.post('/v1/recommendations', {
    config: { reads: true, cache: 'release' },
    schema: {
      operationId: 'recommendActivities',
      tags: ['Activities'],
      summary: 'Recommend activities for a profile',
      description:
        "Ranked activities for the son's age and the family's situation, each with a score, a structured `why` " +
        '(one entry per factor, with its weight: the weights add up to the score) and prompts to use during it. ' +
        'Age, budget, minutes, setting, rain/snow and recent activities are hard constraints, never broken; the rest ' +
        'raise or lower the score. The list is kept varied across categories. The same profile and release always ' +
        'give the same answer. When nothing fits, `data` is empty and `reason` says why. Nothing sent is stored.',
      querystring: recommendationQuery,
      body: profile,
      response: { 200: jsonResponse(recommendations, 'Ranked recommendations.'), ...problemResponses(400, 404, 413, 415, 503) },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      const result = await service.recommend(read, request.body)
      return reply.header('content-release', releaseHeader(read.snapshot)).header('cache-control', 'no-store').send(result)
    },
  })
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { readPage } from '../http/cursor.js'
import { policyOf } from '../keys/auth.js'
import { problemResponses, sendPage, servedBy } from '../http/release-reply.js'
import { jsonResponse, listOf, releaseQuery } from '../http/schemas.js'
import { activity, activityDetail, activityListQuery, activityParams } from './schemas.js'
import { activityFilter } from './service.js'

const tags = ['Activities']

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { releases, activities } = app.services

  app.get('/v1/activities', {
    schema: {
      tags,
      summary: 'List activities',
      description:
        'Things to do together, each with the guide topics it nurtures and why. Filters combine; `age` keeps ' +
        'activities whose age range includes it, `maxMinutes` those whose shortest version fits.',
      querystring: activityListQuery,
      response: { 200: jsonResponse(listOf(activity), 'One page of activities.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release, limit, cursor, ...filters } = request.query
      const filter = activityFilter(filters)
      const page = readPage({ release, limit, cursor }, { ...filter })
      filter.policy = policyOf(request)
      const resolved = await releases.resolve(page.releaseId)
      return sendPage(reply, resolved, page, await activities.list(resolved.id, filter, page))
    },
  })

  app.get('/v1/activities/:slug', {
    schema: {
      tags,
      summary: 'One activity, with its suggested prompts',
      params: activityParams,
      querystring: z.strictObject({ release: releaseQuery }),
      response: { 200: jsonResponse(activityDetail, 'The activity.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const resolved = await releases.resolve(request.query.release)
      return servedBy(reply, resolved).send(await activities.get(resolved.id, request.params.slug, policyOf(request)))
    },
  })
}

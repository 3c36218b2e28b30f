import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendPage, servedBy, redirectToSuccessor } from '../http/release-reply.js'
import { jsonResponse, listOf, releaseQuery, problemResponses, movedResponse } from '../http/schemas.js'
import { readOf } from '../read/plugin.js'
import { activity, activityDetail, activityListQuery, activityParams } from './schemas.js'

const tags = ['Activities']
const config = { reads: true, cache: 'release' } as const

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { activities } = app.services

  app.get('/v1/activities', {
    config,
    schema: {
      operationId: 'listActivities',
      tags,
      summary: 'List activities',
      description:
        'Things to do together, each with the guide topics it nurtures and why. Filters combine; `age` keeps ' +
        'activities whose age range includes it, `maxMinutes` those whose shortest version fits.',
      querystring: activityListQuery,
      response: { 200: jsonResponse(listOf(activity), 'One page of activities.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release: _release, limit, cursor, ...filters } = request.query
      const read = readOf(request)
      return sendPage(reply, read, await activities.list(read, filters, { limit, cursor }))
    },
  })

  app.get('/v1/activities/:slug', {
    config,
    schema: {
      operationId: 'getActivity',
      tags,
      summary: 'One activity, with its suggested prompts',
      params: activityParams,
      querystring: z.strictObject({ release: releaseQuery }),
      description: 'A former slug (the activity was renamed or merged into another) answers 308 with `Location` pointing at its successor.',
      response: {
        200: jsonResponse(activityDetail, 'The activity.'),
        ...movedResponse({ id: 'activity:family-recipe-night', slug: 'family-recipe-night', location: '/v1/activities/family-recipe-night' }),
        ...problemResponses(400, 404, 503),
      },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      const found = await activities.get(read, request.params.slug)
      if (found.slug !== request.params.slug) return redirectToSuccessor(request, reply, read.snapshot, 'activities', found)
      return servedBy(reply, read.snapshot).send(found)
    },
  })
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { servedBy } from '../http/release-reply.js'
import { jsonResponse, problemResponses } from '../http/schemas.js'
import { readOf } from '../read/plugin.js'
import { resource, resourceList, resourceListQuery, resourceParams } from './schemas.js'

const tags = ['Crisis resources']
const config = { reads: true, cache: 'release' } as const

export const resourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { resources } = app.services

  app.get('/v1/resources', {
    config,
    schema: {
      operationId: 'listResources',
      tags,
      summary: 'List crisis resources',
      description:
        "The crisis resources of the caller's region (the key policy's `region`; US when it names none), each with how to reach it, " +
        'its hours and languages, and the official page its values were checked against. A prompt names the ones that fit its ' +
        '`safeguardingNote` in its `resources` field, by slug; resolve them here, from the same release. A region with no resources ' +
        'gets none and a `fallback`, never another country’s number. Pin a release with `?release=<id>`.',
      querystring: resourceListQuery,
      response: {
        200: jsonResponse(resourceList, 'The crisis resources of the region, from the release named by `Content-Release`.'),
        ...problemResponses(400, 404, 503),
      },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      return servedBy(reply, read.snapshot).send(await resources.list(read))
    },
  })

  app.get('/v1/resources/:slug', {
    config,
    schema: {
      operationId: 'getResource',
      tags,
      summary: 'One crisis resource',
      description: "One crisis resource by slug, if it serves the caller's region.",
      params: resourceParams,
      querystring: resourceListQuery,
      response: { 200: jsonResponse(resource, 'The crisis resource.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      return servedBy(reply, read.snapshot).send(await resources.resource(read, request.params.slug))
    },
  })
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendPage } from '../http/release-reply.js'
import { jsonResponse, listOf, problemResponses } from '../http/schemas.js'
import { readOf } from '../read/plugin.js'
import { searchHit, searchQuery } from './schemas.js'

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { search } = app.services

  app.get('/v1/search', {
    config: { reads: true, cache: 'release' },
    schema: {
      operationId: 'searchContent',
      tags: ['Search'],
      summary: 'Full-text search',
      description:
        'Searches every document of the release with PostgreSQL full-text search (English stemming, web-search ' +
        'syntax). Titles weigh more than summaries, summaries more than body text.',
      querystring: searchQuery,
      response: { 200: jsonResponse(listOf(searchHit), 'One page of hits, most relevant first.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { q, type, limit, cursor } = request.query
      const read = readOf(request)
      return sendPage(reply, read, await search.search(read, { q, types: type }, { limit, cursor }))
    },
  })
}

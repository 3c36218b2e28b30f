import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { readPage } from '../http/cursor.js'
import { policyOf } from '../keys/auth.js'
import { problemResponses, sendPage } from '../http/release-reply.js'
import { jsonResponse, listOf } from '../http/schemas.js'
import { searchHit, searchQuery } from './schemas.js'

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { releases, search } = app.services

  app.get('/v1/search', {
    schema: {
      tags: ['Search'],
      summary: 'Full-text search',
      description:
        'Searches every document of the release with PostgreSQL full-text search (English stemming, web-search ' +
        'syntax). Titles weigh more than summaries, summaries more than body text.',
      querystring: searchQuery,
      response: { 200: jsonResponse(listOf(searchHit), 'One page of hits, most relevant first.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { q, type } = request.query
      const page = readPage(request.query, { q, type })
      const release = await releases.resolve(page.releaseId)
      return sendPage(reply, release, page, await search.search(release.id, q, type, page, policyOf(request)))
    },
  })
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { documentTypes } from '../content/vocabulary.js'
import { readPage } from '../http/cursor.js'
import { problemResponses, sendPage } from '../http/release-reply.js'
import { cursorQuery, jsonResponse, limitQuery, listOf, releaseQuery } from '../http/schemas.js'

const searchableTypes = z.enum(documentTypes)

const searchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .describe('Search terms, in web-search syntax: `"exact phrase"`, `or`, `-excluded`.')
    .meta({ example: 'boundaries' }),
  type: z
    .string()
    .max(100)
    .optional()
    .transform((value, context) => {
      if (value === undefined) return undefined
      const types = value.split(',').map((item) => item.trim())
      const parsed = z.array(searchableTypes).safeParse(types)
      if (!parsed.success) {
        context.addIssue({ code: 'custom', message: `must be a comma-separated list of: ${documentTypes.join(', ')}` })
        return z.NEVER
      }
      return parsed.data
    })
    .describe(`Only these kinds of content, comma-separated: ${documentTypes.join(', ')}.`),
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
})

const searchHit = z
  .object({
    type: searchableTypes.describe('Kind of content that matched.'),
    id: z.string().meta({ example: 'topic:boundaries' }),
    slug: z.string().meta({ example: 'boundaries' }),
    version: z.number().int(),
    title: z.string().describe('Title, or the question for an FAQ.'),
    snippet: z
      .string()
      .describe('Passage around the matches; matched words are wrapped in `<mark>` and `</mark>`.')
      .meta({ example: 'The delicate dance of setting <mark>boundaries</mark> isn’t about restriction…' }),
    rank: z.number().describe('Relevance; higher is better. Hits are sorted by it.'),
  })
  .meta({ id: 'SearchHit' })

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
      return sendPage(reply, release, page, await search.search(release.id, q, type, page))
    },
  })
}

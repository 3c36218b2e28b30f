import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { documentTypes } from '../content/vocabulary.js'
import { readerOfRequest } from '../read/plugin.js'
import { problemResponses } from '../http/release-reply.js'
import { cursorQuery, integerQuery, jsonResponse, limitQuery, MAX_INT, pageInfo } from '../http/schemas.js'

const tags = ['Releases']

const releaseSummary = z
  .object({
    id: z.number().int().meta({ example: 2 }),
    note: z.string().meta({ example: 'Content import' }),
    source: z.enum(['import', 'publish', 'rollback']).describe('What created the release.'),
    basedOnReleaseId: z.number().int().nullable().describe('The release that was current when this one was made.'),
    documentCount: z.number().int(),
    createdAt: z.string().describe('ISO 8601 timestamp.'),
    current: z.boolean().describe('Whether unpinned reads are served from this release now.'),
  })
  .meta({ id: 'Release', description: 'An immutable snapshot mapping each document to one version.' })

const releaseDetail = releaseSummary
  .extend({
    documents: z.array(
      z.object({
        documentId: z.string().meta({ example: 'topic:boundaries' }),
        type: z.enum(documentTypes),
        slug: z.string(),
        version: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ReleaseDetail' })

export const releaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { releases } = app.services

  app.get('/v1/releases', {
    schema: {
      tags,
      summary: 'List releases',
      description: 'Every release, newest first. Exactly one is current.',
      querystring: z.strictObject({ limit: limitQuery, cursor: cursorQuery }),
      response: { 200: jsonResponse(z.object({ data: z.array(releaseSummary), page: pageInfo }), 'One page of releases.'), ...problemResponses(400) },
    },
    handler: async (request, reply) => {
      const { limit, cursor } = request.query
      const { items, hasMore } = await releases.page({ cursor, limit })
      const nextCursor = hasMore ? (items.at(-1)?.cursor ?? null) : null
      return reply
        .header('cache-control', 'no-cache')
        .send({ data: items.map((item) => item.release), page: { limit, nextCursor } })
    },
  })

  app.get('/v1/releases/:id', {
    schema: {
      tags,
      summary: 'One release',
      description: 'A release with its full mapping of documents to versions.',
      params: z.strictObject({ id: integerQuery(1, MAX_INT) }),
      response: { 200: jsonResponse(releaseDetail, 'The release and its mapping.'), ...problemResponses(400, 404) },
    },
    handler: async (request, reply) => {
      return reply.header('cache-control', 'no-cache').send(await releases.get(readerOfRequest(request), request.params.id))
    },
  })
}

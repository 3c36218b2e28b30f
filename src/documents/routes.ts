import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { documentIdValue } from '../content/types/define.js'
import { documentTypes } from '../content/vocabulary.js'
import { integerQuery, jsonResponse, MAX_INT, problemResponses } from '../http/schemas.js'
import { readerOfRequest } from '../read/plugin.js'

const documentVersion = z
  .object({
    documentId: z.string().meta({ example: 'topic:boundaries' }),
    type: z.enum(documentTypes),
    slug: z.string(),
    version: z.number().int(),
    contentHash: z.string().describe('SHA-256 of the content; equal hashes mean equal content.'),
    createdAt: z.string().describe('When this version was written (ISO 8601).'),
    firstReleaseId: z.number().int().describe('The first release that published this version.'),
    content: z
      .record(z.string(), z.unknown())
      .describe(
        'The document as this version stored it; its shape depends on `type`. Under a content policy, lists of related slugs (follow-ups, suggested prompts, topics) leave out what the policy hides.',
      ),
  })
  .meta({ id: 'DocumentVersion' })

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/documents/:id/versions/:version', {
    config: { cache: 'release' },
    schema: {
      operationId: 'getDocumentVersion',
      tags: ['Releases'],
      summary: 'One published version of a document',
      description: 'Any version that was ever published, exactly as it was, forever: store `documentId@version` and fetch it here.',
      params: z.strictObject({
        id: documentIdValue,
        version: integerQuery(1, MAX_INT),
      }),
      response: { 200: jsonResponse(documentVersion, 'The version, exactly as published.'), ...problemResponses(400, 404) },
    },
    handler: async (request, reply) => {
      const { id, version } = request.params
      const row = await app.services.documents.version(readerOfRequest(request), id, version)
      return reply.header('cache-control', 'private, max-age=31536000, immutable').header('vary', 'authorization').send({
        documentId: row.documentId,
        type: row.type,
        slug: row.slug,
        version: row.version,
        contentHash: row.contentHash,
        createdAt: row.createdAt.toISOString(),
        firstReleaseId: row.firstReleaseId,
        content: row.body,
      })
    },
  })
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { documentTypes } from '../content/vocabulary.js'
import { readerOfRequest } from '../read/plugin.js'
import { IMMUTABLE } from '../http/release-reply.js'
import { reviewResponseFields } from '../publishing/review.js'
import { cursorQuery, integerQuery, jsonResponse, limitQuery, MAX_INT, pageInfo, problemResponses } from '../http/schemas.js'

const tags = ['Releases']

const releaseSummary = z
  .object({
    id: z.number().int().meta({ example: 2 }),
    note: z.string().meta({ example: 'Content import' }),
    source: z
      .enum(['import', 'publish', 'rollback', 'schedule'])
      .describe(
        'What created the release: an import of the content files, a publish through the editorial API, a rollback to an earlier release, or a schedule that fell due.',
      ),
    basedOnReleaseId: z.number().int().nullable().describe('The release that was current when this one was made.'),
    documentCount: z.number().int(),
    createdAt: z.string().describe('ISO 8601 timestamp.'),
    current: z.boolean().describe('Whether unpinned reads are served from this release now.'),
    ...reviewResponseFields,
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

const diffEntry = z
  .object({
    documentId: z.string(),
    type: z.enum(documentTypes),
    slug: z.string(),
    fromVersion: z.number().int().nullable().describe('Version in the `from` release; null when the document was added.'),
    toVersion: z.number().int().nullable().describe('Version in the `to` release; null when the document was removed.'),
  })
  .meta({ id: 'ReleaseDiffEntry' })

const releaseDiff = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    added: z.array(diffEntry).describe('In `to`, not in `from` (as the key sees them).'),
    changed: z.array(diffEntry).describe('In both, with another version.'),
    removed: z.array(diffEntry).describe("In `from`, not in `to`; also a document that left the key's view."),
  })
  .meta({
    id: 'ReleaseDiff',
    description: "What changed between two releases, as the caller's content policy sees each of them.",
    // What the bundled content's v2 revision looks like from a deployment that had the earlier files.
    example: {
      from: 1,
      to: 2,
      added: [
        {
          documentId: 'prompt:what-was-the-best-part-of-your-day',
          type: 'prompt',
          slug: 'what-was-the-best-part-of-your-day',
          fromVersion: null,
          toVersion: 1,
        },
      ],
      changed: [{ documentId: 'activity:family-recipe-night', type: 'activity', slug: 'family-recipe-night', fromVersion: 1, toVersion: 2 }],
      removed: [{ documentId: 'prompt:en-what-made-you-smile', type: 'prompt', slug: 'en-what-made-you-smile', fromVersion: 1, toVersion: null }],
    },
  })

export const releaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { releases } = app.services

  app.get('/v1/releases', {
    config: { cache: 'release' },
    schema: {
      operationId: 'listReleases',
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
      return reply.header('cache-control', 'no-cache').send({ data: items.map((item) => item.release), page: { limit, nextCursor } })
    },
  })

  app.get('/v1/releases/:from/diff/:to', {
    config: { cache: 'release' },
    schema: {
      tags,
      operationId: 'diffReleases',
      summary: 'What changed between two releases',
      description:
        'Documents added, changed (another version) and removed between any two releases, in document id order. ' +
        "Each release is read through the key's content policy, so a document that leaves the key's view counts as " +
        'removed and nothing outside the policy is named. Both releases are immutable, so the answer is too. A renamed ' +
        'document shows as its old id removed and its new id added; the new one lists the old id in `formerIds`.',
      params: z.strictObject({ from: integerQuery(1, MAX_INT), to: integerQuery(1, MAX_INT) }),
      querystring: z.strictObject({ type: z.enum(documentTypes).optional().describe('Only documents of this type.') }),
      response: {
        200: {
          ...jsonResponse(releaseDiff, 'The difference.'),
          headers: { 'cache-control': { type: 'string', description: `\`${IMMUTABLE}\`: both releases never change.` } },
        },
        ...problemResponses(400, 404),
      },
    },
    handler: async (request, reply) => {
      const diff = await releases.diff(readerOfRequest(request), { ...request.params, type: request.query.type })
      return reply.header('cache-control', IMMUTABLE).header('vary', 'authorization').send(diff)
    },
  })

  app.get('/v1/releases/:id', {
    config: { cache: 'release' },
    schema: {
      operationId: 'getRelease',
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

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { documentTypes } from '../content/vocabulary.js'
import { integerQuery, integerWithin, jsonResponse, MAX_INT, pageInfo, problemResponses } from '../http/schemas.js'
import { readerOfRequest } from '../read/plugin.js'
import { DEFAULT_CHANGES_PAGE, MAX_CHANGES_CURSOR, MAX_CHANGES_PAGE } from './service.js'

// Every page depends on the current release (the first page picks it as `until`): revalidate each time.
const NO_CACHE = 'private, no-cache'

const documentChange = z
  .object({
    documentId: z.string().meta({ example: 'prompt:something-brave-you-did-today' }),
    type: z.enum(documentTypes),
    slug: z.string(),
    change: z
      .enum(['added', 'changed', 'removed'])
      .describe("`changed`: the document is in both releases with another version. `removed` also covers a document that left the key's view."),
    version: z.number().int().nullable().describe('Version in the `until` release; null when the document was removed.'),
    previousVersion: z.number().int().nullable().describe('Version in the `since` release; null when the document was added.'),
    href: z
      .string()
      .nullable()
      .describe('Where to fetch `version`, exactly as published, forever (`GET /v1/documents/{id}/versions/{version}`); null when removed.'),
  })
  .meta({ id: 'DocumentChange', description: 'What happened to one document between `since` and `until`.' })

const changeEvent = z
  .object({
    specversion: z.literal('1.0').describe('CloudEvents version.'),
    id: z.string().describe('`<until>:<documentId>`: the same change always has the same id, so an entry applied twice can be recognised.'),
    source: z.string().describe('The release the change leads to: `/v1/releases/<until>`.'),
    type: z.enum(['document.added', 'document.changed', 'document.removed']),
    subject: z.string().describe('The document id.'),
    time: z.string().describe('When the `until` release was published (ISO 8601).'),
    datacontenttype: z.literal('application/json'),
    data: documentChange,
  })
  .meta({ id: 'ChangeEvent', description: 'One change, as a CloudEvents 1.0 event in structured JSON form.' })

const changeFeed = z
  .object({
    data: z.array(changeEvent).describe('Changes in document id order.'),
    page: pageInfo,
    since: z.number().int().describe('The release compared from (0: the initial sync, from nothing).'),
    until: z.number().int().describe('The release compared to: the current release when the first page was read; every page of the sync keeps it.'),
    nextSince: z.number().int().nullable().describe('On the last page, the release to pass as `since` next time (`until`); null on earlier pages.'),
  })
  .meta({
    id: 'ChangeFeed',
    description: "One page of what changed between two releases, as the key's content policy sees each of them.",
    // Real output (npm start) after one prompt was reworded (release 2) and one activity archived (release 3).
    example: {
      data: [
        {
          specversion: '1.0',
          id: '3:activity:sledding-afternoon',
          source: '/v1/releases/3',
          type: 'document.removed',
          subject: 'activity:sledding-afternoon',
          time: '2026-12-07T00:57:52.403Z',
          datacontenttype: 'application/json',
          data: {
            documentId: 'activity:sledding-afternoon',
            type: 'activity',
            slug: 'sledding-afternoon',
            change: 'removed',
            version: null,
            previousVersion: 1,
            href: null,
          },
        },
        {
          specversion: '1.0',
          id: '3:prompt:something-brave-you-did-today',
          source: '/v1/releases/3',
          type: 'document.changed',
          subject: 'prompt:something-brave-you-did-today',
          time: '2026-12-07T00:57:52.403Z',
          datacontenttype: 'application/json',
          data: {
            documentId: 'prompt:something-brave-you-did-today',
            type: 'prompt',
            slug: 'something-brave-you-did-today',
            change: 'changed',
            version: 2,
            previousVersion: 1,
            href: '/v1/documents/prompt:something-brave-you-did-today/versions/2',
          },
        },
      ],
      page: { limit: 100, nextCursor: null },
      since: 1,
      until: 3,
      nextSince: 3,
    },
  })

const changesQuery = z.strictObject({
  since: integerQuery(0, MAX_INT)
    .describe('The release the device holds: the `nextSince` of its last sync, or 0 for the initial sync (everything is `added`).')
    .meta({ example: 1 }),
  type: z.enum(documentTypes).optional().describe('Only documents of this type; their removals are kept.'),
  limit: integerWithin(
    z.number({ error: 'must be a whole number written in digits' }).int().min(1).max(MAX_CHANGES_PAGE).default(DEFAULT_CHANGES_PAGE),
  ).describe(`Page size, 1 to ${MAX_CHANGES_PAGE} (default ${DEFAULT_CHANGES_PAGE}).`),
  cursor: z
    .string()
    .max(MAX_CHANGES_CURSOR)
    .optional()
    .describe('Opaque cursor from `page.nextCursor` of the previous page, sent with the same `since` and `type`; keeps comparing the same two releases.'),
})

const headers = {
  'content-release': { type: 'string', description: 'The `until` release.' },
  'cache-control': { type: 'string', description: `\`${NO_CACHE}\`: the first page follows the current release; revalidate with \`If-None-Match\`.` },
  vary: { type: 'string', description: '`authorization`: what a key sees depends on its content policy.' },
}

export const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { changes } = app.services

  app.get('/v1/changes', {
    config: { cache: 'release' },
    schema: {
      tags: ['Sync'],
      operationId: 'listChanges',
      summary: 'Delta sync: what changed since a release',
      description:
        'What a device holding release `since` must apply to hold the current release: documents added, changed (another ' +
        'version) and removed, deletions included, in document id order, as CloudEvents. `since=0` is the initial sync: ' +
        "every document of the current release is `added`. Both releases are read through the key's content policy, so a " +
        "document that leaves the key's view is `removed` and nothing outside the policy is named. `type` filters both " +
        'releases, so the removals of that type are kept. Follow `page.nextCursor` to the last page, whose `nextSince` is ' +
        'the `since` of the next sync; every page compares the same two releases, even if one is published meanwhile. ' +
        '`since` must be a published release not newer than the current one (409 `SINCE_AHEAD` when an instance has not ' +
        'seen the latest publish yet: retry).',
      querystring: changesQuery,
      response: {
        200: { ...jsonResponse(changeFeed, 'One page of changes.'), headers },
        ...problemResponses(400),
        404: { ...problemResponses(404)[404], description: '`RELEASE_NOT_FOUND`: `since` is not a published release.' },
        409: { ...problemResponses(409)[409], description: '`SINCE_AHEAD`: `since` is newer than the current release; retry shortly.' },
      },
    },
    handler: async (request, reply) => {
      const feed = await changes.page(readerOfRequest(request), request.query)
      return reply
        .header('content-release', String(feed.until))
        .header('cache-control', NO_CACHE)
        .header('vary', 'authorization')
        .send({ data: feed.items, page: { limit: feed.limit, nextCursor: feed.nextCursor }, since: feed.since, until: feed.until, nextSince: feed.nextSince })
    },
  })
}

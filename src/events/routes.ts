import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { integerQuery, MAX_INT, problemResponses } from '../http/schemas.js'

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { eventStreams } = app.services
  app.addHook('onClose', async () => eventStreams.closeAll())

  app.get('/v1/events', {
    schema: {
      tags: ['Sync'],
      operationId: 'streamEvents',
      summary: 'Release events, as they happen (server-sent events)',
      description:
        'A `text/event-stream` of `release.published` and `release.rolled_back` events. Each has an `id`, an `event` ' +
        '(its type) and `data`: the Standard Webhooks payload (`type`, `timestamp`, `data` with `releaseId`, ' +
        "`previousReleaseId`, `source`, the `counts` of documents added, changed and removed as this key's content policy " +
        'sees them, and `changesUrl`). Send `Last-Event-ID` to resume after the last event you saw: nothing in between is ' +
        'missed. A comment line (`: heartbeat`) comes every 15 s. A key may hold 5 streams at once (429 beyond); a ' +
        "revoked key's streams end.",
      headers: z
        .strictObject({
          'last-event-id': integerQuery(0, MAX_INT).optional().describe('The id of the last event received: the stream resumes after it.'),
        })
        .passthrough(),
      response: {
        200: {
          description: 'The stream; it stays open.',
          content: {
            'text/event-stream': {
              schema: z.string().meta({
                example:
                  'id: 7\nevent: release.published\ndata: {"type":"release.published","timestamp":"2026-12-01T09:30:00.000Z","data":{"releaseId":5,"previousReleaseId":4,"counts":{"added":1,"changed":2,"removed":0},"changesUrl":"/v1/changes?since=4","source":"publish"}}\n\n',
              }),
            },
          },
          headers: { 'cache-control': { type: 'string', description: '`no-store`.' } },
        },
        ...problemResponses(400, 401, 403, 429),
      },
    },
    handler: async (request, reply) => {
      const principal = request.principal
      if (!principal) throw new Error('the event stream runs after authentication')
      eventStreams.admit(principal)
      // HEAD gets the stream's headers, and no stream.
      if (request.method === 'HEAD') return reply.header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-store').send('')
      reply.hijack()
      await eventStreams.start(principal, reply.raw, reply.getHeaders() as Record<string, string>, request.headers['last-event-id'])
    },
  })
}

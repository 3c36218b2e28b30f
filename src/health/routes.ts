import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { problemResponses } from '../http/schemas.js'

const tags = ['Operations']

const count = (description: string) => z.number().int().min(0).describe(description)
const cacheStats = z
  .object({
    hits: count('Reads answered from stored bytes (304s included).'),
    misses: count('Cacheable reads that ran their handler.'),
    notModified: count('Reads answered 304 Not Modified because If-None-Match matched a stored ETag.'),
    stores: count('Responses stored.'),
    evictions: count('Entries evicted to stay within the byte bound.'),
    entries: count('Entries held now.'),
    bytes: count('Bytes held now.'),
    maxBytes: count('The byte bound (RESPONSE_CACHE_MB).'),
  })
  .describe("Counters of this instance's response cache since it started.")
const redisHealth = z
  .object({
    status: z
      .enum(['ok', 'degraded'])
      .describe('`degraded`: Redis did not answer a PING within `REDIS_COMMAND_TIMEOUT_MS`, or the circuit breaker is not closed.'),
    breaker: z
      .enum(['closed', 'open', 'half-open'])
      .describe('The circuit breaker on Redis commands: `open` sends none (for `REDIS_BREAKER_OPEN_MS`), `half-open` lets one probe through.'),
    whenUnavailable: z
      .enum(['serve-uncounted', 'refuse'])
      .describe(
        'What counted requests get while Redis is degraded (`RATE_LIMIT_FAIL_CLOSED`): served uncounted, or refused with 503. When `refuse`, a degraded Redis makes this probe answer 503.',
      ),
  })
  .describe('The rate-limit store, present when `REDIS_URL` is set.')
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', {
    schema: {
      operationId: 'getLiveness',
      tags,
      summary: 'Liveness',
      description: 'Answers as long as the process serves HTTP.',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  })

  app.get('/readyz', {
    schema: {
      operationId: 'getReadiness',
      tags,
      summary: 'Readiness',
      description:
        'Ready when the database answers within 700 ms and a release is current; 503 with `Retry-After` otherwise. ' +
        'With `REDIS_URL` set, `redis` says whether Redis answers and the state of its circuit breaker: a degraded Redis leaves the instance ready ' +
        'when rate limiting fails open (requests are served uncounted), and makes it answer 503 when it fails closed (`RATE_LIMIT_FAIL_CLOSED`), since it would refuse every counted request. ' +
        "The answer also carries the counters of this instance's response cache.",
      response: {
        200: z.object({
          status: z.literal('ready'),
          driver: z.enum(['pglite', 'postgres']),
          currentRelease: z.number().int(),
          redis: redisHealth.optional(),
          cache: cacheStats,
        }),
        ...problemResponses(503),
      },
    },
    handler: async (_request, reply) => {
      const ready = await app.services.health.readiness()
      return reply.header('cache-control', 'no-store').send({ status: 'ready', ...ready, cache: { ...app.responseCache.stats() } })
    },
  })
}

import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Redis } from 'ioredis'
import { AppError } from '../errors.js'
import { loggableError } from './error-log.js'
import { isProtected } from '../keys/auth.js'

const WINDOW_SECONDS = 60
// Each key (or, without one, each address) has one quota per window.
const POLICY = 'key'

export interface RateLimitOptions {
  perMinute: number
  redisUrl?: string | undefined
  /** When Redis cannot count a request: true refuses it (503), false serves it uncounted. */
  failClosed: boolean
}

/**
 * Per key (per address for anonymous callers), after authentication. Counters live in Redis when
 * REDIS_URL is set, so a limit holds across instances; in memory otherwise. When Redis is down,
 * requests are served uncounted, or refused with 503 if RATE_LIMIT_FAIL_CLOSED is true.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: RateLimitOptions) => {
    const redis = options.redisUrl
      ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false })
      : undefined
    redis?.on('error', (error) => app.failures.error('RATE_LIMIT_STORE', { err: loggableError(error) }, 'rate limit store unavailable'))
    if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())))
    await app.register(rateLimit, {
      global: true,
      // After authentication (onRequest), before validation, so malformed requests count too.
      hook: 'preValidation',
      timeWindow: WINDOW_SECONDS * 1000,
      max: (request) => request.principal?.rateLimit ?? options.perMinute,
      keyGenerator: (request) => (request.principal?.keyId ? `key:${request.principal.keyId}` : `ip:${request.ip}`),
      allowList: (request) => !isProtected(request),
      enableDraftSpec: true,
      nameSpace: 'bonds-rate-limit:',
      // Fails open by default: an outage of the counter store must not take the API down with it.
      skipOnError: !options.failClosed,
      ...(redis ? { redis } : {}),
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `Rate limit of ${context.max} requests per minute reached; retry in ${context.after}.`),
    })
    // The current IETF draft (draft-ietf-httpapi-ratelimit-headers-09 and later) names one policy and its
    // state: RateLimit-Policy "key";q=<quota>;w=<window s> and RateLimit "key";r=<remaining>;t=<reset s>.
    // The plugin writes the older RateLimit-Limit/-Remaining/-Reset, which clients already read: both are sent.
    app.addHook('onSend', async (_request, reply) => {
      const limit = reply.getHeader('ratelimit-limit')
      if (limit === undefined) return
      reply.header('ratelimit-policy', `"${POLICY}";q=${limit};w=${WINDOW_SECONDS}`)
      reply.header('ratelimit', `"${POLICY}";r=${reply.getHeader('ratelimit-remaining') ?? 0};t=${reply.getHeader('ratelimit-reset') ?? 0}`)
    })
  },
  { name: 'rate-limit', dependencies: ['auth'] },
)

import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Redis } from 'ioredis'
import { AppError } from '../errors.js'
import { loggableError } from './error-log.js'
import { isProtected } from '../keys/auth.js'

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
      timeWindow: 60_000,
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
  },
  { name: 'rate-limit', dependencies: ['auth'] },
)

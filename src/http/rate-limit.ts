import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Redis } from 'ioredis'
import { AppError } from '../errors.js'
import { isProtected } from '../keys/auth.js'

export interface RateLimitOptions {
  perMinute: number
  redisUrl?: string | undefined
}

/**
 * Per key (per address for anonymous callers), after authentication. Counters live in Redis when
 * REDIS_URL is set, so a limit holds across instances; in memory otherwise.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: RateLimitOptions) => {
    const redis = options.redisUrl
      ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false })
      : undefined
    redis?.on('error', (error) => app.log.warn({ err: { message: error.message } }, 'rate limit store unavailable'))
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
      skipOnError: true,
      ...(redis ? { redis } : {}),
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `Rate limit of ${context.max} requests per minute reached; retry in ${context.after}.`),
    })
  },
  { name: 'rate-limit', dependencies: ['auth'] },
)

import { createRequire } from 'node:module'
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors.js'
import { isProtected } from '../keys/auth.js'
import type { GuardedRedis } from '../redis/guarded-redis.js'
import { loggableError } from './error-log.js'
import { RETRY_AFTER_SECONDS } from './problems.js'

const WINDOW_SECONDS = 60
// Each key (or, without one, each address) has one quota per window.
const POLICY = 'key'
const NAMESPACE = 'bonds-rate-limit:'

export interface RateLimitOptions {
  perMinute: number
  /** The counter store shared by every instance; counters live in this instance's memory without it. */
  redis?: GuardedRedis | undefined
  /** When Redis cannot count a request: true refuses it (503), false serves it uncounted. */
  failClosed: boolean
}

/** Requests the limiter saw, by what became of them: counted, served uncounted (Redis failed, fail-open), refused (fail-closed). */
export interface RateLimitOutcomes {
  counted: number
  uncounted: number
  refused: number
}

declare module 'fastify' {
  interface FastifyInstance {
    rateLimitOutcomes: RateLimitOutcomes
  }
}

// The plugin's own stores (CommonJS, no types of their own): wrapped, not rewritten.
const require = createRequire(import.meta.url)
type StoreCtor = new (continueExceeding: boolean, exponentialBackoff: boolean, ...rest: unknown[]) => FastifyRateLimitStore
type IncrResult = { current: number; ttl: number }
type Incr = (key: string, callback: (error: Error | null, result?: IncrResult) => void, timeWindow: number, max: number) => void
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as StoreCtor
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as StoreCtor

/**
 * Per key (per address for anonymous callers), after authentication. Counters live in Redis when
 * REDIS_URL is set, so a limit holds across instances; in memory otherwise. Every Redis call goes
 * through GuardedRedis (a bound per command and a circuit breaker): when Redis fails, is too slow or
 * the breaker is open, the request is served uncounted, or refused with 503 if RATE_LIMIT_FAIL_CLOSED is true.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: RateLimitOptions) => {
    const outcomes: RateLimitOutcomes = { counted: 0, uncounted: 0, refused: 0 }
    app.decorate('rateLimitOutcomes', outcomes)
    const inner = options.redis ? new RedisStore(false, false, options.redis.client, NAMESPACE) : new LocalStore(false, false)
    const store = new GuardedStore(inner, options.redis, options.failClosed, outcomes, app)
    await app.register(rateLimit, {
      global: true,
      // After authentication (onRequest), before validation, so malformed requests count too.
      hook: 'preValidation',
      timeWindow: WINDOW_SECONDS * 1000,
      max: (request) => request.principal?.rateLimit ?? options.perMinute,
      keyGenerator: (request) => (request.principal?.keyId ? `key:${request.principal.keyId}` : `ip:${request.ip}`),
      allowList: (request) => !isProtected(request),
      enableDraftSpec: true,
      // GuardedStore decides what a failure means (serve uncounted, or a 503); nothing is skipped behind its back.
      skipOnError: false,
      store: function SharedStore() {
        return store
      } as never,
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

/**
 * The plugin's store, with each count sent through the guard, and what became of each request counted.
 * Serving uncounted answers with a zero count (the full quota remaining), as the plugin's skipOnError does.
 */
class GuardedStore implements FastifyRateLimitStore {
  constructor(
    private readonly inner: FastifyRateLimitStore,
    private readonly redis: GuardedRedis | undefined,
    private readonly failClosed: boolean,
    private readonly outcomes: RateLimitOutcomes,
    private readonly app: FastifyInstance,
  ) {}

  incr(key: string, callback: (error: Error | null, result?: IncrResult) => void, timeWindow?: number, max?: number): void {
    const incr = this.inner.incr.bind(this.inner) as unknown as Incr
    const count = () =>
      new Promise<IncrResult>((resolve, reject) =>
        incr(key, (error, result) => (error || !result ? reject(error ?? new Error('no count')) : resolve(result)), timeWindow!, max!),
      )
    ;(this.redis ? this.redis.run(count) : count()).then(
      (result) => {
        this.outcomes.counted++
        callback(null, result)
      },
      (error: unknown) => {
        this.app.failures.error(
          'RATE_LIMIT_STORE',
          { err: loggableError(error) },
          'rate limit store unavailable: requests are ' + (this.failClosed ? 'refused' : 'served uncounted'),
        )
        if (this.failClosed) {
          this.outcomes.refused++
          callback(new AppError('SERVICE_UNAVAILABLE', `The rate-limit store is unavailable; retry in ${RETRY_AFTER_SECONDS} seconds.`))
        } else {
          this.outcomes.uncounted++
          callback(null, { current: 0, ttl: 0 })
        }
      },
    )
  }

  child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
    return new GuardedStore(this.inner.child(routeOptions), this.redis, this.failClosed, this.outcomes, this.app)
  }
}

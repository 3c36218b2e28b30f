import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import { assertScope, type Scope } from '../caller/caller.js'
import { AppError } from '../errors.js'
import { isUnavailable } from '../db/unavailable.js'
import { unavailable } from '../http/problems.js'
import { decodedUrl } from '../http/url.js'
import { LookupsBusy } from './lookup-queue.js'
import { HAS_KEY } from './mask.js'
import { KEY_PATTERN, type KeyService, type Principal } from './service.js'

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null
  }
  interface FastifyContextConfig {
    /** Scope a caller's key needs for this route; protected routes default to content:read. */
    /** The scope the route needs, or several of which any one will do (default content:read). */
    scope?: Scope | readonly Scope[]
  }
}

export interface AuthOptions {
  keys: KeyService
  /** Development only: callers without a key read content as an anonymous principal. */
  allowAnonymous: boolean
  /** Failed authentications one address, or one key id, may make per minute before its failures get 429. */
  failuresPerMinute: number
}

const REALM = 'Bearer realm="strengthening-bonds"'
const KEY_PARAMETERS = /(?:^|[?&])(api[_-]?key|apikey|key|access[_-]?token|token|authorization)=/i
// RFC 9110: the scheme is case-insensitive; RFC 6750: one or more spaces, then the token.
const BEARER = /^bearer +(\S{1,200})$/i
const FAILURE_WINDOW_MS = 60_000

/**
 * Development only (the server binds 127.0.0.1 by default): a caller without a key reads, previews,
 * edits and publishes, so a newcomer can try the editorial API while the server runs on the embedded
 * database, whose files no second process may open. Its writes are audited as "anonymous
 * (development)"; it may also subscribe webhooks (to a local receiver). Managing keys always needs a key.
 */
export const anonymousPrincipal: Principal = {
  keyId: null,
  name: 'anonymous (development)',
  scopes: new Set<Scope>(['content:read', 'content:preview', 'content:write', 'content:publish', 'webhooks:admin']),
  policy: null,
  rateLimit: null,
}

/**
 * Whether the route that will run needs a key: every route under /v1 and /graphql. It is decided from
 * the route the router matched (its declared pattern), never from the URL string, which the router
 * decodes and normalises before matching. Unmatched requests reach the 404 handler and read nothing.
 */
export function isProtected(request: FastifyRequest): boolean {
  const route = request.is404 ? undefined : request.routeOptions.url
  return route !== undefined && (route === '/graphql' || route === '/v1' || route.startsWith('/v1/'))
}

interface FailureCount {
  count: number
  resetAt: number
}

/**
 * The failed-authentication defence. Failures are counted by what a guesser controls: the address
 * (request.ip: the client's, behind a proxy in TRUST_PROXY) and the key id in the presented key. Past
 * AUTH_FAILURES_PER_MINUTE on either, a failure is answered 429 with Retry-After instead of 401, and
 * the address's lookups of ids the instance has not seen wait behind everyone else's. A key that
 * verifies is never refused for what others did: its secret is checked against the cached row (no
 * query), and an id not seen yet is looked up within the instance's global lookup budget, not refused
 * for its address (see KeyLookupQueue).
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    const byAddress = new LRUCache<string, FailureCount>({ max: 50_000, ttl: FAILURE_WINDOW_MS })
    const byKeyId = new LRUCache<string, FailureCount>({ max: 50_000, ttl: FAILURE_WINDOW_MS })
    const limit = options.failuresPerMinute
    const current = (counts: LRUCache<string, FailureCount>, name: string, now: number) => {
      const count = counts.get(name)
      return count && count.resetAt > now ? count : undefined
    }
    const countFailure = (counts: LRUCache<string, FailureCount>, name: string, now: number) => {
      const count = current(counts, name, now) ?? { count: 0, resetAt: now + FAILURE_WINDOW_MS }
      count.count++
      counts.set(name, count, { ttl: count.resetAt - now })
      return count
    }
    const tooMany = (reply: FastifyReply, count: FailureCount) => {
      const seconds = Math.max(1, Math.ceil((count.resetAt - Date.now()) / 1000))
      reply.header('retry-after', String(seconds))
      return new AppError('RATE_LIMITED', `Too many failed authentications from this address or with this key; retry in ${seconds} seconds.`)
    }

    app.decorateRequest('principal', null)
    app.addHook('onRequest', async (request, reply) => {
      if (!isProtected(request)) return
      const url = decodedUrl(request.url)
      const query = url.includes('?') ? url.slice(url.indexOf('?')) : ''
      if (KEY_PARAMETERS.test(query) || HAS_KEY.test(url)) {
        throw new AppError('KEY_IN_URL', 'Send the API key in the Authorization header (Bearer), never in the URL: URLs end up in logs.')
      }
      const address = current(byAddress, request.ip, Date.now())
      const overBudget = address !== undefined && address.count >= limit
      try {
        request.principal = await identify(request, reply, options, overBudget)
      } catch (error) {
        if (error instanceof LookupsBusy) {
          if (overBudget) throw tooMany(reply, address)
          throw new AppError('SERVICE_UNAVAILABLE', 'Too many unknown API keys are being looked up right now; retry in a few seconds.')
        }
        if (isUnavailable(error)) throw unavailable()
        if (error instanceof AppError && error.code === 'UNAUTHORIZED') {
          const now = Date.now()
          const keyId = KEY_PATTERN.exec(BEARER.exec(request.headers.authorization ?? '')?.[1] ?? '')?.[1]
          const counts = [countFailure(byAddress, request.ip, now), ...(keyId ? [countFailure(byKeyId, keyId, now)] : [])]
          const over = counts.find((count) => count.count > limit)
          if (over) throw tooMany(reply, over)
        }
        throw error
      }
      const needed = request.routeOptions.config?.scope ?? 'content:read'
      assertScope(request.principal, typeof needed === 'string' ? [needed] : needed)
    })
  },
  { name: 'auth' },
)

async function identify(request: FastifyRequest, reply: FastifyReply, options: AuthOptions, lowPriority: boolean): Promise<Principal> {
  const header = request.headers.authorization
  if (header === undefined && options.allowAnonymous) return anonymousPrincipal
  const match = BEARER.exec(header ?? '')
  const principal = match ? await options.keys.authenticate(match[1] as string, new Date(), { lowPriority }) : null
  if (principal) return principal
  // One answer for missing, malformed, unknown, expired and revoked keys: nothing to probe.
  reply.header('www-authenticate', header === undefined ? REALM : `${REALM}, error="invalid_token"`)
  throw new AppError('UNAUTHORIZED', 'Send a valid API key as "Authorization: Bearer <key>".')
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import { AppError } from '../errors.js'
import { isUnavailable } from '../db/unavailable.js'
import { unavailable } from '../http/problems.js'
import { decodedUrl } from '../http/url.js'
import { HAS_KEY, type KeyService, type Principal } from './service.js'
import type { Scope } from './schemas.js'

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
  /** Failed authentications one address may make per minute before it is refused without a lookup. */
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

export const authPlugin = fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    // Counts failed authentications per address, so guessing keys is cheap to refuse and costs no query.
    const failures = new LRUCache<string, { count: number; resetAt: number }>({ max: 50_000, ttl: FAILURE_WINDOW_MS })
    app.decorateRequest('principal', null)
    app.addHook('onRequest', async (request, reply) => {
      if (!isProtected(request)) return
      const url = decodedUrl(request.url)
      const query = url.includes('?') ? url.slice(url.indexOf('?')) : ''
      if (KEY_PARAMETERS.test(query) || HAS_KEY.test(url)) {
        throw new AppError('KEY_IN_URL', 'Send the API key in the Authorization header (Bearer), never in the URL: URLs end up in logs.')
      }
      const failed = failures.get(request.ip)
      if (failed && failed.count >= options.failuresPerMinute && failed.resetAt > Date.now()) {
        // Over its budget, an address gets no more lookups; keys this instance already knows still pass.
        const known = BEARER.exec(request.headers.authorization ?? '')?.[1]
        const principal = known ? options.keys.cached(known) : null
        if (!principal) {
          const seconds = Math.max(1, Math.ceil((failed.resetAt - Date.now()) / 1000))
          reply.header('retry-after', String(seconds))
          throw new AppError('RATE_LIMITED', `Too many failed authentications from this address; retry in ${seconds} seconds.`)
        }
      }
      try {
        request.principal = await identify(request, reply, options)
      } catch (error) {
        if (isUnavailable(error)) throw unavailable()
        if (error instanceof AppError && error.code === 'UNAUTHORIZED') {
          const now = Date.now()
          const current = failed && failed.resetAt > now ? failed : { count: 0, resetAt: now + FAILURE_WINDOW_MS }
          current.count++
          failures.set(request.ip, current, { ttl: current.resetAt - now })
        }
        throw error
      }
      const needed = request.routeOptions.config?.scope ?? 'content:read'
      assertScope(request.principal, typeof needed === 'string' ? [needed] : needed)
    })
  },
  { name: 'auth' },
)

/**
 * Refuses a caller that has none of these scopes, in the same words wherever a scope is checked: the
 * route's, a service's (so REST and GraphQL agree), or a parameter's (`release=draft`).
 */
export function assertScope(caller: { keyId: string | null; scopes: ReadonlySet<Scope> }, anyOf: readonly Scope[], what = 'This'): void {
  if (anyOf.some((scope) => caller.scopes.has(scope))) return
  const named = anyOf.map((scope) => `"${scope}"`).join(' or ')
  if (caller.keyId === null) {
    // The development caller sent no key: say how to get one that has the scope.
    throw new AppError(
      'FORBIDDEN',
      `${what} needs the ${named} scope. Calls without an API key do not have it: send a key that does, as ` +
        `Authorization: Bearer msb_..., made with npm run keys -- create --name me --scopes ${anyOf[0]}.`,
    )
  }
  throw new AppError('FORBIDDEN', `${what} needs the ${named} scope. This API key does not have it; ask for a key with that scope.`)
}

async function identify(request: FastifyRequest, reply: FastifyReply, options: AuthOptions): Promise<Principal> {
  const header = request.headers.authorization
  if (header === undefined && options.allowAnonymous) return anonymousPrincipal
  const match = BEARER.exec(header ?? '')
  const principal = match ? await options.keys.authenticate(match[1] as string) : null
  if (principal) return principal
  // One answer for missing, malformed, unknown, expired and revoked keys: nothing to probe.
  reply.header('www-authenticate', header === undefined ? REALM : `${REALM}, error="invalid_token"`)
  throw new AppError('UNAUTHORIZED', 'Send a valid API key as "Authorization: Bearer <key>".')
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors.js'
import { HAS_KEY, type KeyService, type Principal } from './service.js'
import type { Scope } from './schemas.js'

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null
  }
  interface FastifyContextConfig {
    /** Scope a caller's key needs for this route; protected routes default to content:read. */
    scope?: Scope
  }
}

export interface AuthOptions {
  keys: KeyService
  /** Development only: callers without a key read content as an anonymous principal. */
  allowAnonymous: boolean
}

const REALM = 'Bearer realm="strengthening-bonds"'
const KEY_PARAMETERS = /(?:^|[?&])(api[_-]?key|apikey|key|access[_-]?token|token|authorization)=/i

export const anonymousPrincipal: Principal = {
  keyId: null,
  name: 'anonymous (development)',
  scopes: new Set<Scope>(['content:read', 'content:preview']),
  policy: null,
  rateLimit: null,
}

/** /v1 and /graphql need a key; probes, documentation and GraphiQL stay open. */
export function isProtected(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? ''
  return path.startsWith('/v1/') || path === '/v1' || path === '/graphql'
}

export const authPlugin = fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    app.decorateRequest('principal', null)
    app.addHook('onRequest', async (request, reply) => {
      if (!isProtected(request)) return
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
      if (KEY_PARAMETERS.test(query) || HAS_KEY.test(query)) {
        throw new AppError('KEY_IN_URL', 'Send the API key in the Authorization header (Bearer), never in the URL: URLs end up in logs.')
      }
      request.principal = await identify(request, reply, options)
      const needed = request.routeOptions.config?.scope ?? 'content:read'
      if (!request.principal.scopes.has(needed)) {
        throw new AppError('FORBIDDEN', `This needs the "${needed}" scope, which this API key does not have.`)
      }
    })
  },
  { name: 'auth' },
)

async function identify(request: FastifyRequest, reply: FastifyReply, options: AuthOptions): Promise<Principal> {
  const header = request.headers.authorization
  if (header === undefined && options.allowAnonymous) return anonymousPrincipal
  const match = /^Bearer ([^\s]{1,200})$/.exec(header ?? '')
  const principal = match ? await options.keys.authenticate(match[1] as string) : null
  if (principal) return principal
  // One answer for missing, malformed, unknown, expired and revoked keys: nothing to probe.
  reply.header('www-authenticate', header === undefined ? REALM : `${REALM}, error="invalid_token"`)
  throw new AppError('UNAUTHORIZED', 'Send a valid API key as "Authorization: Bearer <key>".')
}

/** The content policy every read of this request must honour. */
export function policyOf(request: FastifyRequest) {
  return request.principal?.policy ?? null
}

import type { FastifyRequest } from 'fastify'
import { neverCache } from '../http/no-store.js'
import type { Caller } from './caller.js'

/**
 * The admin caller behind a request (REST or GraphQL): its key, and the request id for the audit log.
 * Admin answers change with the drafts, keys and webhooks, not with the release, so they never enter the
 * response cache (a GraphQL query reading them is otherwise cacheable).
 */
export function callerOf(request: FastifyRequest): Caller {
  const principal = request.principal
  if (!principal) throw new Error('admin calls run after authentication')
  neverCache(request)
  return { keyId: principal.keyId, name: principal.name, scopes: principal.scopes, requestId: request.id }
}

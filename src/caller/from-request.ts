import type { FastifyRequest } from 'fastify'
import { neverCache } from '../http/no-store.js'
import type { Editor } from './service.js'

/**
 * The editor behind a request (REST or GraphQL): its key, and the request id for the audit log.
 * Editorial answers change with the drafts, not with the release, so they never enter the response
 * cache (a GraphQL query reading them is otherwise cacheable).
 */
export function editorOf(request: FastifyRequest): Editor {
  const principal = request.principal
  if (!principal) throw new Error('editorial calls run after authentication')
  neverCache(request)
  return { keyId: principal.keyId, name: principal.name, scopes: principal.scopes, requestId: request.id }
}

import type { FastifyRequest } from 'fastify'
import type { Editor } from './service.js'

/** The editor behind a request (REST or GraphQL): its key, and the request id for the audit log. */
export function editorOf(request: FastifyRequest): Editor {
  const principal = request.principal
  if (!principal) throw new Error('editorial calls run after authentication')
  return { keyId: principal.keyId, name: principal.name, scopes: principal.scopes, requestId: request.id }
}

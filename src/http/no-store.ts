import type { FastifyRequest } from 'fastify'

const marked = new WeakSet<FastifyRequest>()

/**
 * Keeps a response out of the response cache whatever its route: a preview (drafts), or an editorial
 * read whose answer changes with the drafts rather than with the release. Marked by whatever reads
 * such data, so a GraphQL query mixing it with release reads is not cached either.
 */
export function neverCache(request: FastifyRequest): void {
  marked.add(request)
}

export function isNeverCached(request: FastifyRequest): boolean {
  return marked.has(request)
}

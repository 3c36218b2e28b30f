import type { FastifyReply } from 'fastify'
import { nextCursor, type PageRequest } from './cursor.js'
import type { ResolvedRelease } from '../releases/service.js'
import { problem } from './schemas.js'

// private: what a key sees depends on its content policy, so shared caches must not mix callers.
const IMMUTABLE = 'private, max-age=31536000, immutable'
const CURRENT = 'private, max-age=60, stale-while-revalidate=300'

/** Marks a response as served by a release: pinned releases never change, the current one may move. */
export function servedBy(reply: FastifyReply, release: ResolvedRelease): FastifyReply {
  return reply
    .header('content-release', String(release.id))
    .header('cache-control', release.pinned ? IMMUTABLE : CURRENT)
    .header('vary', 'authorization')
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid parameters: `errors` lists every bad field.',
  401: 'Missing or invalid credentials.',
  403: 'The credentials lack a required scope.',
  404: 'Nothing with this id in the release, or no such release.',
  429: 'Too many requests; retry after the `Retry-After` seconds.',
  503: 'No release published yet, or the database is unreachable.',
}

/** Error responses, declared as RFC 9457 problem documents for the OpenAPI description. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: problemDescriptions[status] ?? 'Error', content: { 'application/problem+json': { schema: problem } } },
    ]),
  ) as { [K in S[number]]: { description: string; content: { 'application/problem+json': { schema: typeof problem } } } }
}

export function sendPage<T>(
  reply: FastifyReply,
  release: ResolvedRelease,
  page: PageRequest,
  result: { items: T[]; hasMore: boolean },
) {
  return servedBy(reply, release).send({
    data: result.items,
    page: { limit: page.limit, nextCursor: nextCursor(page, release.id, result.hasMore) },
  })
}

import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { ReadContext, Snapshot } from '../read/context.js'
import type { Paged } from '../read/paging.js'
import { problem } from './schemas.js'

// private: what a key sees depends on its content policy, so shared caches must not mix callers.
export const IMMUTABLE = 'private, max-age=31536000, immutable'
const CURRENT = 'private, max-age=60, stale-while-revalidate=300'

// A preview shows unpublished drafts to one key: no cache may keep it.
const PREVIEW = 'private, no-store'

/** The `Content-Release` of a read: the release id, or `draft` for a preview. */
export function releaseHeader(snapshot: Snapshot): string {
  return snapshot.preview ? 'draft' : String(snapshot.releaseId)
}

/** Marks a response as served by a release: pinned releases never change, the current one may move. */
export function servedBy(reply: FastifyReply, snapshot: Snapshot): FastifyReply {
  return reply
    .header('content-release', releaseHeader(snapshot))
    .header('cache-control', snapshot.preview ? PREVIEW : snapshot.pinned ? IMMUTABLE : CURRENT)
    .header('vary', 'authorization')
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid parameters: `errors` lists every bad field.',
  401: 'Missing or invalid credentials.',
  403: 'The credentials lack a required scope.',
  404: 'Nothing with this id in the release, or no such release.',
  409: 'The request conflicts with the current state (an existing document, a draft in another state, nothing to publish).',
  412: 'The document changed since you read it (`If-Match` is stale): read it again.',
  415: 'Unsupported content type.',
  422: 'The change would break the content rules: `errors` lists each.',
  428: 'This write needs an `If-Match` header with the document\'s ETag.',
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

/** An editorial or admin list: never cached, since it changes with the drafts and settings rather than with a release. */
export function sendUncachedPage<T>(reply: FastifyReply, limit: number, page: { items: T[]; nextCursor: string | null }) {
  return reply.header('cache-control', 'no-store').send({ data: page.items, page: { limit, nextCursor: page.nextCursor } })
}

/** A list response: the page's items, and the cursor of the next page. */
export function sendPage<T>(reply: FastifyReply, read: ReadContext, page: Paged<T>) {
  return servedBy(reply, read.snapshot).send({ data: page.items, page: { limit: page.limit, nextCursor: page.nextCursor } })
}

/**
 * A renamed or merged document asked for by its former slug: 308 to its successor, keeping the query
 * string (a pinned `release` stays pinned). The body names the successor for clients that do not follow.
 */
export function redirectToSuccessor(request: FastifyRequest, reply: FastifyReply, snapshot: Snapshot, collection: string, item: { id: string; slug: string }) {
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
  const location = `/v1/${collection}/${encodeURIComponent(item.slug)}${query}`
  return servedBy(reply, snapshot).code(308).header('location', location).send({ id: item.id, slug: item.slug, location })
}

/** The 308 a former slug answers with. */
export function movedResponse(example: { id: string; slug: string; location: string }) {
  return {
    308: {
      description:
        'The slug is a former one (the document was renamed or merged): `Location` gives its successor, with the same query string.',
      headers: {
        location: { type: 'string', description: 'The successor\'s URL.' },
        'content-release': { type: 'string', description: 'Release that resolved the former slug.' },
      },
      content: {
        'application/json': {
          schema: z
            .object({
              id: z.string().describe('Id of the successor.'),
              slug: z.string().describe('Slug of the successor.'),
              location: z.string().describe('Same as the `Location` header.'),
            })
            .meta({ example }),
        },
      },
    },
  }
}

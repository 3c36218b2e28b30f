import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ReadContext, Snapshot } from '../read/context.js'
import type { Paged } from '../read/paging.js'

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

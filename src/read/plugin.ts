import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { invalidCursor } from '../cursor.js'
import { AppError } from '../errors.js'
import { neverCache } from '../http/no-store.js'
import { assertScope } from '../caller/caller.js'
import type { Principal } from '../keys/service.js'
import type { PreviewService } from '../preview/service.js'
import type { ReleaseService } from '../releases/service.js'
import { readContext, readerOf, type ReadContext, type Reader, type Snapshot } from './context.js'
import { releaseOfCursor } from './paging.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the read hook on routes that read content (config.reads). */
    readContext: ReadContext | null
    /** The current release as this request first saw it: the cache key and the snapshot agree on it. */
    observedCurrent: Promise<number | null> | null
  }
  interface FastifyContextConfig {
    /** The route reads content from a release: a read context is built before its handler runs. */
    reads?: boolean
  }
}

/** The current release as this request sees it, asked once per request. */
export function currentReleaseOf(request: FastifyRequest, releases: ReleaseService): Promise<number | null> {
  request.observedCurrent ??= releases.currentId()
  return request.observedCurrent
}

/** The reader of a request: its key's policy, never a default. */
export function readerOfRequest(request: FastifyRequest): Reader {
  return readerOf(principalOf(request))
}

function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('a content read reached a route without authentication')
  return request.principal
}

/** The read context of a route declared with `config.reads`. */
export function readOf(request: FastifyRequest): ReadContext {
  if (!request.readContext) throw new Error(`route ${request.routeOptions.url} reads content but does not declare config.reads`)
  return request.readContext
}

/** Where snapshots come from: the releases, and the preview of the drafts. */
export interface SnapshotSources {
  releases: ReleaseService
  preview: PreviewService
}

/** The snapshot for a requested release (undefined: the current one), as one request sees it. */
export async function snapshotFor(releases: ReleaseService, requested: number | undefined, current: () => Promise<number | null>): Promise<Snapshot> {
  if (requested !== undefined) {
    await releases.assertExists(requested)
    return { releaseId: requested, pinned: true }
  }
  const id = await current()
  if (id === null) throw new AppError('NO_CURRENT_RELEASE', 'No release has been published yet; try again shortly.')
  return { releaseId: id, pinned: false }
}

/**
 * The snapshot a read asks for: `draft` (the preview, for keys with content:preview), a pinned
 * release, the release its cursor was issued on, or the current one. A preview cursor only continues
 * while the drafts stay as they were: the preview it paged is gone once they change.
 */
export async function requestedSnapshot(
  sources: SnapshotSources,
  request: FastifyRequest,
  named: number | 'draft' | undefined,
  cursor: string | undefined,
): Promise<Snapshot> {
  if (named !== 'draft') {
    return snapshotFor(sources.releases, requestedRelease(named, cursor), () => currentReleaseOf(request, sources.releases))
  }
  assertScope(principalOf(request), ['content:preview'], 'Reading drafts (release=draft)')
  neverCache(request)
  const snapshot = await sources.preview.snapshot()
  if (cursor !== undefined && releaseOfCursor(cursor) !== snapshot.releaseId) {
    throw invalidCursor('The drafts changed since this cursor was issued; read the preview again from its first page.')
  }
  return snapshot
}

/** The release a request names: its `release` parameter, or the release its cursor was issued on. */
export function requestedRelease(named: number | undefined, cursor: string | undefined): number | undefined {
  const fromCursor = cursor === undefined ? undefined : releaseOfCursor(cursor)
  if (fromCursor !== undefined && fromCursor < 0) {
    throw invalidCursor('This cursor pages a preview of the drafts: send it with release=draft.')
  }
  if (named !== undefined && fromCursor !== undefined && named !== fromCursor) {
    throw invalidCursor(`The cursor reads release ${fromCursor}, not release ${named}.`)
  }
  return named ?? fromCursor
}

/**
 * Builds each request's read context once, after validation: the release it reads (the `release`
 * parameter, the release a cursor was issued on, the preview of the drafts, or the current one) and
 * the caller's policy.
 */
export const readContextPlugin = fp(
  async (app: FastifyInstance, options: SnapshotSources) => {
    app.decorateRequest('readContext', null)
    app.decorateRequest('observedCurrent', null)
    app.addHook('preHandler', async (request) => {
      if (!request.routeOptions.config?.reads) return
      const query = (request.query ?? {}) as { release?: unknown; cursor?: unknown }
      const named = typeof query.release === 'number' || query.release === 'draft' ? query.release : undefined
      const snapshot = await requestedSnapshot(options, request, named, typeof query.cursor === 'string' ? query.cursor : undefined)
      request.readContext = readContext(readerOfRequest(request), snapshot)
    })
  },
  { name: 'read-context', dependencies: ['auth'] },
)

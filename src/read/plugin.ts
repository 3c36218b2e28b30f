import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors.js'
import type { ReleaseService } from '../releases/service.js'
import { readContext, readerOf, type ReadContext, type Reader } from './context.js'
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
  if (!request.principal) throw new Error('a content read reached a route without authentication')
  return readerOf(request.principal)
}

/** The read context of a route declared with `config.reads`. */
export function readOf(request: FastifyRequest): ReadContext {
  if (!request.readContext) throw new Error(`route ${request.routeOptions.url} reads content but does not declare config.reads`)
  return request.readContext
}

/** The snapshot for a requested release (undefined: the current one), as one request sees it. */
export async function snapshotFor(
  releases: ReleaseService,
  requested: number | undefined,
  current: () => Promise<number | null>,
): Promise<{ releaseId: number; pinned: boolean }> {
  if (requested !== undefined) {
    await releases.assertExists(requested)
    return { releaseId: requested, pinned: true }
  }
  const id = await current()
  if (id === null) throw new AppError('NO_CURRENT_RELEASE', 'No release has been published yet; try again shortly.')
  return { releaseId: id, pinned: false }
}

/** The release a request names: its `release` parameter, or the release its cursor was issued on. */
export function requestedRelease(named: number | undefined, cursor: string | undefined): number | undefined {
  const fromCursor = cursor === undefined ? undefined : releaseOfCursor(cursor)
  if (named !== undefined && fromCursor !== undefined && named !== fromCursor) {
    throw new AppError('INVALID_CURSOR', `The cursor reads release ${fromCursor}, not release ${named}.`)
  }
  return named ?? fromCursor
}

/**
 * Builds each request's read context once, after validation: the release it reads (the `release`
 * parameter, the release a cursor was issued on, or the current one) and the caller's policy.
 */
export const readContextPlugin = fp(
  async (app: FastifyInstance, options: { releases: ReleaseService }) => {
    app.decorateRequest('readContext', null)
    app.decorateRequest('observedCurrent', null)
    app.addHook('preHandler', async (request) => {
      if (!request.routeOptions.config?.reads) return
      const query = (request.query ?? {}) as { release?: unknown; cursor?: unknown }
      const requested = requestedRelease(
        typeof query.release === 'number' ? query.release : undefined,
        typeof query.cursor === 'string' ? query.cursor : undefined,
      )
      const snapshot = await snapshotFor(options.releases, requested, () => currentReleaseOf(request, options.releases))
      request.readContext = readContext(readerOfRequest(request), snapshot)
    })
  },
  { name: 'read-context', dependencies: ['auth'] },
)

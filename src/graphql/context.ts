import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { MAX_INT } from '../http/schemas.js'
import { readContext, type ReadContext, type Reader } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { readerOfRequest, requestedSnapshot, type SnapshotSources } from '../read/plugin.js'
import type { Services } from '../services.js'

/** A GraphQL request's reads: one reader, and one read context per release its fields ask for. */
export interface GraphqlReads {
  readonly reader: Reader
  /** The read context of a field: its `release` argument (an id or "draft"), the release its `after` cursor reads, or the current one. */
  at(release: number | 'draft' | null | undefined, cursor?: string | null): Promise<ReadContext>
  /** A release already resolved by a parent field (relations are read from their parent's release). */
  of(releaseId: number): ReadContext
}

declare module 'mercurius' {
  interface MercuriusContext {
    reads: GraphqlReads
    /** The app's services, typed once here so that resolvers and loaders call them without a cast. */
    services: Services
  }
}

const releaseArgument = z.strictObject({ release: z.union([z.number().int().min(1).max(MAX_INT), z.literal('draft')]).optional() })

export function graphqlReads(request: FastifyRequest, sources: SnapshotSources): GraphqlReads {
  // Made when a field first reads: mercurius also builds a context to format the errors of requests
  // that authentication refused, and those have no principal.
  let known: Reader | undefined
  const reader = () => (known ??= readerOfRequest(request))
  const snapshots = new Map<string, Promise<ReadContext>>()
  return {
    get reader() {
      return reader()
    },
    at(release, cursor) {
      const named = parseInput(releaseArgument, { release: release ?? undefined }).release
      const key = `${named}\n${cursor ?? ''}`
      let read = snapshots.get(key)
      if (!read) {
        read = requestedSnapshot(sources, request, named, cursor ?? undefined).then((snapshot) => readContext(reader(), snapshot))
        snapshots.set(key, read)
      }
      return read
    },
    of: (releaseId) => readContext(reader(), { releaseId, pinned: true }),
  }
}

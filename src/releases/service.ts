import { z } from 'zod'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import { MAX_INT } from '../http/schemas.js'
import type { ContentPolicy } from '../keys/schemas.js'
import {
  findCurrentReleaseId,
  findRelease,
  listReleases,
  releaseMapping,
  releaseMappings,
  type ReleaseRow,
} from './repository.js'

export interface ResolvedRelease {
  id: number
  /** True when the caller named the release, so the response can be cached forever. */
  pinned: boolean
}

export interface ReleaseSummary {
  id: number
  note: string
  source: ReleaseRow['source']
  basedOnReleaseId: number | null
  documentCount: number
  createdAt: string
  current: boolean
}

export class ReleaseService {
  private readonly knownReleases = new Set<number>()
  // The current pointer is kept in memory only while release notifications are being received.
  private listening = false
  private cachedCurrent: number | null | undefined
  private generation = 0

  constructor(private readonly db: AppDatabase) {}

  /** Called by the database listener: a release was published somewhere, or the listener changed state. */
  releasePublished(): void {
    this.generation++
    this.cachedCurrent = undefined
  }

  listenerStatus(listening: boolean): void {
    this.listening = listening
    this.releasePublished()
  }

  /** Called by the publisher in this process once its transaction committed. */
  published(releaseId: number): void {
    this.generation++
    this.cachedCurrent = this.listening ? releaseId : undefined
  }

  async currentId(): Promise<number | null> {
    if (this.listening && this.cachedCurrent !== undefined) return this.cachedCurrent
    const generation = this.generation
    const id = await findCurrentReleaseId(this.db)
    if (this.listening && generation === this.generation) this.cachedCurrent = id
    return id
  }

  async resolve(requested: number | undefined): Promise<ResolvedRelease> {
    if (requested !== undefined) {
      if (!this.knownReleases.has(requested)) {
        if (!(await findRelease(this.db, requested))) {
          throw new AppError('RELEASE_NOT_FOUND', `Release ${requested} does not exist.`)
        }
        this.knownReleases.add(requested)
      }
      return { id: requested, pinned: true }
    }
    const current = await this.currentId()
    if (current === null) throw new AppError('NO_CURRENT_RELEASE', 'No release has been published yet; try again shortly.')
    return { id: current, pinned: false }
  }

  /** One page of releases, newest first; each comes with the cursor that continues after it. */
  async page(options: { cursor?: string | undefined; limit: number }) {
    const beforeId = decodeReleaseCursor(options.cursor)
    const [rows, current] = await Promise.all([listReleases(this.db, { beforeId, limit: options.limit + 1 }), this.currentId()])
    const items = rows.slice(0, options.limit).map((row) => ({ release: toSummary(row, current), cursor: releaseCursor(row.id) }))
    return { items, hasMore: rows.length > options.limit }
  }

  async summary(id: number): Promise<ReleaseSummary> {
    const [row, current] = await Promise.all([findRelease(this.db, id), this.currentId()])
    if (!row) throw new AppError('RELEASE_NOT_FOUND', `Release ${id} does not exist.`)
    return toSummary(row, current)
  }

  async get(id: number, policy: ContentPolicy | null = null) {
    const summary = await this.summary(id)
    return { ...summary, documents: await releaseMapping(this.db, id, policy) }
  }

  /** Mappings of several releases at once, for GraphQL's batched loaders. */
  mappings(ids: number[], policy: ContentPolicy | null = null) {
    return releaseMappings(this.db, ids, policy)
  }
}

const releaseCursorPayload = z.strictObject({ before: z.number().int().positive().max(MAX_INT) })

function releaseCursor(id: number): string {
  return Buffer.from(JSON.stringify({ before: id })).toString('base64url')
}

function decodeReleaseCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined
  try {
    return releaseCursorPayload.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).before
  } catch {
    throw new AppError('INVALID_CURSOR', 'The cursor is malformed; pass the cursor from the previous page unchanged.')
  }
}

function toSummary(row: ReleaseRow, currentId: number | null): ReleaseSummary {
  return {
    id: row.id,
    note: row.note,
    source: row.source,
    basedOnReleaseId: row.basedOnReleaseId,
    documentCount: row.documentCount,
    createdAt: row.createdAt.toISOString(),
    current: row.id === currentId,
  }
}

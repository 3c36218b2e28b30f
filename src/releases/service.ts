import { z } from 'zod'
import { documentTypes, type DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import { isUnavailable } from '../db/unavailable.js'
import { AppError } from '../errors.js'
import { reviewView, storedReview } from '../publishing/review.js'
import { MAX_INT } from '../http/schemas.js'
import type { Reader } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { beforeIdCursor, decodeBeforeIdCursor, DEFAULT_PAGE, MAX_PAGE, type PageArgs } from '../read/paging.js'
import {
  findCurrentReleaseId,
  findRelease,
  listReleases,
  compareReleases,
  releaseMapping,
  releaseMappings,
  type PublishedRelease,
  type PublishedSource,
} from './repository.js'

export interface ReleaseDiffEntry {
  documentId: string
  type: DocumentType
  slug: string
  /** Version in the `from` release; null when the document was added. */
  fromVersion: number | null
  /** Version in the `to` release; null when the document was removed. */
  toVersion: number | null
}

export interface ReleaseDiff {
  from: number
  to: number
  added: ReleaseDiffEntry[]
  changed: ReleaseDiffEntry[]
  removed: ReleaseDiffEntry[]
}

const releaseId = z.number().int().positive().max(MAX_INT)
const releaseDiffInput = z.strictObject({ from: releaseId, to: releaseId, type: z.enum(documentTypes).optional() })

export interface ReleaseSummary {
  id: number
  note: string
  source: PublishedSource
  basedOnReleaseId: number | null
  documentCount: number
  createdAt: string
  current: boolean
  /** Who reviewed its content and when, as recorded with the release (null: none recorded). */
  reviewedBy: string | null
  reviewedAt: string | null
  reviewNote: string | null
}

export class ReleaseService {
  private readonly knownReleases = new Set<number>()
  // The current pointer is kept in memory only while release notifications are being received.
  private listening = false
  private cachedCurrent: number | null | undefined
  private generation = 0
  // The last current release read from the database: while it is unreachable, reads that can be
  // answered from memory keep being answered from it (releases are immutable).
  private lastKnown: number | null = null
  private readonly changeListeners = new Set<() => void>()

  constructor(private readonly db: AppDatabase) {}

  /**
   * Forgets the cached current pointer, so the next read asks the database: called by the database
   * listener when a release was published somewhere, or when the listener changed state.
   */
  forgetCurrent(): void {
    this.generation++
    this.cachedCurrent = undefined
    this.changed()
  }

  /** Runs whenever the current pointer may have moved, here or on another instance. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener()
  }

  listenerStatus(listening: boolean): void {
    this.listening = listening
    this.forgetCurrent()
  }

  /** Makes this release the current one at once: called by the publisher in this process once its transaction committed. */
  adoptCurrent(releaseId: number): void {
    this.generation++
    this.cachedCurrent = this.listening ? releaseId : undefined
    this.lastKnown = releaseId
    this.changed()
  }

  async currentId(): Promise<number | null> {
    if (this.listening && this.cachedCurrent !== undefined) return this.cachedCurrent
    const generation = this.generation
    let id: number | null
    try {
      id = await findCurrentReleaseId(this.db)
    } catch (error) {
      if (isUnavailable(error) && this.lastKnown !== null) return this.lastKnown
      throw error
    }
    if (generation === this.generation) {
      if (this.listening) this.cachedCurrent = id
      if (id !== null) this.lastKnown = id
    }
    return id
  }

  /** A release a caller names must exist; existing ones are remembered, since releases are never deleted. */
  async assertExists(id: number): Promise<void> {
    if (this.knownReleases.has(id)) return
    if (!(await findRelease(this.db, id))) throw new AppError('RELEASE_NOT_FOUND', `Release ${id} does not exist.`)
    this.knownReleases.add(id)
  }

  /** One page of releases, newest first; each comes with the cursor that continues after it. */
  async page(args: PageArgs) {
    const options = parseInput(releasePage, { limit: args.limit, cursor: args.cursor })
    const beforeId = decodeBeforeIdCursor(options.cursor)
    const [rows, current] = await Promise.all([listReleases(this.db, { beforeId, limit: options.limit + 1 }), this.currentId()])
    const items = rows.slice(0, options.limit).map((row) => ({ release: toSummary(row, current), cursor: beforeIdCursor(row.id) }))
    return { items, hasMore: rows.length > options.limit }
  }

  async summary(id: number): Promise<ReleaseSummary> {
    const [row, current] = await Promise.all([findRelease(this.db, id), this.currentId()])
    if (!row) throw new AppError('RELEASE_NOT_FOUND', `Release ${id} does not exist.`)
    return toSummary(row, current)
  }

  /** A release with its mapping, naming only the documents the reader's policy lets it read. */
  async get(reader: Reader, id: number) {
    const summary = await this.summary(id)
    return { ...summary, documents: await releaseMapping(this.db, id, reader.policy) }
  }

  /**
   * What changed between two releases, as the reader's policy sees each of them: documents added,
   * changed (another version) and removed. A document that leaves the reader's view counts as removed,
   * so policies and deletions read the same. Both releases are immutable, so the answer never changes.
   */
  async diff(reader: Reader, input: { from: unknown; to: unknown; type?: unknown }): Promise<ReleaseDiff> {
    const { from, to, type } = parseInput(releaseDiffInput, input)
    await Promise.all([this.assertExists(from), this.assertExists(to)])
    const { before, after, ...changes } = await compareReleases(this.db, from, to, reader.policy, type)
    const entry = (id: string) => {
      const old = before.get(id)
      const item = after.get(id) ?? old!
      return { documentId: id, type: item.type, slug: item.slug, fromVersion: old?.version ?? null, toVersion: after.get(id)?.version ?? null }
    }
    return { from, to, added: changes.added.map(entry), changed: changes.changed.map(entry), removed: changes.removed.map(entry) }
  }

  /** Mappings of several releases at once, for GraphQL's batched loaders. */
  mappings(reader: Reader, ids: number[]) {
    return releaseMappings(this.db, ids, reader.policy)
  }
}

const releasePage = z.strictObject({
  limit: z.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE),
  cursor: z.string().max(200).optional(),
})

function toSummary(row: PublishedRelease, currentId: number | null): ReleaseSummary {
  return {
    id: row.id,
    note: row.note,
    source: row.source,
    basedOnReleaseId: row.basedOnReleaseId,
    documentCount: row.documentCount,
    createdAt: row.createdAt.toISOString(),
    current: row.id === currentId,
    ...reviewView(storedReview(row)),
  }
}

import { z } from 'zod'
import { documentIdValue } from '../content/types/define.js'
import { documentTypes, type DocumentType } from '../content/vocabulary.js'
import { cursorCodec, invalidCursor } from '../cursor.js'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import { MAX_INT } from '../http/schemas.js'
import type { Reader } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { compareReleases } from '../releases/repository.js'
import type { ReleaseService } from '../releases/service.js'

// A sync entry is a few hundred bytes, and an initial sync lists every document: pages may be larger than elsewhere.
export const MAX_CHANGES_PAGE = 500
export const DEFAULT_CHANGES_PAGE = 100
// since, until, type and a document id of up to 100 characters, as base64url JSON.
export const MAX_CHANGES_CURSOR = 300

export type Change = 'added' | 'changed' | 'removed'

export interface DocumentChange {
  documentId: string
  type: DocumentType
  slug: string
  change: Change
  /** Version in the `until` release; null when the document was removed. */
  version: number | null
  /** Version in the `since` release; null when the document was added. */
  previousVersion: number | null
  /** Where to fetch `version`, forever; null when the document was removed. */
  href: string | null
}

/** A change as a CloudEvents 1.0 event (structured JSON form). */
export interface ChangeEvent {
  specversion: '1.0'
  id: string
  source: string
  type: `document.${Change}`
  subject: string
  time: string
  datacontenttype: 'application/json'
  data: DocumentChange
}

/** One page of the feed between two releases, with what both adapters need to continue it. */
export interface ChangePage {
  since: number
  until: number
  /** The release to sync from next time: `until` on the last page, null before it. */
  nextSince: number | null
  items: ChangeEvent[]
  limit: number
  nextCursor: string | null
  /** The cursor that continues after the item at this index of `items`. */
  cursorAfter(index: number): string
}

const changesInput = z.strictObject({
  since: z.number().int().min(0).max(MAX_INT),
  type: z.enum(documentTypes).optional(),
  limit: z.number().int().min(1).max(MAX_CHANGES_PAGE).default(DEFAULT_CHANGES_PAGE),
  cursor: z.string().max(MAX_CHANGES_CURSOR).optional(),
})

/** Where a sync stands: the pair of releases it compares, its type filter, and the last document id it returned. */
const feedPosition = z.strictObject({
  s: z.number().int().min(0).max(MAX_INT),
  u: z.number().int().positive().max(MAX_INT),
  t: z.enum(documentTypes).optional(),
  a: documentIdValue,
})
type FeedPosition = z.infer<typeof feedPosition>

const feedCursor = cursorCodec(feedPosition)

// Document ids are lower-case ASCII: code unit order is the same on every database and in every locale.
const byId = (a: { documentId: string }, b: { documentId: string }) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0)

export class ChangeFeedService {
  constructor(
    private readonly db: AppDatabase,
    private readonly releases: ReleaseService,
  ) {}

  /**
   * What a device that holds release `since` (0: nothing yet) must apply to hold the current release, as
   * the reader's policy sees both: documents added, changed (another version) and removed, in document id
   * order. A document that leaves the reader's view counts as removed, and the type filter applies to both
   * releases, so removals of that type are kept. The first page fixes `until` to the current release and
   * every cursor keeps it, so a publish during a sync never mixes two answers.
   */
  async page(reader: Reader, input: { since: unknown; type?: unknown; limit?: unknown; cursor?: unknown }): Promise<ChangePage> {
    const { since, type, limit, cursor } = parseInput(changesInput, input)
    const position = cursor === undefined ? undefined : feedCursor.decode(cursor)
    if (position && (position.s !== since || position.t !== type)) {
      throw invalidCursor('The cursor was issued for another `since` or `type`; repeat those of the first page.')
    }
    if (since > 0) await this.releases.assertExists(since)
    const until = position ? await this.releaseOfCursor(position) : await this.current(since)
    const [all, { createdAt }] = await Promise.all([this.changesBetween(reader, since, until, type), this.releases.summary(until)])
    const rest = position ? all.filter((item) => item.documentId > position.a) : all
    const hasMore = rest.length > limit
    const items = rest.slice(0, limit).map((data): ChangeEvent => ({
      specversion: '1.0',
      id: `${until}:${data.documentId}`,
      source: `/v1/releases/${until}`,
      type: `document.${data.change}`,
      subject: data.documentId,
      time: createdAt,
      datacontenttype: 'application/json',
      data,
    }))
    const cursorAfter = (index: number) => feedCursor.encode({ s: since, u: until, ...(type ? { t: type } : {}), a: items[index]!.subject })
    return { since, until, nextSince: hasMore ? null : until, items, limit, nextCursor: hasMore ? cursorAfter(items.length - 1) : null, cursorAfter }
  }

  /** Every change from `since` (0: nothing) to `until`, both read through the reader's policy, in document id order. */
  private async changesBetween(reader: Reader, since: number, until: number, type: DocumentType | undefined): Promise<DocumentChange[]> {
    const { before, after, added, changed, removed } = await compareReleases(this.db, since, until, reader.policy, type)
    const change =
      (kind: Change) =>
      (id: string): DocumentChange => {
        const { type, slug } = after.get(id) ?? before.get(id)!
        const version = after.get(id)?.version ?? null
        const href = version === null ? null : `/v1/documents/${id}/versions/${version}`
        return { documentId: id, type, slug, change: kind, version, previousVersion: before.get(id)?.version ?? null, href }
      }
    return [...added.map(change('added')), ...changed.map(change('changed')), ...removed.map(change('removed'))].sort(byId)
  }

  /** The release a first page syncs to: the current one, which `since` may not be ahead of. */
  private async current(since: number): Promise<number> {
    const current = await this.releases.currentId()
    if (current === null) throw new AppError('NO_CURRENT_RELEASE', 'No release has been published yet; try again shortly.')
    if (since > current) {
      throw new AppError(
        'SINCE_AHEAD',
        `Release ${since} is newer than the current release ${current}: this instance has not seen the latest publish yet. Retry shortly with the same since.`,
      )
    }
    return current
  }

  /** The release a cursor syncs to: one that exists and is not older than `since` (a forged one is refused). */
  private async releaseOfCursor(position: FeedPosition): Promise<number> {
    const refused = invalidCursor('The cursor names releases that cannot be compared; start again without a cursor.')
    if (position.u < position.s) throw refused
    try {
      await this.releases.assertExists(position.u)
    } catch (error) {
      if (error instanceof AppError && error.code === 'RELEASE_NOT_FOUND') throw refused
      throw error
    }
    return position.u
  }
}

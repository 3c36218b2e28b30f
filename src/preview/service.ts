import type { Executor } from '../db/executor.js'
import { max } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { draftRevisions } from '../db/schema.js'
import type { Publisher } from '../publishing/publisher.js'
import type { Snapshot } from '../read/context.js'
import { findCurrentReleaseId } from '../releases/repository.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import type { ReleaseService } from '../releases/service.js'

/**
 * Preview (`release=draft`): the current release with every pending draft laid over it, for keys with
 * content:preview. It is materialised as a release of its own (source `preview`), whose draft versions
 * carry the numbers they will be published as, so every read path (SQL filters, policies, search,
 * catalogues, GraphQL relations) serves it unchanged. It is never current, never listed, never
 * pinnable and never cached in the response cache; it is rebuilt when the drafts or the current
 * release change, and dropped before anything is published.
 *
 * A preview is identified by its stamp: the current release and the last draft revision. Every draft
 * change appends a revision, so an unchanged stamp means unchanged drafts.
 */
export class PreviewService {
  private last: { stamp: string; releaseId: number } | null = null
  private building: Promise<number> | null = null

  constructor(
    private readonly db: AppDatabase,
    private readonly releases: ReleaseService,
    private readonly publisher: Publisher,
    private readonly cache?: ReleaseCache,
  ) {}

  /** The snapshot a preview read is served from, built if the drafts changed since the last one. */
  async snapshot(): Promise<Snapshot> {
    const stamp = await this.stamp(this.db)
    if (this.last?.stamp === stamp) return previewSnapshot(this.last.releaseId)
    // Requests that find the same stale stamp share one build.
    this.building ??= this.build().finally(() => {
      this.building = null
    })
    return previewSnapshot(await this.building)
  }

  private async stamp(db: Executor): Promise<string> {
    // One after the other: within the build's transaction, db is one connection.
    const current = db === this.db ? await this.releases.currentId() : await findCurrentReleaseId(db)
    const [revision] = await db.select({ id: max(draftRevisions.id) }).from(draftRevisions)
    return `preview of release ${current ?? 0} at draft revision ${revision?.id ?? 0}`
  }

  private async build(): Promise<number> {
    // The publisher builds it under the publish lock, stamped as the drafts are then.
    const releaseId = await this.publisher.buildPreview((tx) => this.stamp(tx))
    // The catalogues read from the previous preview are never read again (its rows are deleted): each
    // edit-then-preview round would otherwise leave them in the release cache until evicted.
    const previous = this.last?.releaseId
    if (previous !== undefined && previous !== releaseId.id) this.cache?.forgetRelease(previous)
    this.last = { stamp: releaseId.stamp, releaseId: releaseId.id }
    return releaseId.id
  }
}

function previewSnapshot(releaseId: number): Snapshot {
  return { releaseId, pinned: false, preview: true }
}

import type { Tx } from '../db/executor.js'
import type { Caller } from '../caller/caller.js'
import { desc, eq, sql } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { releases } from '../db/schema.js'
import type { ReleaseService } from '../releases/service.js'
import { publishDrafts, type DraftSelection, type PublishOptions, type PublishResult } from './drafts.js'
import { writePreview } from './previews.js'
import { deletePreviews } from './release-writer.js'
import { rollBack, type Rollback } from './rollback.js'

/** Held by every transaction that publishes or builds a preview, so they run one at a time. */
const PUBLISH_LOCK = 7_340_002

/** What one publish does in its transaction, beyond what the publisher does for every publish. */
export interface PublishWork<T> {
  /**
   * Runs first, before the publish lock: claims what the publish is for (a due schedule, skipping one
   * another instance holds). False: there is nothing to publish, and the transaction ends there.
   */
  claim?: (tx: Tx) => Promise<boolean>
  /** Runs under the publish lock; writes the release through `publish`, and whatever else belongs with it through `publish.tx`. */
  run: (publish: PublishTransaction) => Promise<T>
}

/**
 * The one way content gets published: the API, schedules, rollbacks and imports all come through
 * `publish`, and preview builds through `buildPreview`. Each is one transaction that takes the publish
 * lock once; a publish checks the content rules, appends versions, revisions, events and audit rows,
 * writes the release, and once committed makes this instance serve it (the others hear of it through
 * the NOTIFY its event sends).
 */
export class Publisher {
  constructor(
    private readonly db: AppDatabase,
    private readonly releases: ReleaseService,
  ) {}

  publish<T>(work: PublishWork<T> & { claim?: undefined }): Promise<T>
  publish<T>(work: PublishWork<T>): Promise<T | null>
  async publish<T>(work: PublishWork<T>): Promise<T | null> {
    const outcome = await this.db.transaction(async (tx) => {
      if (work.claim && !(await work.claim(tx))) return null
      // The publish lock before any draft's row lock, in every publish: two publishes cannot wait on each other.
      await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`)
      const publish = new PublishTransaction(tx)
      return { value: await work.run(publish), releaseId: publish.releaseId }
    })
    if (outcome === null) return null
    if (outcome.releaseId !== null) this.releases.adoptCurrent(outcome.releaseId)
    return outcome.value
  }

  /**
   * Builds the preview of the drafts stamped `stampOf` gives under the lock, unless one with that stamp
   * exists; returns the stamp and the preview release's id. Publishing and preview builds take turns: a
   * preview version holds the number its draft will be published as, and a publish drops every preview first.
   */
  async buildPreview(stampOf: (tx: Tx) => Promise<string>): Promise<{ stamp: string; id: number }> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`)
      const stamp = await stampOf(tx)
      const [built] = await tx.select({ id: releases.id }).from(releases).where(eq(releases.note, stamp)).orderBy(desc(releases.id)).limit(1)
      if (built) return { stamp, id: built.id }
      await deletePreviews(tx)
      return { stamp, id: await writePreview(tx, stamp) }
    })
  }
}

/** A publish under way: its transaction, holding the publish lock, and the release it made current. */
export class PublishTransaction {
  releaseId: number | null = null

  constructor(readonly tx: Tx) {}

  /** Publishes the approved drafts (or the selected ones) as a new release. */
  async drafts(editor: Caller, selection: DraftSelection, source: 'publish' | 'schedule' | 'import', options: PublishOptions = {}): Promise<PublishResult> {
    const result = await publishDrafts(this.tx, editor, selection, source, options)
    this.releaseId = result.releaseId
    return result
  }

  /** Publishes an earlier release's mapping as a new release. */
  async rollBack(editor: Caller, releaseId: number, note: string): Promise<Rollback> {
    const result = await rollBack(this.tx, editor, releaseId, note)
    this.releaseId = result.releaseId
    return result
  }
}

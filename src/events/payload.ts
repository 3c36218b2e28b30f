import type { AppDatabase } from '../db/database.js'
import type { ContentPolicy } from '../keys/schemas.js'
import { compareReleases } from '../releases/repository.js'
import { releaseEventTypes, type EventRow } from './repository.js'

/** A Standard Webhooks payload; /v1/events sends the same `data`. */
export interface EventPayload {
  type: string
  timestamp: string
  data: Record<string, unknown>
}

/**
 * Thin payloads: the event type, release ids, counts of what changed and where to read it, as a content
 * policy sees them, and never a document's content or id.
 */
export class EventPayloads {
  constructor(
    private readonly db: AppDatabase,
    private readonly publicUrl = '',
  ) {}

  async build(event: EventRow, policy: ContentPolicy | null): Promise<EventPayload> {
    return { type: event.type, timestamp: event.at.toISOString(), data: await this.data(event, policy) }
  }

  private async data(event: EventRow, policy: ContentPolicy | null): Promise<Record<string, unknown>> {
    const detail = event.data as Record<string, unknown>
    if (releaseEventTypes.includes(event.type as never) && event.releaseId !== null) {
      return {
        ...(await this.releaseChanges(event.releaseId, event.previousReleaseId, policy)),
        source: detail.source,
        ...(detail.scheduleId === undefined ? {} : { scheduleId: detail.scheduleId }),
      }
    }
    if (event.type === 'schedule.failed') {
      const error = (detail.error ?? {}) as { code?: unknown; detail?: unknown }
      // Draft ids in the detail are outside any content policy: a filtered subscription gets the code only.
      return { scheduleId: detail.scheduleId, publishAt: detail.publishAt, code: error.code, ...(policy === null ? { detail: error.detail } : {}) }
    }
    if (event.type === 'key.revoked') return { keyId: detail.keyId }
    return {}
  }

  /** The counts of what a release changed from the one before it, through a policy. */
  async releaseChanges(releaseId: number, previousReleaseId: number | null, policy: ContentPolicy | null) {
    const changes = await compareReleases(this.db, previousReleaseId, releaseId, policy)
    return {
      releaseId,
      previousReleaseId,
      counts: { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length },
      changesUrl: `${this.publicUrl}/v1/changes?since=${previousReleaseId ?? 0}`,
    }
  }
}

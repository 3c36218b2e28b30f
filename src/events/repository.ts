import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm'
import { events, webhookDeliveries, webhooks } from '../db/schema.js'
import type { Executor } from '../db/executor.js'

/** One channel carries every event to every instance; the row, not the notification, is the record. */
export const EVENT_CHANNEL = 'content_events'

export const eventTypes = ['release.published', 'release.rolled_back', 'schedule.failed', 'key.revoked'] as const
export type EventType = (typeof eventTypes)[number]

/** Events that move the current release: what /v1/events streams and /v1/changes follows. */
export const releaseEventTypes: readonly EventType[] = ['release.published', 'release.rolled_back']

export type EventRow = typeof events.$inferSelect

export interface NewEvent {
  type: EventType
  releaseId?: number | null
  previousReleaseId?: number | null
  data: Record<string, unknown>
}

/** What NOTIFY carries: enough to act on without a query (the pointer, a key to forget). */
export interface EventNotice {
  id: number
  type: EventType
  releaseId: number | null
  subject?: string
}

/**
 * Appends an event in the caller's transaction, queues a delivery for every webhook subscribed to its
 * type (a disabled one's wait until it is enabled again), and announces it on commit. Rolled back with the change, so an event exists
 * exactly when its change does.
 */
export async function appendEvent(tx: Executor, event: NewEvent, subject?: string): Promise<EventRow> {
  const [row] = await tx
    .insert(events)
    .values({ type: event.type, releaseId: event.releaseId ?? null, previousReleaseId: event.previousReleaseId ?? null, data: event.data })
    .returning()
  if (!row) throw new Error('event insert returned no row')
  await tx.execute(sql`
    insert into ${webhookDeliveries} (webhook_id, event_id, message_id, event_type, state, ordered)
    select ${webhooks.id}, ${row.id}, ${`msg_evt${row.id}`}, ${row.type}, 'pending', true
    from ${webhooks}
    where ${row.type} = any(${webhooks.eventTypes})`)
  const notice: EventNotice = { id: row.id, type: event.type, releaseId: row.releaseId, ...(subject ? { subject } : {}) }
  await tx.execute(sql`select pg_notify(${EVENT_CHANNEL}, ${JSON.stringify(notice)})`)
  return row
}

/** Events after `afterId`, oldest first, optionally of some types only. */
export function eventsAfter(db: Executor, afterId: number, options: { types?: readonly EventType[]; limit: number }): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(and(gt(events.id, afterId), options.types ? inArray(events.type, [...options.types]) : undefined))
    .orderBy(asc(events.id))
    .limit(options.limit)
}

export async function lastEventId(db: Executor): Promise<number> {
  const [row] = await db.select({ id: sql<number>`coalesce(max(${events.id}), 0)` }).from(events)
  return Number(row?.id ?? 0)
}

export async function findEvent(db: Executor, id: number): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id)).limit(1)
  return row ?? null
}

import type { DatabaseHandle } from '../db/database.js'
import { EVENT_CHANNEL, eventTypes, type EventNotice } from './repository.js'

type Handler = (notice: EventNotice) => void
type StatusHandler = (listening: boolean) => void

/**
 * The event bus of one instance: every committed event, from this instance or another, through the
 * database's NOTIFY (in-process on the embedded database). A notice only says that an event exists;
 * consumers that must not miss one (streams, webhooks) read the events table after the last id they
 * handled, and catch up whenever the bus starts listening again after a lost connection.
 */
export class EventBus {
  private readonly handlers = new Set<Handler>()
  private readonly statusHandlers = new Set<StatusHandler>()

  on(handler: Handler): () => void {
    this.handlers.add(handler)
    return () => this.handlers.delete(handler)
  }

  /** `false`: notices may be missed until the next `true`, when consumers should catch up from the table. */
  onStatus(handler: StatusHandler): () => void {
    this.statusHandlers.add(handler)
    return () => this.statusHandlers.delete(handler)
  }

  /** Listens until the returned function is called. */
  listen(database: DatabaseHandle): Promise<() => Promise<void>> {
    return database.listen(
      EVENT_CHANNEL,
      (payload) => {
        const notice = parseNotice(payload)
        if (notice) this.emit(notice)
      },
      (listening) => {
        for (const handler of this.statusHandlers) handler(listening)
      },
    )
  }

  private emit(notice: EventNotice): void {
    for (const handler of this.handlers) handler(notice)
  }
}

const known = new Set<string>(eventTypes)

function parseNotice(payload: string): EventNotice | null {
  try {
    const value = JSON.parse(payload) as Partial<EventNotice>
    if (!Number.isSafeInteger(value.id) || typeof value.type !== 'string' || !known.has(value.type)) return null
    return {
      id: value.id!,
      type: value.type,
      releaseId: typeof value.releaseId === 'number' ? value.releaseId : null,
      ...(typeof value.subject === 'string' ? { subject: value.subject } : {}),
    }
  } catch {
    return null
  }
}

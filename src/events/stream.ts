import type { ServerResponse } from 'node:http'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import type { Principal } from '../keys/service.js'
import type { EventBus } from './bus.js'
import type { ContentPolicy } from '../keys/schemas.js'
import type { EventPayload, EventPayloads } from './payload.js'
import { eventsAfter, lastEventId, releaseEventTypes, type EventRow } from './repository.js'

export interface StreamOptions {
  maxStreamsPerKey: number
  heartbeatMs: number
}

// Events sent per query while catching up; a stream far behind reads the log in pages of this size.
const PAGE = 100
// Payloads kept for the streams of this instance: a few recent events times the policies in use.
const PAYLOADS_KEPT = 256

/**
 * Server-sent release events for /v1/events: from the events table, after the id a client last saw
 * (Last-Event-ID) or from now, so a stream that resumes misses nothing. The bus only says when to look.
 */
export class EventStreams {
  private readonly open = new Map<string, Set<Stream>>()
  // Streams of keys with the same policy send the same payload for an event: it is computed once. Events
  // are immutable and so are the releases they name, so an entry never goes stale; only the count is bounded.
  private readonly payloadCache = new Map<string, Promise<EventPayload>>()

  constructor(
    private readonly db: AppDatabase,
    bus: EventBus,
    private readonly payloads: EventPayloads,
    private readonly options: StreamOptions,
  ) {
    bus.on((notice) => {
      if (releaseEventTypes.includes(notice.type)) for (const stream of this.all()) stream.catchUp()
      // A revoked key's streams end at once, on every instance.
      if (notice.type === 'key.revoked' && notice.subject) for (const stream of this.open.get(notice.subject) ?? []) stream.end()
    })
    bus.onStatus((listening) => {
      if (listening) for (const stream of this.all()) stream.catchUp()
    })
  }

  /** Refuses a key that has its quota of streams open; call before answering. */
  admit(principal: Principal): void {
    if ((this.open.get(ownerOf(principal))?.size ?? 0) >= this.options.maxStreamsPerKey) {
      throw new AppError('TOO_MANY_STREAMS', `This key has ${this.options.maxStreamsPerKey} event streams open, the most it may; close one first.`)
    }
  }

  /** Streams to `response` until the client goes away, the key is revoked, or the server closes. */
  async start(
    principal: Principal,
    response: ServerResponse,
    headers: Record<string, string | number | string[]>,
    lastSeen: number | undefined,
  ): Promise<void> {
    this.admit(principal)
    const after = lastSeen ?? (await lastEventId(this.db))
    const owner = ownerOf(principal)
    const stream = new Stream(
      this.db,
      (row) => this.payload(row, principal.policy),
      response,
      after,
      this.options.heartbeatMs,
      () => {
        const streams = this.open.get(owner)
        streams?.delete(stream)
        if (streams?.size === 0) this.open.delete(owner)
      },
    )
    this.open.set(owner, (this.open.get(owner) ?? new Set()).add(stream))
    response.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' })
    // Clients reconnect after 3 s, sending the id of the last event they saw.
    response.write('retry: 3000\n\n')
    stream.catchUp()
  }

  /** Ends every stream (the server is closing). */
  closeAll(): void {
    for (const stream of this.all()) stream.end()
  }

  private payload(row: EventRow, policy: ContentPolicy | null): Promise<EventPayload> {
    const key = `${row.id}:${JSON.stringify(policy)}`
    let payload = this.payloadCache.get(key)
    if (!payload) {
      payload = this.payloads.build(row, policy)
      payload.catch(() => this.payloadCache.delete(key))
      this.payloadCache.set(key, payload)
      if (this.payloadCache.size > PAYLOADS_KEPT) this.payloadCache.delete(this.payloadCache.keys().next().value!)
    }
    return payload
  }

  private *all(): Generator<Stream> {
    for (const streams of this.open.values()) yield* [...streams]
  }
}

function ownerOf(principal: Principal): string {
  return principal.keyId ?? 'anonymous'
}

class Stream {
  private queue: Promise<void> = Promise.resolve()
  private readonly heartbeat: NodeJS.Timeout
  private ended = false

  constructor(
    private readonly db: AppDatabase,
    private readonly payloadOf: (row: EventRow) => Promise<EventPayload>,
    private readonly response: ServerResponse,
    private lastId: number,
    heartbeatMs: number,
    private readonly onEnd: () => void,
  ) {
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), heartbeatMs)
    response.on('close', () => this.end())
  }

  /** Sends every release event after the last one sent, in order; calls queue behind each other. */
  catchUp(): void {
    this.queue = this.queue.then(() => this.send()).catch(() => this.end())
  }

  private async send(): Promise<void> {
    for (;;) {
      if (this.ended) return
      const rows = await eventsAfter(this.db, this.lastId, { types: releaseEventTypes, limit: PAGE })
      for (const row of rows) {
        const payload = await this.payloadOf(row)
        this.write(`id: ${row.id}\nevent: ${row.type}\ndata: ${JSON.stringify(payload)}\n\n`)
        this.lastId = row.id
      }
      if (rows.length < PAGE) return
    }
  }

  private write(chunk: string): void {
    if (!this.ended && !this.response.writableEnded) this.response.write(chunk)
  }

  end(): void {
    if (this.ended) return
    this.ended = true
    clearInterval(this.heartbeat)
    if (!this.response.writableEnded) this.response.end()
    this.onEnd()
  }
}

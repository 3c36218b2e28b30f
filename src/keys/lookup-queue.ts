import type { ApiKeyRow } from './repository.js'

/** Ids looked up by one statement. */
export const LOOKUP_BATCH = 100

/** The queue is full: looking the id up would wait longer than about a second. */
export class LookupsBusy extends Error {
  override name = 'LookupsBusy'
  // PostgreSQL's class 53 (insufficient resources): whoever cannot tell it apart answers 503, as for a full pool.
  readonly code = '53400'
}

interface Waiter {
  resolve: (row: ApiKeyRow | null) => void
  reject: (error: unknown) => void
}

/**
 * The global budget for looking up key ids this instance has not seen: at most `perSecond` statements
 * a second, one at a time, each for up to LOOKUP_BATCH ids, so a flood of random ids (from one address
 * or many) becomes a bounded number of queries, while every id, a new valid key's among them, is still
 * looked up. At most one second's worth of ids wait; past that, and past half of it for callers already
 * over their failure budget, a new id is refused with LookupsBusy rather than queued.
 */
export class KeyLookupQueue {
  private readonly pending = new Map<string, Waiter[]>()
  private readonly capacity: number
  private readonly intervalMs: number
  private timer: NodeJS.Timeout | undefined
  private running = false
  private lastStart = -Infinity
  private closed = false

  constructor(
    private readonly lookup: (ids: string[]) => Promise<ApiKeyRow[]>,
    perSecond: number,
  ) {
    this.intervalMs = 1000 / perSecond
    this.capacity = Math.max(LOOKUP_BATCH, Math.round(perSecond * LOOKUP_BATCH))
  }

  /** Ids waiting for their statement now. */
  get waiting(): number {
    return this.pending.size
  }

  find(id: string, lowPriority = false): Promise<ApiKeyRow | null> {
    const waiters = this.pending.get(id)
    if (!waiters && (this.closed || this.pending.size >= (lowPriority ? this.capacity / 2 : this.capacity))) {
      return Promise.reject(new LookupsBusy('Too many unknown key ids to look up right now.'))
    }
    return new Promise((resolve, reject) => {
      if (waiters) waiters.push({ resolve, reject })
      else this.pending.set(id, [{ resolve, reject }])
      this.schedule()
    })
  }

  close(): void {
    this.closed = true
    clearTimeout(this.timer)
    this.timer = undefined
    const error = new LookupsBusy('The service is shutting down.')
    for (const waiters of this.pending.values()) for (const waiter of waiters) waiter.reject(error)
    this.pending.clear()
  }

  private schedule(): void {
    if (this.running || this.timer || this.pending.size === 0 || this.closed) return
    const wait = Math.max(0, this.lastStart + this.intervalMs - Date.now())
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.run()
    }, wait)
  }

  private async run(): Promise<void> {
    const batch: [string, Waiter[]][] = []
    for (const entry of this.pending) {
      batch.push(entry)
      if (batch.length === LOOKUP_BATCH) break
    }
    for (const [id] of batch) this.pending.delete(id)
    this.running = true
    this.lastStart = Date.now()
    try {
      const rows = new Map((await this.lookup(batch.map(([id]) => id))).map((row) => [row.id, row]))
      for (const [id, waiters] of batch) for (const waiter of waiters) waiter.resolve(rows.get(id) ?? null)
    } catch (error) {
      for (const [, waiters] of batch) for (const waiter of waiters) waiter.reject(error)
    } finally {
      this.running = false
      this.schedule()
    }
  }
}

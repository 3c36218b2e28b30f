import { LRUCache } from 'lru-cache'
import { estimateHeapBytes } from '../memory/heap-size.js'

// What a load counts for until it resolves: it holds little until then (its rows are work in flight).
const PENDING_BYTES = 1024
// A key, the promise and the LRU's bookkeeping.
const ENTRY_OVERHEAD = 256
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024

export interface ReleaseCacheStats {
  entries: number
  bytes: number
  maxBytes: number
  /** Entries dropped to stay within maxBytes. */
  evictions: number
}

/**
 * Releases never change, so anything computed from one release can be kept until memory pressure
 * evicts it. Keys always start with the release id, and are made of the release and the policy only,
 * never of a request's input (responses to those are kept as bytes by the response cache). Concurrent
 * misses share one load. The cache is bounded by bytes (its part of the heap, src/memory/budget.ts):
 * a load counts for its estimated heap size once it resolves, whatever the number of releases and
 * policies read.
 */
export class ReleaseCache {
  // A fresh holder each time: lru-cache only recounts an entry's size when its value changes.
  private readonly entries: LRUCache<string, { value: Promise<unknown> }>
  private evictions = 0

  constructor(readonly maxBytes = DEFAULT_MAX_BYTES) {
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (_value, key) => PENDING_BYTES + key.length,
      dispose: (_value, _key, reason) => {
        if (reason === 'evict') this.evictions++
      },
    })
  }

  get<T>(releaseId: number, key: string, load: () => Promise<T>): Promise<T> {
    const cacheKey = `${releaseId}\u0000${key}`
    const hit = this.entries.get(cacheKey)
    if (hit) return hit.value as Promise<T>
    const pending = load()
    this.entries.set(cacheKey, { value: pending })
    pending.then(
      (value) => {
        // Still the entry (not evicted or dropped meanwhile): it now counts for what it holds. One
        // larger than the whole cache is dropped by the LRU; the caller still gets its value.
        if (this.entries.peek(cacheKey)?.value !== pending) return
        this.entries.set(cacheKey, { value: pending }, { size: estimateHeapBytes(value) + cacheKey.length + ENTRY_OVERHEAD })
      },
      () => {
        if (this.entries.peek(cacheKey)?.value === pending) this.entries.delete(cacheKey)
      },
    )
    return pending
  }

  /** Drops everything computed from one release (a preview that was rebuilt, whose rows are gone). */
  forgetRelease(releaseId: number): void {
    const prefix = `${releaseId}\u0000`
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key)
  }

  stats(): ReleaseCacheStats {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize, maxBytes: this.maxBytes, evictions: this.evictions }
  }
}

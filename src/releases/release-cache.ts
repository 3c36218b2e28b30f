import { LRUCache } from 'lru-cache'
import { estimateHeapBytes } from '../memory/heap-size.js'

// What a load counts for until it resolves: it holds little until then (its rows are work in flight).
const PENDING_BYTES = 1024
// A key, the promise and the LRU's bookkeeping.
const ENTRY_OVERHEAD = 256
// A shared object's key and its place in the table of shared objects.
const SHARED_OVERHEAD = 128
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024

export interface ReleaseCacheStats {
  entries: number
  /** Everything the cache holds: its entries' own bytes and the shared objects they hold. */
  bytes: number
  maxBytes: number
  /** Entries dropped to stay within maxBytes. */
  evictions: number
  /** Objects shared between entries (a document version held by many releases), and their bytes. */
  shared: number
  sharedBytes: number
}

interface Holder {
  value: Promise<unknown>
  /** Keys of the shared objects this entry holds a reference on, once it resolved. */
  shared?: string[]
}

interface SharedObject {
  value: object
  bytes: number
  refs: number
}

/**
 * Releases never change, so anything computed from one release can be kept until memory pressure
 * evicts it. Keys always start with the release id, and are made of the release and the policy only,
 * never of a request's input (responses to those are kept as bytes by the response cache). Concurrent
 * misses share one load. The cache is bounded by bytes (its part of the heap, src/memory/budget.ts):
 * a load counts for its estimated heap size once it resolves, whatever the number of releases and
 * policies read.
 *
 * Consecutive releases hold nearly the same documents, so what is made from one document version
 * (its parsed item) is made once and shared by every entry that holds it (`shared`). A shared object
 * counts once, for as long as any entry holds it, and entries count only what is theirs: seventy
 * releases that differ by one edit each cost about one catalogue's items, not seventy.
 */
export class ReleaseCache {
  // A fresh holder each time: lru-cache only recounts an entry's size when its value changes.
  private readonly entries: LRUCache<string, Holder>
  private evictions = 0
  /** Shared objects held by at least one resolved entry, by their key. */
  private readonly held = new Map<string, SharedObject>()
  /** Every shared object made, with its key and size, until it is garbage. */
  private readonly made = new WeakMap<object, { key: string; bytes: number }>()
  private heldBytes = 0

  constructor(readonly maxBytes = DEFAULT_MAX_BYTES) {
    this.entries = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (_value, key) => PENDING_BYTES + key.length,
      dispose: (holder, _key, reason) => {
        if (reason === 'evict') this.evictions++
        for (const key of holder.shared ?? []) this.letGo(key)
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
        const shared: string[] = []
        const own = estimateHeapBytes(value, (object) => this.holdIfShared(object, shared))
        const holder: Holder = { value: pending, shared }
        this.entries.set(cacheKey, holder, { size: own + cacheKey.length + ENTRY_OVERHEAD })
        // Refused as larger than the whole cache: it holds nothing.
        if (this.entries.peek(cacheKey) !== holder) for (const key of shared) this.letGo(key)
        this.trim()
      },
      () => {
        if (this.entries.peek(cacheKey)?.value === pending) this.entries.delete(cacheKey)
      },
    )
    return pending
  }

  /**
   * The one object made for `key` (a document version, say) while an entry holds it; otherwise
   * `make`'s, which entries that resolve holding it then share. Keys name immutable inputs only.
   */
  shared<T extends object>(key: string, make: () => T): T {
    const held = this.held.get(key)
    if (held) return held.value as T
    const value = make()
    this.made.set(value, { key, bytes: estimateHeapBytes(value) + key.length + SHARED_OVERHEAD })
    return value
  }

  /** The key a shared object was made for; undefined for any other object. */
  sharedKeyOf(value: object): string | undefined {
    return this.made.get(value)?.key
  }

  /** Whether an entry holds any shared object whose key starts with `prefix`. */
  holdsSharedStartingWith(prefix: string): boolean {
    for (const key of this.held.keys()) if (key.startsWith(prefix)) return true
    return false
  }

  /** The object held for `key`, if an entry holds one. */
  sharedValue<T extends object>(key: string): T | undefined {
    return this.held.get(key)?.value as T | undefined
  }

  /** Drops everything computed from one release (a preview that was rebuilt, whose rows are gone). */
  forgetRelease(releaseId: number): void {
    const prefix = `${releaseId}\u0000`
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key)
  }

  stats(): ReleaseCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.entries.calculatedSize + this.heldBytes,
      maxBytes: this.maxBytes,
      evictions: this.evictions,
      shared: this.held.size,
      sharedBytes: this.heldBytes,
    }
  }

  /**
   * Called once per object of a resolving entry: a shared object is counted in the table, not in the
   * entry. Another object made for a key already held (two loads raced) stays the entry's own.
   */
  private holdIfShared(object: object, holds: string[]): boolean {
    const made = this.made.get(object)
    if (!made) return false
    const held = this.held.get(made.key)
    if (held && held.value !== object) return false
    if (held) held.refs++
    else {
      this.held.set(made.key, { value: object, bytes: made.bytes, refs: 1 })
      this.heldBytes += made.bytes
    }
    holds.push(made.key)
    return true
  }

  private letGo(key: string): void {
    const held = this.held.get(key)
    if (!held || --held.refs > 0) return
    this.held.delete(key)
    this.heldBytes -= held.bytes
  }

  /** The LRU bounds entries' own bytes; shared objects count too, so drop the least recent until both fit. */
  private trim(): void {
    while (this.entries.calculatedSize + this.heldBytes > this.maxBytes && this.entries.size > 0) this.entries.pop()
  }
}

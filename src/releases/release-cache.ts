import { LRUCache } from 'lru-cache'

/**
 * Releases never change, so anything computed from one release can be kept until memory pressure
 * evicts it. Keys always start with the release id, and are made of the release and the policy only,
 * never of a request's input (responses to those are kept as bytes by the response cache), so the
 * number of entries is bounded. Concurrent misses share one load.
 */
export class ReleaseCache {
  private readonly entries: LRUCache<string, Promise<unknown>>

  constructor(maxEntries = 300) {
    this.entries = new LRUCache({ max: maxEntries })
  }

  get<T>(releaseId: number, key: string, load: () => Promise<T>): Promise<T> {
    const cacheKey = `${releaseId}\u0000${key}`
    const hit = this.entries.get(cacheKey)
    if (hit) return hit as Promise<T>
    const pending = load()
    this.entries.set(cacheKey, pending)
    pending.catch(() => this.entries.delete(cacheKey))
    return pending
  }
}

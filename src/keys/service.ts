import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import { estimateHeapBytes } from '../memory/heap-size.js'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import { isUnavailable } from '../db/unavailable.js'
import { KeyLookupQueue, LookupsBusy } from './lookup-queue.js'
import { findKey, findKeys, insertKey, listKeys, recordUse, revokeKey, type ApiKeyRow } from './repository.js'
import { contentPolicy, policyConflict, policyPresets, type ApiKeyView, type ContentPolicy, type PolicyPreset } from './schemas.js'
import type { Actor, Scope } from '../caller/caller.js'

export interface Principal {
  /** null for the anonymous caller that development mode lets in. */
  keyId: string | null
  name: string
  scopes: ReadonlySet<Scope>
  policy: ContentPolicy | null
  rateLimit: number | null
}

export const KEY_PATTERN = /^msb_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/
/** Defaults; see KeyCacheOptions. */
export const KEY_CACHE_TTL_MS = 300_000
export const UNLISTENED_TTL_MS = 5_000
export const KEY_CACHE_STALE_IF_ERROR_MS = 3_600_000
export const KEY_LOOKUPS_PER_SECOND = 50
// After a lookup found the database unreachable, keys are served from the stale cache without trying
// again for this long, so an outage costs one slow lookup a second, not one per request.
const UNAVAILABLE_RETRY_MS = 1_000
const MISS_TTL_MS = 60_000
const DEFAULT_CACHE_BYTES = 4 * 1024 * 1024
// An LRU entry's bookkeeping: its key, slots, TTL start and size.
const LOOKUP_OVERHEAD = 128
// The principal made from a row (kept beside it in a WeakMap): its scopes' Set and parsed policy.
const PRINCIPAL_BYTES = 512
const USE_FLUSH_MS = 60_000
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

const sha256 = (value: string) => createHash('sha256').update(value).digest()

export interface NewKey {
  name: string
  scopes: Scope[]
  policy?: ContentPolicy | undefined
  /** A named policy, stored expanded; never with `policy`. */
  preset?: PolicyPreset | undefined
  rateLimit?: number | undefined
  expiresAt?: string | undefined
}

export interface KeyCacheOptions {
  /** How long a key read from the database is trusted while the event bus listens (revocations arrive on it). */
  cacheTtlMs?: number
  /** While the bus does not listen (a notice may be missed), how long a key read is trusted: 5 s. */
  unlistenedTtlMs?: number
  /** How long past its trust a key read is still used when the database cannot be reached (0: never). */
  staleIfErrorMs?: number
  /** The global budget of lookup statements a second for ids this instance has not seen. */
  lookupsPerSecond?: number
  cacheSize?: number
  /** The bytes key lookups may hold (their share of the heap part of the memory budget). */
  maxBytes?: number
}

interface CachedKey {
  row: ApiKeyRow
  /** When the lookup that read it was asked for (ms): no later than the row's state. */
  readAt: number
}

export class KeyService {
  // Keys read from the database, trusted for cacheTtlMs while the event bus listens, since a revocation
  // reaches every instance on it at once; 5 s after the read otherwise. Ids that do not exist are
  // remembered apart: guessing ids cannot push real keys out of the cache. Revocation is final, so
  // revoked ids are remembered apart too and refused without a lookup, even during an outage.
  private readonly lookups: LRUCache<string, CachedKey>
  private readonly misses: LRUCache<string, true>
  private readonly revoked: LRUCache<string, true>
  private readonly queue: KeyLookupQueue
  private readonly principals = new WeakMap<ApiKeyRow, Principal>()
  private readonly used = new Set<string>()
  private readonly flushTimer: NodeJS.Timeout
  private readonly cacheTtlMs: number
  private readonly unlistenedTtlMs: number
  private readonly staleIfErrorMs: number
  /** Since when the bus has listened without a gap; null while it does not (and before it first does). */
  private listeningSince: number | null = null
  private unavailableUntil = -Infinity

  constructor(
    private readonly db: AppDatabase,
    options: KeyCacheOptions = {},
  ) {
    const max = options.cacheSize ?? 10_000
    this.cacheTtlMs = options.cacheTtlMs ?? KEY_CACHE_TTL_MS
    this.unlistenedTtlMs = Math.min(options.unlistenedTtlMs ?? UNLISTENED_TTL_MS, this.cacheTtlMs)
    this.staleIfErrorMs = options.staleIfErrorMs ?? KEY_CACHE_STALE_IF_ERROR_MS
    // Bounded by bytes too (the key lookups' part of the heap, src/memory/budget.ts); misses and revoked ids a tenth each.
    const maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES
    const idBytes = { max, maxSize: Math.max(1024, Math.floor(maxBytes / 10)), sizeCalculation: (_entry: true, id: string) => id.length + LOOKUP_OVERHEAD }
    this.lookups = new LRUCache({
      max,
      maxSize: maxBytes,
      sizeCalculation: (entry, id) => estimateHeapBytes(entry.row) + id.length + LOOKUP_OVERHEAD + PRINCIPAL_BYTES,
    })
    this.misses = new LRUCache({ ...idBytes, ttl: MISS_TTL_MS })
    this.revoked = new LRUCache(idBytes)
    this.queue = new KeyLookupQueue((ids) => findKeys(this.db, ids), options.lookupsPerSecond ?? KEY_LOOKUPS_PER_SECOND)
    this.flushTimer = setInterval(() => void this.flushUsage().catch(() => {}), USE_FLUSH_MS)
    this.flushTimer.unref()
  }

  /**
   * The event bus started (true) or stopped (false) listening. Notices sent while it did not listen
   * are lost, so keys read before it listened again are looked up again on their next use.
   */
  listenerStatus(listening: boolean, at = Date.now()): void {
    if (!listening) this.listeningSince = null
    else if (this.listeningSince === null) this.listeningSince = at
  }

  /** Creates a key; the audit row names `actor` (the caller's key, or the CLI) and never the secret. */
  async create(given: NewKey, actor?: Actor): Promise<ApiKeyView & { key: string }> {
    if (given.preset !== undefined && given.policy !== undefined) {
      const message = 'give a preset or a policy, not both'
      throw new AppError('VALIDATION_FAILED', `This key cannot be made: ${message}.`, [{ location: 'body', field: 'preset', message }])
    }
    const input = given.preset === undefined ? given : { ...given, policy: { ...policyPresets[given.preset] } }
    const conflict = policyConflict(input)
    if (conflict) {
      const errors = [
        { location: 'body', field: 'policy', message: conflict },
        { location: 'body', field: 'scopes', message: conflict },
      ]
      throw new AppError('VALIDATION_FAILED', `This key cannot be made: ${conflict}`, errors)
    }
    const id = randomId(12)
    const key = `msb_${id}_${randomBytes(32).toString('base64url')}`
    this.misses.delete(id)
    const row = await insertKey(
      this.db,
      {
        id,
        name: input.name,
        secretHash: sha256(key).toString('hex'),
        scopes: input.scopes,
        policy: input.policy ?? null,
        rateLimit: input.rateLimit ?? null,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      },
      actor,
    )
    return { ...toView(row), key }
  }

  /**
   * The principal of a valid key. A key this instance has read recently costs no query (its secret is
   * checked against the cached row); an id it has not seen goes through the global lookup queue
   * (`lowPriority` for callers over their failure budget). While the database cannot be reached, a key
   * read before stays usable for staleIfErrorMs; revoked ones stay refused.
   */
  async authenticate(key: string, now = new Date(), options: { lowPriority?: boolean } = {}): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(key)
    if (!match) return null
    const id = match[1] as string
    if (this.revoked.has(id)) return null
    const at = now.getTime()
    const entry = this.lookups.get(id)
    if (entry && this.trusted(entry, at)) return this.principalOf(entry.row, key, now)
    if (!entry && this.misses.has(id)) return null
    const stale = entry && at - entry.readAt < this.trustMs(entry) + this.staleIfErrorMs ? entry : undefined
    if (stale && Date.now() < this.unavailableUntil) return this.principalOf(stale.row, key, now)
    let row: ApiKeyRow | null
    try {
      row = await this.queue.find(id, options.lowPriority)
    } catch (error) {
      // A full queue is not an outage: a key past its trust is not used stale because others flood.
      if (error instanceof LookupsBusy || !isUnavailable(error)) throw error
      this.unavailableUntil = Date.now() + UNAVAILABLE_RETRY_MS
      if (stale && !this.revoked.has(id)) return this.principalOf(stale.row, key, now)
      throw error
    }
    // A revocation heard while the statement ran is newer than what it read.
    if (this.revoked.has(id)) return null
    if (row?.revokedAt) this.revoked.set(id, true)
    if (row) this.lookups.set(id, { row, readAt: at })
    else {
      this.lookups.delete(id)
      this.misses.set(id, true)
    }
    return row ? this.principalOf(row, key, now) : null
  }

  /** Trusted without a lookup: read since the bus has listened without a gap, or within 5 s when it has not. */
  private trusted(entry: CachedKey, at: number): boolean {
    return at - entry.readAt < this.trustMs(entry)
  }

  private trustMs(entry: CachedKey): number {
    return this.listeningSince !== null && entry.readAt >= this.listeningSince ? this.cacheTtlMs : this.unlistenedTtlMs
  }

  private principalOf(row: ApiKeyRow, key: string, now: Date): Principal | null {
    if (!timingSafeEqual(sha256(key), Buffer.from(row.secretHash, 'hex'))) return null
    // An expiry that is not a valid date (a year below 100 read back by an older version) counts as passed.
    if (row.revokedAt || (row.expiresAt && !(row.expiresAt.getTime() > now.getTime()))) return null
    this.used.add(row.id)
    // One principal object per key row: what is derived from it (the policy's fingerprint) is computed once.
    let principal = this.principals.get(row)
    if (!principal) {
      principal = {
        keyId: row.id,
        name: row.name,
        scopes: new Set(row.scopes as Scope[]),
        policy: row.policy === null || row.policy === undefined ? null : contentPolicy.parse(row.policy),
        rateLimit: row.rateLimit,
      }
      this.principals.set(row, principal)
    }
    return principal
  }

  /** What the key lookups hold now (for /metrics). */
  cacheStats(): { entries: number; bytes: number; maxBytes: number } {
    const caches = [this.lookups, this.misses, this.revoked]
    return {
      entries: caches.reduce((sum, cache) => sum + cache.size, 0),
      bytes: caches.reduce((sum, cache) => sum + cache.calculatedSize, 0),
      maxBytes: caches.reduce((sum, cache) => sum + cache.maxSize, 0),
    }
  }

  async list(): Promise<ApiKeyView[]> {
    return (await listKeys(this.db)).map(toView)
  }

  /** Active keys made before the rule that hold both a content policy and an editorial scope: their ids only. */
  async conflictingKeys(now = new Date()): Promise<string[]> {
    return (await listKeys(this.db))
      .filter((row) => !row.revokedAt && !(row.expiresAt && row.expiresAt.getTime() <= now.getTime()) && policyConflict(row) !== null)
      .map((row) => row.id)
  }

  async get(id: string): Promise<ApiKeyView> {
    const row = await findKey(this.db, id)
    if (!row) throw new AppError('KEY_NOT_FOUND', `No API key has the id "${id}".`)
    return toView(row)
  }

  /** A key was revoked (on this instance or another, heard on the event bus): refuse it from now on. */
  forget(id: string): void {
    this.revoked.set(id, true)
    this.lookups.delete(id)
    this.misses.delete(id)
  }

  async revoke(id: string, actor?: Actor): Promise<ApiKeyView> {
    const row = await revokeKey(this.db, id, actor)
    if (!row) throw new AppError('KEY_NOT_FOUND', `No API key has the id "${id}".`)
    this.forget(id)
    return toView(row)
  }

  /** Writes last-used times: one statement per minute at most, never one per request. */
  async flushUsage(at = new Date()): Promise<void> {
    const ids = [...this.used]
    this.used.clear()
    await recordUse(this.db, ids, at)
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer)
    this.queue.close()
    await this.flushUsage().catch(() => {})
  }
}

/** ISO 8601, or null for no date or one that is not valid (so a bad stored row cannot break a listing). */
function isoOrNull(date: Date | null): string | null {
  return date && Number.isFinite(date.getTime()) ? date.toISOString() : null
}

function randomId(length: number): string {
  const bytes = randomBytes(length * 2)
  let id = ''
  for (const byte of bytes) {
    if (byte < 248) id += ALPHANUMERIC[byte % 62]
    if (id.length === length) return id
  }
  return id.padEnd(length, 'x')
}

export function toView(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: `msb_${row.id}_`,
    scopes: row.scopes as Scope[],
    policy: (row.policy as ContentPolicy | null) ?? null,
    rateLimit: row.rateLimit,
    expiresAt: isoOrNull(row.expiresAt),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    warning: policyConflict(row),
  }
}

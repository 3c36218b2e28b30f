import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import type { Actor } from '../audit/service.js'
import { estimateHeapBytes } from '../memory/heap-size.js'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import { findKey, insertKey, listKeys, recordUse, revokeKey, type ApiKeyRow } from './repository.js'
import { contentPolicy, type ApiKeyView, type ContentPolicy, type Scope } from './schemas.js'

export interface Principal {
  /** null for the anonymous caller that development mode lets in. */
  keyId: string | null
  name: string
  scopes: ReadonlySet<Scope>
  policy: ContentPolicy | null
  rateLimit: number | null
}

export const KEY_PATTERN = /^msb_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/
/** Anything in a URL or log line that looks like one of our keys (global: for replace). */
export const KEY_LIKE = /msb_[A-Za-z0-9]{12}_[A-Za-z0-9_-]+/g
/** The same, stateless, for test(). */
export const HAS_KEY = new RegExp(KEY_LIKE.source)

const LOOKUP_TTL_MS = 5_000
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
  rateLimit?: number | undefined
  expiresAt?: string | undefined
}

export class KeyService {
  // Recent lookups, so a flood of requests does not become a flood of queries. Ids that do not exist
  // are remembered apart: guessing ids cannot push real keys out of the cache.
  private readonly lookups: LRUCache<string, { row: ApiKeyRow }>
  private readonly misses: LRUCache<string, true>
  private readonly principals = new WeakMap<ApiKeyRow, Principal>()
  private readonly used = new Set<string>()
  private readonly flushTimer: NodeJS.Timeout

  constructor(
    private readonly db: AppDatabase,
    options: { lookupTtlMs?: number; cacheSize?: number; maxBytes?: number } = {},
  ) {
    const cache = { max: options.cacheSize ?? 10_000, ttl: options.lookupTtlMs ?? LOOKUP_TTL_MS }
    // Bounded by bytes too (the key lookups' part of the heap, src/memory/budget.ts), the misses a tenth.
    const maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES
    this.lookups = new LRUCache({ ...cache, maxSize: maxBytes, sizeCalculation: (entry, id) => estimateHeapBytes(entry.row) + id.length + LOOKUP_OVERHEAD + PRINCIPAL_BYTES })
    this.misses = new LRUCache({ ...cache, maxSize: Math.max(1024, Math.floor(maxBytes / 10)), sizeCalculation: (_entry, id) => id.length + LOOKUP_OVERHEAD })
    this.flushTimer = setInterval(() => void this.flushUsage().catch(() => {}), USE_FLUSH_MS)
    this.flushTimer.unref()
  }

  /** Creates a key; the audit row names `actor` (the caller's key, or the CLI) and never the secret. */
  async create(input: NewKey, actor?: Actor): Promise<ApiKeyView & { key: string }> {
    const id = randomId(12)
    const key = `msb_${id}_${randomBytes(32).toString('base64url')}`
    this.misses.delete(id)
    const row = await insertKey(this.db, {
      id,
      name: input.name,
      secretHash: sha256(key).toString('hex'),
      scopes: input.scopes,
      policy: input.policy ?? null,
      rateLimit: input.rateLimit ?? null,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    }, actor)
    return { ...toView(row), key }
  }

  async authenticate(key: string, now = new Date()): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(key)
    if (!match) return null
    const id = match[1] as string
    let row = this.lookups.get(id)?.row ?? null
    if (!row) {
      if (this.misses.has(id)) return null
      row = await findKey(this.db, id)
      if (row) this.lookups.set(id, { row })
      else this.misses.set(id, true)
    }
    return row ? this.principalOf(row, key, now) : null
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

  /**
   * The principal of a key this instance has looked up recently, without touching the database; null
   * when it is not cached or does not match. Lets known keys through while an address is refused lookups.
   */
  cached(key: string, now = new Date()): Principal | null {
    const id = KEY_PATTERN.exec(key)?.[1]
    const row = id ? this.lookups.get(id)?.row : undefined
    return row ? this.principalOf(row, key, now) : null
  }

  /** What the key lookups hold now (for /metrics). */
  cacheStats(): { entries: number; bytes: number; maxBytes: number } {
    return {
      entries: this.lookups.size + this.misses.size,
      bytes: this.lookups.calculatedSize + this.misses.calculatedSize,
      maxBytes: this.lookups.maxSize + this.misses.maxSize,
    }
  }

  async list(): Promise<ApiKeyView[]> {
    return (await listKeys(this.db)).map(toView)
  }

  async get(id: string): Promise<ApiKeyView> {
    const row = await findKey(this.db, id)
    if (!row) throw new AppError('KEY_NOT_FOUND', `No API key has the id "${id}".`)
    return toView(row)
  }

  /** Another instance revoked a key: drop what this one cached of it. */
  forget(id: string): void {
    this.lookups.delete(id)
    this.misses.delete(id)
  }

  async revoke(id: string, actor?: Actor): Promise<ApiKeyView> {
    const row = await revokeKey(this.db, id, actor)
    if (!row) throw new AppError('KEY_NOT_FOUND', `No API key has the id "${id}".`)
    this.lookups.delete(id)
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
  }
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import type { Actor } from '../audit/service.js'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import { findKey, insertKey, listKeys, recordUse, revokeKey, type ApiKeyRow } from './repository.js'
import { contentPolicy, policyConflict, type ApiKeyView, type ContentPolicy, type Scope } from './schemas.js'

export interface Principal {
  /** null for the anonymous caller that development mode lets in. */
  keyId: string | null
  name: string
  scopes: ReadonlySet<Scope>
  policy: ContentPolicy | null
  rateLimit: number | null
}

export const KEY_PATTERN = /^msb_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/
/** Anything in a URL or log line that looks like one of our keys, in any case (global: for replace). */
export const KEY_LIKE = /msb_[A-Za-z0-9]{12}_[A-Za-z0-9_-]+/gi
/** The same, stateless, for test(). */
export const HAS_KEY = new RegExp(KEY_LIKE.source, 'i')
/**
 * A key's secret on its own: 43 random base64url characters, so any run of 43 or more of them, whatever
 * stands before it (`MSB_`, `msb+_`, an overlong `%c1%9f`...) or its case. Runs that are lower-case
 * slugs (letters and digits joined by single hyphens) are not secrets: content slugs stay readable. A
 * random secret has that form only after lower-casing, and then it is no longer the secret. Cursors are
 * masked too (base64url of mixed case); they stay intact in the answers, only logs and problems lose them.
 */
const SECRET_LIKE = /[A-Za-z0-9_-]{43,}/g
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Text with every key, and every run that could be a key's secret, masked: for logs and problem details. */
export function maskKeys(text: string): string {
  return text.replace(KEY_LIKE, 'msb_[redacted]').replace(SECRET_LIKE, (run) => (SLUG.test(run) ? run : '[redacted]'))
}

/** Field errors as a problem shows them: what they quote of the input is masked too. */
export function maskFieldErrors<T extends { field: string; message: string }>(errors: readonly T[]): T[] {
  return errors.map((item) => ({ ...item, field: maskKeys(item.field), message: maskKeys(item.message) }))
}

/** Whether text holds a key or something that could be its secret (see maskKeys). */
export function looksLikeKey(text: string): boolean {
  return maskKeys(text) !== text
}

const LOOKUP_TTL_MS = 5_000
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
    options: { lookupTtlMs?: number; cacheSize?: number } = {},
  ) {
    const cache = { max: options.cacheSize ?? 10_000, ttl: options.lookupTtlMs ?? LOOKUP_TTL_MS }
    this.lookups = new LRUCache(cache)
    this.misses = new LRUCache(cache)
    this.flushTimer = setInterval(() => void this.flushUsage().catch(() => {}), USE_FLUSH_MS)
    this.flushTimer.unref()
  }

  /** Creates a key; the audit row names `actor` (the caller's key, or the CLI) and never the secret. */
  async create(input: NewKey, actor?: Actor): Promise<ApiKeyView & { key: string }> {
    const conflict = policyConflict(input)
    if (conflict) {
      const errors = [{ location: 'body', field: 'policy', message: conflict }, { location: 'body', field: 'scopes', message: conflict }]
      throw new AppError('VALIDATION_FAILED', `This key cannot be made: ${conflict}`, errors)
    }
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
    warning: policyConflict(row),
  }
}

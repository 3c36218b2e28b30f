import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import { findKey, insertKey, listKeys, recordUse, revokeKey, type ApiKeyRow } from './repository.js'
import type { ApiKeyView, ContentPolicy, Scope } from './schemas.js'

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
  // Recent lookups, found or not, so a flood of requests does not become a flood of queries.
  private readonly lookups = new LRUCache<string, { row: ApiKeyRow | null }>({ max: 10_000, ttl: LOOKUP_TTL_MS })
  private readonly used = new Set<string>()
  private readonly flushTimer: NodeJS.Timeout

  constructor(private readonly db: AppDatabase) {
    this.flushTimer = setInterval(() => void this.flushUsage().catch(() => {}), USE_FLUSH_MS)
    this.flushTimer.unref()
  }

  async create(input: NewKey): Promise<ApiKeyView & { key: string }> {
    const id = randomId(12)
    const key = `msb_${id}_${randomBytes(32).toString('base64url')}`
    const row = await insertKey(this.db, {
      id,
      name: input.name,
      secretHash: sha256(key).toString('hex'),
      scopes: input.scopes,
      policy: input.policy ?? null,
      rateLimit: input.rateLimit ?? null,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    })
    return { ...toView(row), key }
  }

  async authenticate(key: string, now = new Date()): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(key)
    if (!match) return null
    const id = match[1] as string
    let cached = this.lookups.get(id)
    if (!cached) {
      cached = { row: await findKey(this.db, id) }
      this.lookups.set(id, cached)
    }
    const row = cached.row
    if (!row || !timingSafeEqual(sha256(key), Buffer.from(row.secretHash, 'hex'))) return null
    if (row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null
    this.used.add(row.id)
    return {
      keyId: row.id,
      name: row.name,
      scopes: new Set(row.scopes as Scope[]),
      policy: (row.policy as ContentPolicy | null) ?? null,
      rateLimit: row.rateLimit,
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
  }

  async revoke(id: string): Promise<ApiKeyView> {
    const row = await revokeKey(this.db, id)
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
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }
}

import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { inProcess } from '../audit/service.js'
import { appendAudit } from '../audit/writer.js'
import type { Actor } from '../caller/caller.js'
import type { AppDatabase } from '../db/database.js'
import { apiKeys } from '../db/schema.js'
import { appendEvent } from '../events/repository.js'

export type ApiKeyRow = typeof apiKeys.$inferSelect

/** Stores a key and its audit row, in one transaction. */
export async function insertKey(db: AppDatabase, row: typeof apiKeys.$inferInsert, actor: Actor = inProcess): Promise<ApiKeyRow> {
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(apiKeys).values(row).returning()
    if (!created) throw new Error('key insert returned no row')
    const { name, scopes, policy, rateLimit, expiresAt } = created
    // A Date is stored as its ISO 8601 text (an invalid one as null, as JSON writes it).
    await appendAudit(tx, actor, { action: 'key.create', target: keyTarget(created.id), detail: { name, scopes, policy, rateLimit, expiresAt } })
    return created
  })
}

/** What a key's audit rows name: never its secret or the secret's hash. */
const keyTarget = (id: string) => `key:${id}`

export async function findKey(db: Pick<AppDatabase, 'select'>, id: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1)
  return row ?? null
}

/** Several keys in one statement (the lookup queue batches the ids it has not seen). */
export function findKeys(db: Pick<AppDatabase, 'select'>, ids: string[]): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(inArray(apiKeys.id, ids))
}

export function listKeys(db: AppDatabase): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), apiKeys.id)
}

/**
 * Revokes and tells every instance, on commit, to forget what it cached of the key. Revoking
 * a revoked key changes nothing, so only the first revocation is audited.
 */
export async function revokeKey(db: AppDatabase, id: string, actor: Actor = inProcess): Promise<ApiKeyRow | null> {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning()
    if (revoked) {
      await appendAudit(tx, actor, { action: 'key.revoke', target: keyTarget(id), detail: { name: revoked.name } })
      // Every instance forgets what it cached of the key when this commits; webhooks hear of it too.
      await appendEvent(tx, { type: 'key.revoked', data: { keyId: id, name: revoked.name } }, id)
    }
    return revoked ?? (await findKey(tx, id))
  })
}

/** One statement for every key used since the last flush. */
export async function recordUse(db: AppDatabase, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`greatest(coalesce(${apiKeys.lastUsedAt}, ${at}), ${at})` })
    .where(inArray(apiKeys.id, ids))
}

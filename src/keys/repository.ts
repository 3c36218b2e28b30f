import { desc, eq, inArray, sql } from 'drizzle-orm'
import type { AppDatabase } from '../db/database.js'
import { apiKeys } from '../db/schema.js'

export type ApiKeyRow = typeof apiKeys.$inferSelect

export async function insertKey(db: AppDatabase, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [created] = await db.insert(apiKeys).values(row).returning()
  if (!created) throw new Error('key insert returned no row')
  return created
}

export async function findKey(db: AppDatabase, id: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1)
  return row ?? null
}

export function listKeys(db: AppDatabase): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), apiKeys.id)
}

export const KEY_CHANNEL = 'api_key_revoked'

/** Revokes and tells every instance listening, on commit, to forget what it cached of the key. */
export async function revokeKey(db: AppDatabase, id: string): Promise<ApiKeyRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
      .where(eq(apiKeys.id, id))
      .returning()
    if (row) await tx.execute(sql`select pg_notify(${KEY_CHANNEL}, ${id})`)
    return row ?? null
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

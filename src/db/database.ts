import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { migrationsFolder } from '../paths.js'
import * as schema from './schema.js'

export type AppDatabase = PgDatabase<PgQueryResultHKT, typeof schema>

export interface DatabaseHandle {
  db: AppDatabase
  driver: 'pglite' | 'postgres'
  migrate(): Promise<void>
  ping(): Promise<void>
  /**
   * Delivers NOTIFY payloads of a channel. `onStatus(false)` means notifications may be missed
   * until the next `onStatus(true)`. Returns a function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void, onStatus: (listening: boolean) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** A postgres:// URL; without it the embedded PGlite database is used. */
  databaseUrl?: string | undefined
  /** PGlite data folder; null keeps the embedded database in memory (tests). */
  dataDir?: string | null
  onPoolError?: (error: Error) => void
  /** Sees every SQL statement the app sends (tests count them). */
  onQuery?: (sql: string) => void
}

const MIGRATION_LOCK = 7_340_001

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: options.onQuery } : false
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, logger, options.onPoolError)
    : openPglite(options.dataDir ?? null, logger)
}

type QueryLogger = { logQuery: (sql: string) => void } | false

async function openPglite(dataDir: string | null, logger: QueryLogger): Promise<DatabaseHandle> {
  let client: PGlite
  let releaseLock = async () => {}
  if (dataDir === null) {
    client = await PGlite.create()
  } else {
    const folder = resolve(dataDir)
    await mkdir(folder, { recursive: true })
    releaseLock = await lockDataDir(folder)
    client = await PGlite.create(folder).catch(async (error: unknown) => {
      await releaseLock()
      throw error
    })
  }
  const db = drizzlePglite({ client, schema, logger })
  return {
    db: db as unknown as AppDatabase,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    async listen(channel, onMessage, onStatus) {
      // One process owns an embedded database, so its notifications cannot be missed.
      const unlisten = await client.listen(channel, onMessage)
      onStatus(true)
      return async () => {
        onStatus(false)
        await unlisten()
      }
    },
    close: async () => {
      await client.close()
      await releaseLock()
    },
  }
}

async function openPostgres(
  connectionString: string,
  logger: QueryLogger,
  onPoolError?: (error: Error) => void,
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString, max: 10, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 })
  // Without a listener, an idle connection dropped by the server crashes the process.
  pool.on('error', (error) => onPoolError?.(error))
  const db = drizzlePostgres({ client: pool, schema, logger })
  return {
    db: db as unknown as AppDatabase,
    driver: 'postgres',
    async migrate() {
      // One connection holds the lock and runs the migrations, so instances starting together take turns.
      const connection = await pool.connect()
      try {
        await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
        await migratePostgres(drizzlePostgres({ client: connection, schema }), { migrationsFolder })
      } finally {
        await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
        connection.release()
      }
    },
    ping: async () => {
      await pool.query('select 1')
    },
    listen: (channel, onMessage, onStatus) => listenWithReconnect(connectionString, channel, onMessage, onStatus),
    close: () => pool.end(),
  }
}

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError'
}

// PGlite is single-process: a second process opening the same folder would corrupt it.
async function lockDataDir(folder: string): Promise<() => Promise<void>> {
  const lockFile = join(folder, 'bonds.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' })
      return () => rm(lockFile, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim())
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `The embedded database in ${folder} is in use by process ${owner}. Stop it first (PGlite serves one process).`,
        )
      }
      await rm(lockFile, { force: true })
    }
  }
  throw new DataDirInUseError(`Could not lock ${folder}`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const RECONNECT_DELAY_MS = 1_000

/** Keeps one connection LISTENing, reconnecting after a failover or restart. */
async function listenWithReconnect(
  connectionString: string,
  channel: string,
  onMessage: (payload: string) => void,
  onStatus: (listening: boolean) => void,
): Promise<() => Promise<void>> {
  let stopped = false
  let client: pg.Client | undefined
  let retry: NodeJS.Timeout | undefined

  const lost = () => {
    onStatus(false)
    client?.removeAllListeners()
    void client?.end().catch(() => {})
    client = undefined
    if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_DELAY_MS)
  }
  const connect = async () => {
    const next = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 })
    next.on('error', lost)
    next.on('notification', (message) => {
      if (message.channel === channel) onMessage(message.payload ?? '')
    })
    client = next
    try {
      await next.connect()
      await next.query(`listen "${channel.replaceAll('"', '')}"`)
      if (stopped) await next.end()
      else onStatus(true)
    } catch {
      if (client === next) lost()
    }
  }
  await connect()
  return async () => {
    stopped = true
    clearTimeout(retry)
    onStatus(false)
    await client?.end().catch(() => {})
  }
}

import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { migrationsFolder } from '../paths.js'
import { lockDataDir } from './data-dir-lock.js'
import { makePrivateFolder, tightenFolder } from './data-dir-mode.js'
import { EMBEDDED_SHARED_BUFFERS } from '../memory/budget.js'
import * as schema from './schema.js'

export { DataDirInUseError } from './data-dir-lock.js'

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
  /** Connections of the PostgreSQL pool now (for /metrics); null on the embedded database, which has none. */
  poolStats(): { total: number; idle: number; waiting: number; max: number } | null
  /** The embedded database's WebAssembly memory now (for /metrics); null on PostgreSQL. */
  memoryBytes(): number | null
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** A postgres:// URL; without it the embedded PGlite database is used. */
  databaseUrl?: string | undefined
  /** PGlite data folder; null keeps the embedded database in memory (tests). */
  dataDir?: string | null
  onPoolError?: (error: Error) => void
  /** PostgreSQL: how long to wait for a connection before giving up (then callers get 503). */
  connectTimeoutMs?: number
  /** PostgreSQL: the longest a statement may run on the server, and (plus a second) wait on the client. */
  statementTimeoutMs?: number
  /** Sees every SQL statement the app sends (tests count them). */
  onQuery?: (sql: string) => void
  /** PGlite in memory: a dumped data folder to start from instead of a new database (tests copy one template). */
  pgliteImage?: Blob
}

const MIGRATION_LOCK = 7_340_001
const DEFAULT_CONNECT_TIMEOUT_MS = 3_000
const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: options.onQuery } : false
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, logger, {
        onPoolError: options.onPoolError,
        connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
        statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      })
    : openPglite(options.dataDir ?? null, logger, options.pgliteImage)
}

// The embedded database's part of the memory budget (src/memory/budget.ts): PostgreSQL's shared buffers
// kept small, so its WebAssembly memory stays at the 128 MiB it starts with.
const PGLITE_OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`] }
// A database in memory is small and short-lived (tests, the OpenAPI recorder): WAL segments of 1 MB instead
// of 16 keep its dump small, so a test's copy of a template loads in about two thirds of the time.
const IN_MEMORY_OPTIONS = { ...PGLITE_OPTIONS, initDbStartParams: ['--wal-segsize=1'] }

type QueryLogger = { logQuery: (sql: string) => void } | false

async function openPglite(dataDir: string | null, logger: QueryLogger, image?: Blob): Promise<DatabaseHandle> {
  let client: PGlite
  let releaseLock = async () => {}
  if (dataDir === null) {
    client = await PGlite.create(image ? { ...PGLITE_OPTIONS, loadDataDir: image } : IN_MEMORY_OPTIONS)
  } else {
    const folder = resolve(dataDir)
    await makePrivateFolder(folder)
    releaseLock = await lockDataDir(folder)
    client = await PGlite.create(folder, PGLITE_OPTIONS).catch(async (error: unknown) => {
      await releaseLock()
      throw error
    })
    // After PGlite has written what it writes on opening (a new database's files are 0666).
    await tightenFolder(folder).catch(async (error: unknown) => {
      await client.close()
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
    poolStats: () => null,
    memoryBytes: () => (client as unknown as { mod?: { HEAPU8?: Uint8Array } }).mod?.HEAPU8?.byteLength ?? null,
    close: async () => {
      await client.close()
      await releaseLock()
    },
  }
}

interface PostgresOptions {
  onPoolError?: ((error: Error) => void) | undefined
  connectTimeoutMs: number
  statementTimeoutMs: number
}

async function openPostgres(connectionString: string, logger: QueryLogger, options: PostgresOptions): Promise<DatabaseHandle> {
  // Every wait is bounded: connecting, a statement on the server, and the answer on the client (a frozen
  // server never answers, so statement_timeout alone would not end the wait). Callers then get 503.
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.connectTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
    query_timeout: options.statementTimeoutMs + 1_000,
    keepAlive: true,
  })
  // Without a listener, an idle connection dropped by the server crashes the process.
  pool.on('error', (error) => options.onPoolError?.(error))
  // A connection that dies while checked out (between two statements of a transaction) emits 'error'
  // on its client, not on the pool: unhandled, that would crash the process. The statement running on
  // it fails with a connection error, which callers already answer as unavailable.
  pool.on('connect', (client) => client.on('error', (error) => options.onPoolError?.(error)))
  const db = drizzlePostgres({ client: pool, schema, logger })
  return {
    db: db as unknown as AppDatabase,
    driver: 'postgres',
    async migrate() {
      // One connection holds the lock and runs the migrations, so instances starting together take turns.
      // It is a connection of its own, without the request timeouts: waiting for another instance's
      // migrations, or a migration that rewrites a table, may take longer than any request should.
      const connection = new pg.Client({ connectionString, connectionTimeoutMillis: options.connectTimeoutMs })
      await connection.connect()
      try {
        await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
        await migratePostgres(drizzlePostgres({ client: connection, schema }), { migrationsFolder })
      } finally {
        await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
        await connection.end().catch(() => {})
      }
    },
    ping: async () => {
      await pool.query('select 1')
    },
    listen: (channel, onMessage, onStatus) => listenWithReconnect(connectionString, options.connectTimeoutMs, channel, onMessage, onStatus),
    memoryBytes: () => null,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 }),
    close: () => pool.end(),
  }
}

const RECONNECT_DELAY_MS = 1_000

/** Keeps one connection LISTENing, reconnecting after a failover or restart. */
async function listenWithReconnect(
  connectionString: string,
  connectTimeoutMs: number,
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
    const next = new pg.Client({ connectionString, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true })
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

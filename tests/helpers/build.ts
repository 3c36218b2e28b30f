import { randomBytes } from 'node:crypto'
import dns from 'node:dns'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { buildApp, type App } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js'
import { contentFolder } from '../../src/paths.js'
import { pgliteImage, postgresTemplate, testAppConfig, type TemplateKind } from './template-database.js'
import { databaseUrl } from './template-runs.js'

export type Driver = 'pglite' | 'postgres'

// No test leaves this machine, not even for a DNS query (webhook URLs are resolved before delivery): a
// host name other than localhost does not resolve in tests. Receivers listen on 127.0.0.1.
const resolveLocally = dns.promises.lookup
dns.promises.lookup = ((hostname: string, options?: unknown) => {
  if (hostname === 'localhost') return resolveLocally(hostname, options as never)
  return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (tests resolve no names)`), { code: 'ENOTFOUND' }))
}) as typeof dns.promises.lookup

interface Teardown {
  teardown(fn: () => unknown): void
}

/** Every suite runs on the embedded database, and on PostgreSQL too when TEST_DATABASE_URL is set. */
export const drivers: Driver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

const postgresUrls = new WeakMap<DatabaseHandle, string>()

const TEARDOWN_STEP_MS = 60_000

/**
 * One teardown step, bounded: a step that hangs (an app that never closes, a pool waiting for a connection
 * never released) fails its test within a minute and says what was still open, instead of holding the file
 * until tap's timeout with nothing to go on.
 */
async function bounded(step: string, run: () => Promise<unknown>, database?: DatabaseHandle): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const overdue = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const pool = database?.poolStats()
      const open = process.getActiveResourcesInfo().join(', ')
      reject(new Error(`teardown: ${step} did not finish in ${TEARDOWN_STEP_MS / 1000} s (pool ${JSON.stringify(pool)}; open: ${open})`))
    }, TEARDOWN_STEP_MS)
    timer.unref()
  })
  try {
    await Promise.race([run(), overdue])
  } finally {
    clearTimeout(timer)
  }
}

/** A second app instance on the same PostgreSQL database, as in a scaled-out deployment. */
export async function buildSibling(t: Teardown, app: App, env: NodeJS.ProcessEnv = {}): Promise<App> {
  const url = postgresUrls.get(app.database)
  if (!url) throw new Error('only apps on PostgreSQL have siblings')
  const database = await openDatabase({ databaseUrl: url })
  const sibling = await buildApp({ config: loadConfig({ NODE_ENV: 'development', ...env }), database, logger: false })
  t.teardown(async () => {
    await bounded('closing the sibling app', () => sibling.close(), database)
    await bounded("closing the sibling's database", () => database.close(), database)
  })
  return sibling
}

/**
 * A fresh, empty database of its own (migrated: a copy of the run's template); PostgreSQL ones are dropped
 * when the test ends. `published` starts it with the bundled content published, as a first start would.
 */
export async function createTestDatabase(
  t: Teardown,
  driver: Driver,
  onQuery?: (sql: string) => void,
  dataDir: string | null = null,
  template: TemplateKind = 'migrated',
): Promise<DatabaseHandle> {
  if (driver === 'pglite') {
    // A data folder is a database that outlives its app (restarts): it starts new, as in production.
    const pgliteImageToLoad = dataDir === null ? await pgliteImage(template) : undefined
    const opened = await openDatabase({ dataDir, onQuery, pgliteImage: pgliteImageToLoad })
    // Closing twice is harmless, so a test may stop an embedded database before its teardown does.
    let closing: Promise<void> | undefined
    const database: DatabaseHandle = { ...opened, close: () => (closing ??= opened.close()) }
    t.teardown(() => bounded('closing the embedded database', () => database.close()))
    return database
  }
  const created = await createPostgresDatabase('bonds_test', await postgresTemplate(template))
  const database = await openDatabase({ databaseUrl: created.url, onQuery })
  postgresUrls.set(database, created.url)
  t.teardown(async () => {
    await bounded('closing the database pool', () => database.close(), database)
    await bounded(`dropping ${created.name}`, () => created.drop())
  })
  return database
}

/**
 * An empty database of its own on TEST_DATABASE_URL's server (or a copy of `template`): its URL, and how
 * to drop it (the caller drops it in its teardown, after closing what it opened on it). The server itself
 * is never stopped.
 */
export async function createPostgresDatabase(prefix = 'bonds_test', template?: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL as string
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    try {
      await admin.query(sql)
    } finally {
      await admin.end()
    }
  }
  await run(template ? `create database ${name} template ${template}` : `create database ${name}`)
  return { name, url: databaseUrl(name), drop: () => run(`drop database if exists ${name} with (force)`) }
}

export interface BuildOptions {
  contentFolder?: string
  onQuery?: (sql: string) => void
  logger?: Parameters<typeof buildApp>[0]['logger']
  env?: NodeJS.ProcessEnv
  /** PGlite only: a data folder instead of memory, so a later app can open the same database once this one is closed. */
  dataDir?: string
}

/** The app as a caller meets it, on a database of its own. */
export async function build(t: Teardown, driver: Driver, options: BuildOptions = {}): Promise<App> {
  // Bundled content the app would publish on its first start comes already published in the copy.
  const template = options.contentFolder === undefined ? 'published' : 'migrated'
  const database = await createTestDatabase(t, driver, options.onQuery, options.dataDir ?? null, template)
  const app = await buildApp({
    config: testAppConfig(options.env),
    database,
    logger: options.logger ?? false,
    contentFolder: options.contentFolder,
  })
  t.teardown(() => bounded('closing the app', () => app.close(), database))
  return app
}

/** A writable copy of the bundled content, for tests that edit it. */
export async function copyContent(t: Teardown): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'bonds-content-'))
  await cp(contentFolder, folder, { recursive: true })
  t.teardown(() => rm(folder, { recursive: true, force: true }))
  return folder
}

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js'
import { databaseUrl, folderOf, runId, templateName, withAdmin, type TemplateKind } from './template-runs.js'

/**
 * Opening and migrating a database takes seconds here, and the suite builds about a hundred apps: each
 * test database is a copy of one template made once per test run instead. `migrated` holds the schema
 * only (tests that bring their own content or start from nothing); `published` also holds the bundled
 * content, as buildApp publishes it on an empty database.
 */
export type { TemplateKind } from './template-runs.js'

const TEMPLATE_LOCK = 7_340_023

export const testAppConfig = (env: NodeJS.ProcessEnv = {}) =>
  loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', AUTH_FAILURES_PER_MINUTE: '1000000', ...env })

async function fill(database: DatabaseHandle, kind: TemplateKind): Promise<void> {
  if (kind === 'migrated') return database.migrate()
  const app = await buildApp({ config: testAppConfig(), database, logger: false })
  await app.close()
}

/** Each kind made at most once per process: later callers share the first one's promise. */
function oncePerKind<T>(make: (kind: TemplateKind) => Promise<T>): (kind: TemplateKind) => Promise<T> {
  const made = new Map<TemplateKind, Promise<T>>()
  return (kind) => {
    let value = made.get(kind)
    if (!value) {
      value = make(kind)
      made.set(kind, value)
    }
    return value
  }
}

/** The run's PGlite template as a dumped data folder, made by the first process that asks. */
export const pgliteImage = oncePerKind(loadOrMakeImage)

async function loadOrMakeImage(kind: TemplateKind): Promise<Blob> {
  const file = join(folderOf(runId()), `${kind}.tar`)
  const saved = await readFile(file).catch(() => null)
  if (saved) return new Blob([saved])
  const database = await openDatabase({ dataDir: null })
  try {
    await fill(database, kind)
    const client = (database.db as unknown as { $client: PGlite }).$client
    // A running database logs each sequence 32 values ahead of what it handed out; a copy loaded from
    // the dump replays that log and would hand out ids 32 higher than a fresh database (release 34, not
    // 2). setval logs each sequence at its true value, so the copy starts exactly where the template is.
    await client.exec(`select setval(format('%I.%I', schemaname, sequencename)::regclass, last_value, true) from pg_sequences where last_value is not null`)
    // Nothing copies a database inside a copy: without template0 and template1 the dump holds only the
    // test database and one small WAL segment (20 MB, not 45), which a copy loads in 0.65 s, not 1.1 s.
    await client.exec(`update pg_database set datistemplate = false where datname in ('template0', 'template1')`)
    await client.exec('drop database template0')
    await client.exec('drop database template1')
    await client.exec('checkpoint')
    const dump = await client.dumpDataDir('none')
    // Written aside and renamed, so a process running alongside never reads half a file.
    await mkdir(folderOf(runId()), { recursive: true })
    const partial = `${file}.${process.pid}`
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()))
    await rename(partial, file)
    return dump
  } finally {
    await database.close()
  }
}

/** The run's template database on TEST_DATABASE_URL's server, made by the first process that asks. */
export const postgresTemplate = oncePerKind(makePostgresTemplate)

async function makePostgresTemplate(kind: TemplateKind): Promise<string> {
  const name = templateName(runId(), kind)
  await withAdmin(async (admin) => {
    // Processes starting together take turns: the first makes it, the others find it made.
    await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK])
    try {
      const found = await admin.query('select 1 from pg_database where datname = $1', [name])
      if (found.rowCount) return
      await admin.query(`create database ${name}`)
      // Nobody may be connected to a template while it is copied: everything opened on it is closed here.
      const database = await openDatabase({ databaseUrl: databaseUrl(name) })
      try {
        await fill(database, kind)
      } catch (error) {
        await database.close()
        await admin.query(`drop database if exists ${name} with (force)`)
        throw error
      }
      await database.close()
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK])
    }
  })
  return name
}

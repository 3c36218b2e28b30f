import { existsSync } from 'node:fs'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openDatabase } from '../src/db/database.js'
import { KeyService, type NewKey } from '../src/keys/service.js'
import { loadConfig } from '../src/config.js'
import { heapFlag, memoryBudget } from '../src/memory/budget.js'
import { projectRoot } from '../src/paths.js'

export type Driver = 'pglite' | 'postgres'

export interface RunningServer {
  url: string
  /** The server's process id: its memory is in /proc/<pid>/status. */
  pid: number
  /** The database the server runs on: a PostgreSQL URL, or PGlite's data folder. */
  databaseUrl?: string
  dataDir?: string
  /** A content:read key without a practical rate limit, created before start-up. */
  headers: Record<string, string>
  /** The secrets of `StartOptions.keys`, in their order. */
  keys: string[]
  /** Null while the server runs; how it ended otherwise (a crash included). */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | null
  startupMs: number
  /** Resident memory of the server process now, in MB (Linux), or null where /proc is missing. */
  rssMb(): Promise<number | null>
  /** Peak resident memory of the server process so far (VmHWM), in MB, or null where /proc is missing. */
  peakRssMb(): Promise<number | null>
  /** Stops the server (SIGTERM, then SIGKILL after 15 s) and removes its database. Safe to call twice. */
  stop(): Promise<void>
}

export interface StartOptions {
  /** PostgreSQL server to create the database on; default BENCH_DATABASE_URL, then the local server. */
  adminUrl?: string
  /** Prefix of the PostgreSQL database's name. */
  databasePrefix?: string
  /** tsx runs src/server.ts as `npm start` does; compiled runs dist/server.js (`npm run build` first) as the Docker image does. */
  entry?: 'tsx' | 'compiled'
  /** More keys to create before start-up. */
  keys?: NewKey[]
}

// Servers still running when this process exits are killed with it, whatever made it exit.
const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

async function dropDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists ${name} with (force)`)
  } finally {
    await client.end()
  }
}

function memoryField(pid: number, field: 'VmRSS' | 'VmHWM') {
  return async () => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]
    return kb ? Math.round(Number(kb) / 1024) : null
  }
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  running.delete(child)
}

/** Starts the real server as a child process on a fresh database and waits until /readyz answers. */
export async function startServer(driver: Driver, port: number, extraEnv: NodeJS.ProcessEnv = {}, options: StartOptions = {}): Promise<RunningServer> {
  const cleanup: (() => Promise<void>)[] = []
  const runCleanup = async () => {
    for (const step of cleanup.splice(0).reverse()) await step()
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...extraEnv }
  try {
    if (driver === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'bonds-bench-'))
      env.DATA_DIR = dataDir
      delete env.DATABASE_URL
      cleanup.push(() => rm(dataDir, { recursive: true, force: true }))
    } else {
      const adminUrl = options.adminUrl ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
      const name = `${options.databasePrefix ?? 'bonds_bench'}_${process.pid}_${port}_${randomBytes(3).toString('hex')}`
      const admin = new pg.Client({ connectionString: adminUrl })
      await admin.connect()
      try {
        await admin.query(`create database ${name}`)
      } finally {
        await admin.end()
      }
      cleanup.push(() => dropDatabase(adminUrl, name))
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      env.DATABASE_URL = url.toString()
      delete env.DATA_DIR
    }
    // The key is written before the server starts: an embedded database serves one process at a time.
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? null })
    let key: string
    const extraKeys: string[] = []
    try {
      await database.migrate()
      const keys = new KeyService(database.db)
      key = (await keys.create({ name: 'benchmark', scopes: ['content:read'], rateLimit: 1_000_000 })).key
      for (const input of options.keys ?? []) extraKeys.push((await keys.create(input)).key)
      await keys.close()
    } finally {
      await database.close()
    }

    const started = performance.now()
    const entry = options.entry === 'compiled' ? ['dist/server.js'] : ['--import', 'tsx', 'src/server.ts']
    if (options.entry === 'compiled' && !existsSync(join(projectRoot, 'dist', 'server.js'))) throw new Error('no dist/server.js: run `npm run build` first')
    // The heap flag `npm start` and the Docker image derive from the memory budget (src/cli/memory-flags.ts).
    const flags = [
      ...heapFlag(memoryBudget(loadConfig(env))).split(' '),
      ...(process.env.SERVER_NODE_OPTIONS ? process.env.SERVER_NODE_OPTIONS.split(' ') : []),
    ]
    const child: ChildProcess = spawn(process.execPath, [...flags, ...entry], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    running.add(child)
    cleanup.push(() => stopChild(child))
    const url = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 180_000
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`)
      const ready = await fetch(`${url}/readyz`).then(
        (response) => response.ok,
        () => false,
      )
      if (ready) break
      if (Date.now() > deadline) throw new Error('server did not become ready in 180 s')
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const startupMs = performance.now() - started
    const pid = child.pid as number
    return {
      url,
      pid,
      ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
      ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
      headers: { authorization: `Bearer ${key}` },
      keys: extraKeys,
      exit: () => (child.exitCode === null && child.signalCode === null ? null : { code: child.exitCode, signal: child.signalCode }),
      startupMs,
      rssMb: memoryField(pid, 'VmRSS'),
      peakRssMb: memoryField(pid, 'VmHWM'),
      stop: runCleanup,
    }
  } catch (error) {
    await runCleanup()
    throw error
  }
}

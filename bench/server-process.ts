import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openDatabase } from '../src/db/database.js'
import { KeyService } from '../src/keys/service.js'
import { projectRoot } from '../src/paths.js'

export interface RunningServer {
  url: string
  /** A content:read key without a practical rate limit, created before start-up. */
  headers: Record<string, string>
  startupMs: number
  /** Resident memory of the server process now, in MB (Linux), or null where /proc is missing. */
  rssMb(): Promise<number | null>
  stop(): Promise<void>
}

/** Starts the real server as a child process on a fresh database and waits until /readyz answers. */
export async function startServer(driver: 'pglite' | 'postgres', port: number, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const cleanup: (() => Promise<void>)[] = []
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...extraEnv }
  if (driver === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'bonds-bench-'))
    env.DATA_DIR = dataDir
    delete env.DATABASE_URL
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }))
  } else {
    const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
    const name = `bonds_bench_${process.pid}_${port}`
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    env.DATABASE_URL = url.toString()
    cleanup.push(async () => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    })
  }
  // The key is written before the server starts: an embedded database serves one process at a time.
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? null })
  await database.migrate()
  const keys = new KeyService(database.db)
  const { key } = await keys.create({ name: 'benchmark', scopes: ['content:read'], rateLimit: 1_000_000 })
  await keys.close()
  await database.close()

  const started = performance.now()
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    const ready = await fetch(`${url}/readyz`).then((response) => response.ok, () => false)
    if (ready) break
    if (Date.now() > deadline) throw new Error('server did not become ready in 180 s')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  const startupMs = performance.now() - started
  return {
    url,
    headers: { authorization: `Bearer ${key}` },
    startupMs,
    async rssMb() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '')
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
      return kb ? Math.round(Number(kb) / 1024) : null
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      for (const step of cleanup) await step()
    },
  }
}

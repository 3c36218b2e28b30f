import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { spawnServer } from '../helpers/server-process.js'
import { openToOthers } from '../helpers/modes.js'

/** Starts src/server.ts as `npm start` does; resolves with its stdout once `until` matches it, then stops it. */
async function start(env: NodeJS.ProcessEnv, until: RegExp): Promise<string> {
  const childEnv = { ...process.env, PORT: '0', DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'info', LOG_FORMAT: '', ...env }
  const child = spawnServer(childEnv)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    const deadline = Date.now() + 120_000
    while (!until.test(stdout)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${stdout}\n${stderr}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // Pretty logs go through a worker thread: give its last lines a moment.
    await new Promise((resolve) => setTimeout(resolve, 300))
    return stdout
  } finally {
    child.kill('SIGTERM')
    await exited
  }
}

const isJsonLine = (line: string) => {
  try {
    return typeof JSON.parse(line) === 'object'
  } catch {
    return false
  }
}

t.test('npm start: readable logs and a banner in development, JSON lines only in production', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-start-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))

  const development = await start({ NODE_ENV: 'development', DATA_DIR: dataDir }, /local admin key[^\n]*\n\n/)
  const lines = development.split('\n').filter((line) => line.trim() !== '')
  t.same(lines.filter(isJsonLine), [], 'no JSON log line in development')
  t.match(development, /INFO: published the bundled content/, 'log lines are pino-pretty lines')
  t.match(development, /REST docs \(Swagger UI\): +http:\/\/127\.0\.0\.1:\d+\/docs/)
  t.match(development, /GraphiQL: +http:\/\/127\.0\.0\.1:\d+\/graphiql/)
  t.match(development, /curl -s http:\/\/127\.0\.0\.1:\d+\/v1\/topics\/boundaries/)
  t.match(development, /npm run keys -- create --name me --scopes content:read,content:preview/)
  t.notOk(/msb_[A-Za-z0-9]{12}_/.test(development), 'the local admin key itself is never printed')
  t.ok(existsSync(join(dataDir, 'local-admin.key')), 'the local admin key is kept in DATA_DIR')
  t.notOk(existsSync(join(dataDir, 'server.sock')), 'its socket is gone once the server stopped')
  t.same(await openToOthers(dataDir), [], 'nothing in the data folder is open to others')

  const production = await start({ NODE_ENV: 'production', DATA_DIR: dataDir }, /"msg":"ready"/)
  const productionLines = production.split('\n').filter((line) => line.trim() !== '')
  t.ok(productionLines.length > 0 && productionLines.every(isJsonLine), 'every line is JSON in production')
  t.match(JSON.parse(productionLines.find((line) => line.includes('"msg":"ready"'))!), { docs: /\/docs$/, graphiql: /\/graphiql$/ })
})

import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { spawnServer } from '../helpers/server-process.js'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
import { ensureLocalAdminKey, LOCAL_ADMIN_NAME } from '../../src/keys/local-admin.js'
import { bearer } from '../helpers/keys.js'

t.setTimeout(300_000)

t.test('a production start on a folder with a local admin key warns and revokes it before it listens', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-retire-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))

  // The folder as development left it: the key file, a second working key of that name (a copied
  // database whose file was lost), and a partner's key that must keep working.
  const database = await openDatabase({ dataDir })
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }), database, logger: false })
  await ensureLocalAdminKey(app.services.keys, dataDir, { keyId: null, name: 'development server start' })
  const localKey = (await readFile(join(dataDir, 'local-admin.key'), 'utf8')).trim()
  const copied = await app.services.keys.create({ name: LOCAL_ADMIN_NAME, scopes: ['keys:admin'] })
  const partner = await app.services.keys.create({ name: 'Portal', scopes: ['content:read', 'keys:admin'] })
  await app.close()
  await database.close()

  const child = spawnServer({
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PORT: '0',
    DATABASE_URL: '',
    REDIS_URL: '',
    LOG_LEVEL: 'info',
    LOG_FORMAT: '',
  })
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  t.teardown(async () => {
    child.kill('SIGTERM')
    await exited
  })
  const deadline = Date.now() + 240_000
  while (!/"msg":"ready"/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const lines = log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  const base = String(lines.find((line) => line.msg === 'ready')?.docs).replace(/\/docs$/, '')

  const warning = lines.find((line) => line.level === 40 && /local admin key/.test(String(line.msg)))
  t.ok(warning, 'the log warns')
  t.same(new Set(warning?.revokedKeyIds as string[]), new Set([localKey.split('_')[1], copied.id]), 'naming both keys it revoked')
  t.ok(lines.findIndex((line) => line === warning) < lines.findIndex((line) => line.msg === 'ready'), 'before the server listens')
  t.notOk(log.includes(localKey) || log.includes(localKey.slice(-43)), 'the key itself never reaches the log')
  t.notOk(existsSync(join(dataDir, 'local-admin.key')), 'the key file is removed')

  t.equal((await fetch(`${base}/v1/admin/keys`, { headers: bearer(localKey) })).status, 401, 'the local admin key does not work')
  t.equal((await fetch(`${base}/v1/admin/keys`, { headers: bearer(copied.key) })).status, 401, 'nor its namesake')
  const audit = await fetch(`${base}/v1/admin/audit?action=key.revoke`, { headers: bearer(partner.key) })
  t.equal(audit.status, 200, 'a partner key keeps working')
  const rows = ((await audit.json()) as { data: { target: string; keyName: string }[] }).data
  t.same(
    new Set(rows.map((row) => `${row.target} by ${row.keyName}`)),
    new Set([`key:${localKey.split('_')[1]} by production server start`, `key:${copied.id} by production server start`]),
    'the audit log records both revocations',
  )
})

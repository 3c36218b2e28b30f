import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
import { announceServer, ensureLocalAdminKey, LOCAL_ADMIN_NAME } from '../../src/keys/local-admin.js'
import { projectRoot } from '../../src/paths.js'
import { bearer } from '../helpers/keys.js'

const run = promisify(execFile)

t.test('npm run keys works on the database the server uses', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-cli-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const keys = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    })

  const nothing = await keys('list').catch((error: { stderr: string; code: number }) => error)
  t.match(nothing, { code: 1, stderr: /No database in .*Set DATA_DIR to the folder the server uses/ }, 'list refuses a folder without a database')
  t.same(await readdir(dataDir), [], 'and leaves it empty')

  const created = JSON.parse(
    (await keys('create', '--name', 'Portal', '--scopes', 'content:read', '--policy', '{"maxDepth":2}', '--rate-limit', '100', '--expires', '2099-01-01', '--json')).stdout,
  )
  t.match(created, { name: 'Portal', scopes: ['content:read'], policy: { maxDepth: 2 }, rateLimit: 100, expiresAt: '2099-01-01T00:00:00.000Z' })
  t.match(created.key, /^msb_/)
  const listed = JSON.parse((await keys('list', '--json')).stdout)
  t.same(listed.map((key: { id: string }) => key.id), [created.id])
  t.notOk(JSON.stringify(listed).includes(created.key))
  await t.rejects(keys('create', '--name', 'x', '--scopes', 'root'), /scopes\.0/)
  await t.rejects(keys('create', '--name', 'x', '--scopes', 'content:read', '--policy', '{nope'), /--policy is not valid JSON/)

  const database = await openDatabase({ dataDir })
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir }), database, logger: false })
  t.equal((await app.inject({ url: '/v1/topics', headers: bearer(created.key) })).statusCode, 200, 'the server accepts the key')
  await app.close()
  await database.close()

  t.match((await keys('revoke', created.id)).stdout, /Revoked/)
  const reopened = await openDatabase({ dataDir })
  const again = await buildApp({ config: loadConfig({ NODE_ENV: 'production' }), database: reopened, logger: false })
  t.equal((await again.inject({ url: '/v1/topics', headers: bearer(created.key) })).statusCode, 401, 'revoked')
  await again.close()
  await reopened.close()
})

t.test('while a development server holds the embedded database, npm run keys goes through its admin API', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-cli-held-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const keys = (...args: string[]) =>
    run('npm', ['run', '-s', 'keys', '--', ...args], { cwd: projectRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' } })

  // What src/server.ts does in development: hold the folder, listen, keep the local admin key, say where it listens.
  const database = await openDatabase({ dataDir })
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }), database, logger: false })
  t.teardown(async () => {
    await app.close()
    await database.close()
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const starting = await keys('list').catch((error: { stderr: string; code: number }) => error)
  t.match(starting, { code: 1, stderr: /has not said where it listens/ }, 'before the server announces itself, the CLI says to wait')

  const local = await ensureLocalAdminKey(app.services.keys, dataDir, { keyId: null, name: 'test' })
  t.equal(local.created, true)
  t.equal((await stat(local.file)).mode & 0o777, 0o600, 'the key file is readable by its owner only')
  t.equal((await ensureLocalAdminKey(app.services.keys, dataDir, { keyId: null, name: 'test' })).created, false, 'kept across starts')
  const forget = await announceServer(dataDir, url)

  const created = JSON.parse((await keys('create', '--name', 'Portal', '--scopes', 'content:read', '--json')).stdout)
  t.match(created, { name: 'Portal', scopes: ['content:read'] })
  t.equal((await fetch(`${url}/v1/topics/boundaries`, { headers: bearer(created.key) })).status, 200, 'the new key works at once')
  const listed = JSON.parse((await keys('list', '--json')).stdout) as { id: string; name: string }[]
  t.same(listed.map((key) => key.name).sort(), ['Portal', LOCAL_ADMIN_NAME], '`npm run -s keys -- list --json` prints JSON only')
  t.match((await keys('revoke', created.id)).stdout, /Revoked key/)
  t.equal((await fetch(`${url}/v1/topics/boundaries`, { headers: bearer(created.key) })).status, 401, 'revoked at once')
  await t.rejects(keys('revoke', 'XXXXXXXXXXXX'), /The server refused: No API key has the id/)

  // A revoked local admin key is replaced on the next start.
  const revoked = listed.find((key) => key.name === LOCAL_ADMIN_NAME)!
  await app.services.keys.revoke(revoked.id)
  t.equal((await ensureLocalAdminKey(app.services.keys, dataDir, { keyId: null, name: 'test' })).created, true)
  await forget()
  t.notOk(existsSync(join(dataDir, 'server.json')), 'server.json goes when the server stops')
})

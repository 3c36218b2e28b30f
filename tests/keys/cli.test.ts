import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
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

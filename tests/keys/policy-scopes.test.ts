import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { logText } from '../helpers/log.js'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
import { insertKey } from '../../src/keys/repository.js'
import { projectRoot } from '../../src/paths.js'
import { createTestDatabase, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

const run = promisify(execFile)
const legacyRow = (id: string, scopes: string[]) => ({
  id,
  name: `legacy ${id}`,
  secretHash: 'ab'.repeat(32),
  scopes,
  policy: { maxDepth: 1 },
  rateLimit: null,
  expiresAt: null,
})

for (const driver of drivers) {
  t.test(`a key cannot hold a content policy with content:write or content:publish, on ${driver}`, async (t) => {
    const database = await createTestDatabase(t, driver)
    await database.migrate()
    // Keys made before the rule, straight into the table as an older version would have.
    await insertKey(database.db, legacyRow('LegacyWriter', ['content:read', 'content:write']))
    await insertKey(database.db, legacyRow('LegacyReader', ['content:read']))
    const { lines, stream } = logText()
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info' }), database, logger: { stream } })
    t.teardown(() => app.close())
    const admin = bearer(await createKey(app, { scopes: ['keys:admin'] }))

    t.test('refused when made over REST, with a 400 naming both', async (t) => {
      for (const scopes of [['content:read', 'content:write'], ['content:publish'], ['content:read', 'content:preview', 'content:write', 'content:publish']]) {
        const response = await app.inject({
          method: 'POST',
          url: '/v1/admin/keys',
          headers: admin,
          payload: { name: 'portal', scopes, policy: { maxDepth: 1 } },
        })
        t.equal(response.statusCode, 400, scopes.join(','))
        const body = response.json()
        t.equal(body.code, 'VALIDATION_FAILED')
        t.same(
          body.errors.map((error: { field: string }) => error.field),
          ['policy', 'scopes'],
        )
        t.match(body.detail, /content policy/)
        t.match(body.detail, scopes.includes('content:write') ? /"content:write"/ : /"content:publish"/)
      }
      const fine = await app.inject({
        method: 'POST',
        url: '/v1/admin/keys',
        headers: admin,
        payload: { name: 'portal', scopes: ['content:read', 'content:preview'], policy: { maxDepth: 1 } },
      })
      t.equal(fine.statusCode, 201, 'a policy with read and preview scopes is fine')
      t.equal(fine.json().warning, null)
      const editor = await app.inject({ method: 'POST', url: '/v1/admin/keys', headers: admin, payload: { name: 'editor', scopes: ['content:write'] } })
      t.equal(editor.statusCode, 201, 'a write key without a policy is fine')
    })

    t.test('refused by the service the keys CLI uses', async (t) => {
      await t.rejects(app.services.keys.create({ name: 'x', scopes: ['content:write'], policy: { excludeSensitive: true } }), { code: 'VALIDATION_FAILED' })
    })

    t.test('existing ones are named at start-up, by id, and flagged in the list', async (t) => {
      const warnings = lines.map((line) => JSON.parse(line)).filter((entry) => entry.level === 40 && /content policy/.test(entry.msg))
      t.equal(warnings.length, 1, 'one warning line')
      t.same(warnings[0].keyIds, ['LegacyWriter'])
      t.notMatch(lines.join(''), /abababab/, 'never the stored hash')
      const listed = (await app.inject({ url: '/v1/admin/keys', headers: admin })).json().data as { id: string; warning: string | null }[]
      t.match(listed.find((key) => key.id === 'LegacyWriter')?.warning, /content policy cannot go with "content:write"/)
      t.equal(listed.find((key) => key.id === 'LegacyReader')?.warning, null)
      t.match((await app.inject({ url: '/v1/admin/keys/LegacyWriter', headers: admin })).json().warning, /content policy/)
    })
  })
}

t.test('npm run keys refuses such a key and flags existing ones in its list', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-policy-scopes-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const database = await openDatabase({ dataDir })
  await database.migrate()
  await insertKey(database.db, legacyRow('LegacyWriter', ['content:read', 'content:write']))
  await database.close()
  const keys = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    })
  await t.rejects(
    keys('create', '--name', 'x', '--scopes', 'content:read,content:write', '--policy', '{"maxDepth":1}'),
    /content policy cannot go with "content:write"/,
  )
  const listed = (await keys('list')).stdout
  t.match(listed, /LegacyWriter .*\n {2}WARNING: a content policy cannot go with "content:write"/)
})

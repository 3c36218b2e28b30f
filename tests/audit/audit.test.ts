import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { asc, sql } from 'drizzle-orm'
import fc from 'fast-check'
import t from 'tap'
import type { App } from '../../src/app.js'
import { openDatabase } from '../../src/db/database.js'
import { apiKeys, auditLog } from '../../src/db/schema.js'
import { projectRoot } from '../../src/paths.js'
import { build, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

interface Row {
  id: number
  at: string
  keyId: string | null
  keyName: string
  requestId: string | null
  action: string
  target: string
  detail: Json | null
}

interface Filters {
  action?: string
  target?: string
  keyId?: string
  since?: string
  until?: string
}

const idOf = (key: string) => key.split('_')[1] as string
/** The secret part of a key, after `msb_<id>_` (it may itself contain `_`). */
const secretOf = (key: string) => key.slice('msb_'.length + 12 + 1)
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The filter a reader of the API would apply by hand: the oracle for the listing. */
function matches(row: Row, filters: Filters): boolean {
  const at = Date.parse(row.at)
  if (filters.action !== undefined && (filters.action.endsWith('.') ? !row.action.startsWith(filters.action) : row.action !== filters.action)) return false
  if (filters.target !== undefined && row.target !== filters.target) return false
  if (filters.keyId !== undefined && row.keyId !== filters.keyId) return false
  if (filters.since !== undefined && !(at >= Date.parse(filters.since))) return false
  if (filters.until !== undefined && !(at < Date.parse(filters.until))) return false
  return true
}

/** A time written in RFC 3339 with another UTC offset (in minutes), to the millisecond. */
function withOffset(time: number, offset: number): string {
  const local = new Date(time + offset * 60_000).toISOString().slice(0, 23)
  if (offset === 0) return `${local}Z`
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
  return `${local}${offset > 0 ? '+' : '-'}${hours}:${minutes}`
}

/** Every row matching the filters, page by page, over REST or GraphQL. */
async function listAll(app: App, headers: Record<string, string>, filters: Filters, limit: number, via: 'rest' | 'graphql'): Promise<Row[]> {
  const rows: Row[] = []
  let cursor: string | null = null
  for (let page = 0; page < 500; page++) {
    if (via === 'rest') {
      const query: string = new URLSearchParams({ ...filters, limit: String(limit), ...(cursor ? { cursor } : {}) } as Record<string, string>).toString()
      const response = await app.inject({ url: `/v1/admin/audit?${query}`, headers })
      if (response.statusCode !== 200) throw new Error(`GET /v1/admin/audit?${query}: ${response.statusCode} ${response.payload}`)
      const body: { data: Row[]; page: { limit: number; nextCursor: string | null } } = response.json()
      if (body.page.limit !== limit || body.data.length > limit) throw new Error(`page of ${body.data.length} for limit ${limit}`)
      rows.push(...body.data)
      cursor = body.page.nextCursor
    } else {
      const result = await graphql(
        app,
        `
          query ($action: String, $target: String, $keyId: String, $since: String, $until: String, $first: Int, $after: String) {
            auditLog(action: $action, target: $target, keyId: $keyId, since: $since, until: $until, first: $first, after: $after) {
              nodes {
                id
                at
                keyId
                keyName
                requestId
                action
                target
                detail
              }
              nextAfter
            }
          }
        `,
        { ...filters, first: limit, after: cursor },
        headers,
      )
      if (result.errors) throw new Error(`auditLog ${JSON.stringify(filters)}: ${JSON.stringify(result.errors)}`)
      rows.push(...result.data!.auditLog.nodes)
      cursor = result.data!.auditLog.nextAfter
    }
    if (cursor === null) return rows
  }
  throw new Error('the cursor never ended')
}

for (const driver of drivers) {
  t.test(`audit log on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const admin = await createKey(app, { name: 'Ada (key admin)', scopes: ['keys:admin', 'content:read'] })
    const otherAdmin = await createKey(app, { name: 'Bo (key admin)', scopes: ['keys:admin'] })
    const writer = await createKey(app, { name: 'Ana (editor)', scopes: ['content:write', 'content:read'] })
    const publisher = await createKey(app, { name: 'Ben (publisher)', scopes: ['content:publish', 'content:read'] })
    const reader = await createKey(app, { name: 'reader', scopes: ['content:read'] })
    const secrets = [admin, otherAdmin, writer, publisher, reader]
    const everyRow = async () => (await app.db.select().from(auditLog).orderBy(asc(auditLog.id))).map((row) => ({ ...row, at: row.at.toISOString() }))

    t.test('creating and revoking a key are audited with who, what and the request; never the secret', async (t) => {
      const before = (await everyRow()).length
      const created = await app.inject({
        method: 'POST',
        url: '/v1/admin/keys',
        headers: { ...bearer(admin), 'x-request-id': 'audit-key-create' },
        payload: { name: 'Partner portal', scopes: ['content:read'], policy: { maxDepth: 2 }, rateLimit: 100, expiresAt: '2099-01-01T00:00:00Z' },
      })
      t.equal(created.statusCode, 201, 'created')
      const key = created.json()
      secrets.push(key.key)
      const revoked = await app.inject({
        method: 'DELETE',
        url: `/v1/admin/keys/${key.id}`,
        headers: { ...bearer(otherAdmin), 'x-request-id': 'audit-key-revoke' },
      })
      t.equal(revoked.statusCode, 200)
      t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/keys/${key.id}`, headers: bearer(otherAdmin) })).statusCode, 200, 'revoking again')

      const listed = await app.inject({ url: `/v1/admin/audit?target=key:${key.id}`, headers: bearer(admin) })
      t.equal(listed.statusCode, 200)
      t.equal(listed.headers['cache-control'], 'no-store')
      const rows = listed.json().data as Row[]
      t.match(rows, [
        {
          action: 'key.revoke',
          target: `key:${key.id}`,
          keyId: idOf(otherAdmin),
          keyName: 'Bo (key admin)',
          requestId: 'audit-key-revoke',
          detail: { name: 'Partner portal' },
        },
        { action: 'key.create', target: `key:${key.id}`, keyId: idOf(admin), keyName: 'Ada (key admin)', requestId: 'audit-key-create' },
      ])
      t.equal(rows.length, 2, 'a second revocation changes nothing, so records nothing')
      t.same(rows[1]!.detail, {
        name: 'Partner portal',
        scopes: ['content:read'],
        policy: { maxDepth: 2 },
        rateLimit: 100,
        expiresAt: '2099-01-01T00:00:00.000Z',
      })
      // Written in the transaction of the change: the same transaction time as the key's own columns.
      t.equal(rows[1]!.at, key.createdAt, 'the create row is written with the key')
      t.equal(rows[0]!.at, revoked.json().revokedAt, 'the revoke row is written with the revocation')
      t.equal((await everyRow()).length, before + 2)

      const refused = await app.inject({ method: 'POST', url: '/v1/admin/keys', headers: bearer(admin), payload: { name: '', scopes: ['root'] } })
      t.equal(refused.statusCode, 400)
      t.equal((await app.inject({ method: 'DELETE', url: '/v1/admin/keys/AAAAAAAAAAAA', headers: bearer(admin) })).statusCode, 404)
      t.equal((await everyRow()).length, before + 2, 'refused writes record nothing')
    })

    t.test('keys created in the process are audited too, and no secret or hash is anywhere in the log', async (t) => {
      const inProcess = (await everyRow()).filter((row) => row.action === 'key.create' && row.keyName === 'in-process call')
      t.same(
        inProcess.map((row) => (row.detail as Json | null)?.name),
        ['Ada (key admin)', 'Bo (key admin)', 'Ana (editor)', 'Ben (publisher)', 'reader'],
      )
      const log = JSON.stringify(await everyRow())
      const hashes = (await app.db.select({ hash: apiKeys.secretHash }).from(apiKeys)).map((row) => row.hash)
      t.ok(hashes.length >= secrets.length)
      for (const secret of secrets) {
        t.notOk(log.includes(secretOf(secret)), 'no secret')
        t.notOk(log.includes(sha256(secret)), 'no hash of a secret')
      }
      for (const hash of hashes) t.notOk(log.includes(hash), 'no stored hash')
      t.notMatch(log, /msb_/, 'nothing that looks like a key')
    })

    t.test('scopes: keys:admin or content:publish read the log; nothing else does, on REST or GraphQL', async (t) => {
      for (const [key, status] of [
        [admin, 200],
        [otherAdmin, 200],
        [publisher, 200],
        [writer, 403],
        [reader, 403],
      ] as const) {
        const response = await app.inject({ url: '/v1/admin/audit', headers: bearer(key) })
        t.equal(response.statusCode, status, `${status}`)
        if (status === 403) t.equal(response.json().code, 'FORBIDDEN')
      }
      t.equal((await app.inject('/v1/admin/audit')).statusCode, 401)
      const query = '{ auditLog(first: 1) { nodes { id action } } }'
      for (const key of [writer, reader]) {
        const denied = await graphql(app, query, {}, bearer(key))
        t.equal(denied.errors?.[0]?.extensions.code, 'FORBIDDEN')
        t.equal(denied.data, null)
      }
      const allowed = await graphql(app, query, {}, bearer(publisher))
      const rest = (await app.inject({ url: '/v1/admin/audit?limit=1', headers: bearer(publisher) })).json()
      t.same(allowed.data?.auditLog.nodes, [{ id: rest.data[0].id, action: rest.data[0].action }])
      // Never from the response cache: not for a key without the scope, nor stale after a write.
      t.equal((await graphql(app, query, {}, bearer(reader))).errors?.[0]?.extensions.code, 'FORBIDDEN', 'the same query, right after, by a reader')
      await createKey(app, { name: 'one more' })
      const fresh = await graphql(app, query, {}, bearer(publisher))
      t.not(fresh.data?.auditLog.nodes[0].id, allowed.data?.auditLog.nodes[0].id, 'a new row shows at once')
    })

    t.test('bad filters and cursors are a 400 naming the problem', async (t) => {
      const bad: [string, string][] = [
        ['since=yesterday', 'VALIDATION_FAILED'],
        ['since=2025-01-01', 'VALIDATION_FAILED'],
        ['since=2025-01-01T00:00:00', 'VALIDATION_FAILED'],
        ['since=2025-02-30T00:00:00Z', 'VALIDATION_FAILED'],
        ['since=0000-01-01T00:00:00Z', 'VALIDATION_FAILED'],
        ['until=0001-01-01T00:00:00%2B01:00', 'VALIDATION_FAILED'],
        ['until=9999-12-31T23:59:59-23:59', 'VALIDATION_FAILED'],
        ['action=Draft.edit', 'VALIDATION_FAILED'],
        ['action=draft.%25', 'VALIDATION_FAILED'],
        ['action=draft..', 'VALIDATION_FAILED'],
        ['target=a%00b', 'VALIDATION_FAILED'],
        ['keyId=short', 'VALIDATION_FAILED'],
        ['limit=0', 'VALIDATION_FAILED'],
        ['limit=101', 'VALIDATION_FAILED'],
        ['actor=x', 'VALIDATION_FAILED'],
        ['cursor=nope', 'INVALID_CURSOR'],
        [`cursor=${Buffer.from('{"before":0}').toString('base64url')}`, 'INVALID_CURSOR'],
        [`cursor=${Buffer.from('{"before":2147483648}').toString('base64url')}`, 'INVALID_CURSOR'],
        [`cursor=${Buffer.from('{"before":1,"x":1}').toString('base64url')}`, 'INVALID_CURSOR'],
        [`cursor=${'A'.repeat(201)}`, 'VALIDATION_FAILED'],
      ]
      for (const [query, code] of bad) {
        const response = await app.inject({ url: `/v1/admin/audit?${query}`, headers: bearer(admin) })
        t.equal(response.statusCode, 400, query)
        t.equal(response.json().code, code, query)
      }
      for (const [args, code] of [
        ['since: "yesterday"', 'VALIDATION_FAILED'],
        ['action: "DRAFT"', 'VALIDATION_FAILED'],
        ['first: 0', 'VALIDATION_FAILED'],
        ['after: "nope"', 'INVALID_CURSOR'],
      ]) {
        const result = await graphql(app, `{ auditLog(${args}) { nodes { id } } }`, {}, bearer(admin))
        t.equal(result.errors?.[0]?.extensions.code, code, String(args))
      }
      const edges = await app.inject({ url: '/v1/admin/audit?since=0001-01-01T00:00:00Z&until=9999-12-31T23:59:59Z', headers: bearer(admin) })
      t.equal(edges.statusCode, 200, 'the first and last instants the database holds')
    })

    t.test('the log is append-only in the database itself', async (t) => {
      const count = (await everyRow()).length
      await t.rejects(app.db.execute(sql`update audit_log set action = 'x'`))
      await t.rejects(app.db.execute(sql`delete from audit_log`))
      t.equal((await everyRow()).length, count)
    })

    t.test('any combination of filters, paged at any size, lists exactly the rows a plain filter of the whole log keeps', async (t) => {
      // Activity of several keys, spread in time: editorial work, a release, key changes.
      const call = (key: string, method: string, url: string, payload?: object) =>
        app.inject({ method: method as 'POST', url, headers: bearer(key), ...(payload ? { payload } : {}) })
      for (const slug of ['what-did-you-cook-today', 'what-did-you-read-today']) {
        const id = `prompt:${slug}`
        t.equal(
          (await call(writer, 'POST', '/v1/admin/documents', { type: 'prompt', content: newPrompt(slug, 'What did you do today?'), note: 'new' })).statusCode,
          201,
        )
        const edit = await app.inject({
          method: 'PATCH',
          url: `/v1/admin/documents/${id}/draft`,
          headers: { ...bearer(writer), 'if-match': '"d1"' },
          payload: { ageMax: 10 },
        })
        t.equal(edit.statusCode, 200)
        t.equal((await call(writer, 'POST', `/v1/admin/documents/${id}/submit`, {})).statusCode, 200)
        t.equal((await call(publisher, 'POST', `/v1/admin/documents/${id}/approve`, {})).statusCode, 200)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      t.equal((await call(publisher, 'POST', '/v1/admin/releases', { note: 'Two prompts' })).statusCode, 201)
      for (const name of ['one', 'two', 'three']) {
        const made = await call(name === 'two' ? otherAdmin : admin, 'POST', '/v1/admin/keys', { name, scopes: ['content:read'] })
        if (name !== 'one') await call(admin, 'DELETE', `/v1/admin/keys/${made.json().id}`)
        await new Promise((resolve) => setTimeout(resolve, 3))
      }

      const all = await listAll(app, bearer(admin), {}, 100, 'rest')
      t.same(
        all.map((row) => row.id),
        (await everyRow()).map((row) => row.id).reverse(),
        'the unfiltered log is every row, newest first',
      )
      t.same(
        new Set(all.map((row) => row.action)),
        new Set([
          'release.import',
          'key.create',
          'key.revoke',
          'draft.create',
          'draft.edit',
          'draft.submit',
          'draft.approve',
          'draft.publish',
          'release.publish',
        ]),
      )
      const times = all.map((row) => Date.parse(row.at))
      const time = fc.oneof(
        fc.constantFrom(...times).chain((at) => fc.integer({ min: -2, max: 2 }).map((shift) => at + shift)),
        fc.integer({ min: Math.min(...times) - 1000, max: Math.max(...times) + 1000 }),
      )
      const since = (at: fc.Arbitrary<number>) => fc.tuple(at, fc.constantFrom(0, 60, 330, -480, -59)).map(([time, offset]) => withOffset(time, offset))
      const until = (at: fc.Arbitrary<number>) => fc.tuple(at, fc.constantFrom(0, 120, -300)).map(([time, offset]) => withOffset(time, offset))
      const anyFilters: fc.Arbitrary<Filters> = fc.record(
        {
          action: fc.constantFrom(...new Set(all.map((row) => row.action)), 'draft.', 'key.', 'release.', 'key', 'draft.pub', 'nothing.'),
          target: fc.constantFrom(...new Set(all.map((row) => row.target)), 'prompt:nowhere'),
          keyId: fc.constantFrom(...new Set(all.flatMap((row) => (row.keyId ? [row.keyId] : []))), 'ZZZZZZZZZZZZ'),
          since: since(time),
          until: until(time),
        },
        { requiredKeys: [] },
      )
      // Filters taken from one row (an action or its prefix, its target, its key, times around it), so
      // that combinations often match something.
      const rowFilters: fc.Arbitrary<Filters> = fc.constantFrom(...all).chain((row) =>
        fc.record(
          {
            action: fc.constantFrom(row.action, `${row.action.split('.')[0]}.`),
            target: fc.constant(row.target),
            keyId: row.keyId === null ? fc.constant('ZZZZZZZZZZZZ') : fc.constant(row.keyId),
            since: since(fc.integer({ min: -5_000, max: 1 }).map((shift) => Date.parse(row.at) + shift)),
            until: until(fc.integer({ min: 0, max: 5_000 }).map((shift) => Date.parse(row.at) + shift)),
          },
          { requiredKeys: [] },
        ),
      )
      const filters = fc.oneof(anyFilters, rowFilters)
      let nonEmpty = 0
      await fc.assert(
        fc.asyncProperty(filters, fc.integer({ min: 1, max: 7 }), fc.constantFrom<'rest' | 'graphql'>('rest', 'graphql'), async (chosen, limit, via) => {
          const listed = await listAll(app, bearer(admin), chosen, limit, via)
          const expected = all.filter((row) => matches(row, chosen))
          if (expected.length > 0) nonEmpty++
          if (JSON.stringify(listed) !== JSON.stringify(expected)) {
            throw new Error(`${via} ${JSON.stringify(chosen)} limit ${limit}: got ${listed.map((row) => row.id)}, expected ${expected.map((row) => row.id)}`)
          }
        }),
        { numRuns: driver === 'pglite' ? 120 : 80 },
      )
      t.ok(nonEmpty > 20, `${nonEmpty} of the combinations matched rows`)
    })
  })
}

t.test('the command line tools are named in the log: who ran them, and as which OS user', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-audit-cli-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const run = (script: string, ...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    })
  t.match((await run('src/cli/import-content.ts', 'First', 'import')).stdout, /Published release 1/)
  const created = JSON.parse((await run('src/cli/keys.ts', 'create', '--name', 'Portal', '--scopes', 'content:read', '--json')).stdout)

  const database = await openDatabase({ dataDir })
  t.teardown(() => database.close())
  const rows = await database.db.select().from(auditLog).orderBy(asc(auditLog.id))
  const user = userInfo().username
  t.match(rows, [
    { action: 'release.import', target: 'release:1', keyId: null, keyName: `content import CLI (${user})`, detail: { note: 'First import' } },
    { action: 'key.create', target: `key:${created.id}`, keyId: null, keyName: `keys CLI (${user})`, requestId: null },
  ])
  t.equal(rows.length, 2, 'one row for the whole import')
  t.notOk(JSON.stringify(rows).includes(secretOf(created.key)), 'no secret')
})

import { randomUUID } from 'node:crypto'
import t from 'tap'
import { insertKey } from '../../src/keys/repository.js'
import { build } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

// Like TEST_DATABASE_URL: .ci/run points it at the local Redis; a machine without Redis skips this part.
const REDIS_URL = process.env.TEST_REDIS_URL

t.test('a key over its limit gets 429 with Retry-After and RateLimit headers', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production' } })
  const key = await createKey(app, { rateLimit: 3 })
  const statuses: number[] = []
  let last
  for (let index = 0; index < 4; index++) {
    last = await app.inject({ url: '/v1/topics', headers: bearer(key) })
    statuses.push(last.statusCode)
  }
  t.same(statuses, [200, 200, 200, 429])
  t.ok(Number(last!.headers['retry-after']) > 0, 'Retry-After')
  t.equal(last!.headers['ratelimit-limit'], '3')
  t.equal(last!.headers['ratelimit-remaining'], '0')
  t.equal(last!.headers['ratelimit-policy'], '"key";q=3;w=60', "the current draft's policy header")
  t.match(last!.headers.ratelimit, /^"key";r=0;t=\d+$/, 'and its state header')
  t.match(last!.headers['content-type'], /^application\/problem\+json/)
  t.match(last!.json(), { status: 429, code: 'RATE_LIMITED' })
  const graphql = await app.inject({ method: 'POST', url: '/graphql', headers: bearer(key), payload: { query: '{ currentRelease { id } }' } })
  t.equal(graphql.statusCode, 429)
  t.equal(graphql.json().errors[0].extensions.code, 'RATE_LIMITED')
  const other = await createKey(app, { rateLimit: 3 })
  t.equal((await app.inject({ url: '/v1/topics', headers: bearer(other) })).statusCode, 200, 'each key has its own counter')
  t.equal((await app.inject('/healthz')).statusCode, 200, 'probes are not limited')
  const fresh = await app.inject({ url: '/v1/topics', headers: bearer(other) })
  t.equal(fresh.headers['ratelimit-remaining'], '1')
  t.match(fresh.headers.ratelimit, /^"key";r=1;t=\d+$/)
})

t.test('with Redis, the limit holds across two instances', { skip: REDIS_URL ? false : 'TEST_REDIS_URL is not set' }, async (t) => {
  const first = await build(t, 'pglite', { env: { NODE_ENV: 'production', REDIS_URL } })
  const second = await build(t, 'pglite', { env: { NODE_ENV: 'production', REDIS_URL } })
  const created = await first.services.keys.create({ name: `shared ${randomUUID()}`, scopes: ['content:read'], rateLimit: 4 })
  // The same key on the second instance's database, as two instances sharing one PostgreSQL would see it.
  const row = await first.services.keys.get(created.id)
  const { createHash } = await import('node:crypto')
  await insertKey(second.db, {
    id: row.id,
    name: row.name,
    secretHash: createHash('sha256').update(created.key).digest('hex'),
    scopes: row.scopes,
    rateLimit: row.rateLimit,
  })
  const statuses = []
  for (const app of [first, second, first, second, first, second]) {
    statuses.push((await app.inject({ url: '/v1/topics', headers: bearer(created.key) })).statusCode)
  }
  t.same(statuses, [200, 200, 200, 200, 429, 429], 'four requests in all, whichever instance answers')
})

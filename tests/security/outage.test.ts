import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import pg from 'pg'
import t from 'tap'
import { logEntries } from '../helpers/log.js'
import type { InjectOptions } from 'fastify'
import { buildApp, type App } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { startFreezableProxy } from '../helpers/freezable-proxy.js'
import { bearer, createKey } from '../helpers/keys.js'

interface Teardown {
  teardown(fn: () => unknown): void
}

const adminUrl = process.env.TEST_DATABASE_URL
const skip = adminUrl ? false : 'TEST_DATABASE_URL is not set: outages are tested on PostgreSQL'

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** A database of this test's own on the shared server, dropped afterwards; the server itself is never stopped. */
async function ownDatabase(t: Teardown): Promise<{ name: string; url: URL }> {
  const name = `bonds_outage_${process.pid}_${randomBytes(4).toString('hex')}`
  await admin((client) => client.query(`create database ${name}`))
  t.teardown(() =>
    admin(async (client) => {
      await client.query(`alter database ${name} allow_connections true`)
      await client.query(`drop database if exists ${name} with (force)`)
    }),
  )
  const url = new URL(adminUrl as string)
  url.pathname = `/${name}`
  return { name, url }
}

async function start(t: Teardown, databaseUrl: string, stream: Writable): Promise<App> {
  const app = await buildApp({
    config: loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_STATEMENT_TIMEOUT_MS: '1000',
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    }),
    logger: { stream },
  })
  t.teardown(() => app.close())
  return app
}

async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

const uncached = (index: number) => `/v1/prompts?age=${3 + (index % 20)}&limit=${1 + (index % 50)}`

t.test('a database that refuses connections: 503 with Retry-After, then recovery', { skip }, async (t) => {
  const { name, url } = await ownDatabase(t)
  const logs = logEntries()
  const app = await start(t, url.toString(), logs.stream)
  const headers = bearer(await createKey(app))
  t.equal((await app.inject({ url: '/v1/topics', headers })).statusCode, 200, 'served before the outage')
  const pinned = await app.inject({ url: '/v1/topics/boundaries?release=1', headers })

  await admin(async (client) => {
    await client.query(`alter database ${name} allow_connections false`)
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name])
  })

  const answers = new Map<string, number>()
  for (let index = 0; index < 60; index++) {
    const response = await app.inject({ url: uncached(index), headers })
    const answer = `${response.statusCode} ${response.headers['retry-after']} ${response.headers['content-type']} ${response.json().code}`
    answers.set(answer, (answers.get(answer) ?? 0) + 1)
  }
  t.same([...answers], [['503 5 application/problem+json; charset=utf-8 SERVICE_UNAVAILABLE', 60]], 'every uncached read answered 503 with Retry-After')

  const cached = await app.inject({ url: '/v1/topics/boundaries?release=1', headers })
  t.equal(cached.statusCode, 200, 'a pinned page already in memory is still served')
  t.equal(cached.payload, pinned.payload)

  const graphql = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers,
    payload: { query: '{ prompts(filter: { age: 7 }, first: 3) { nodes { slug } } }' },
  })
  t.equal(graphql.statusCode, 200, 'application/json: 200, as GraphQL over HTTP asks')
  t.equal(graphql.json().errors[0].extensions.code, 'SERVICE_UNAVAILABLE')
  t.equal(graphql.headers['retry-after'], '5')
  const strict = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { ...headers, accept: 'application/graphql-response+json' },
    payload: { query: '{ prompts(filter: { age: 8 }, first: 3) { nodes { slug } } }' },
  })
  t.equal(strict.statusCode, 503, 'graphql-response+json without data: 503')
  t.equal(strict.json().errors[0].extensions.code, 'SERVICE_UNAVAILABLE')

  const unknownKey = await app.inject({ url: '/v1/topics', headers: bearer(`msb_${'Q'.repeat(12)}_${'q'.repeat(43)}`) })
  t.equal(unknownKey.statusCode, 503, 'a key that cannot be looked up is not called invalid')

  const started = Date.now()
  const ready = await app.inject({ url: '/readyz' })
  t.equal(ready.statusCode, 503)
  t.comment(`/readyz answered in ${Date.now() - started} ms`)

  const failures = logs.lines.filter((line) => line.msg === 'request failed' || line.msg === 'GraphQL resolver failed')
  t.ok(failures.length <= 6, `${failures.length} error lines for about 65 failed requests`)
  t.notMatch(JSON.stringify(logs.lines), /select |insert |params:/i, 'no SQL in the log')

  await admin((client) => client.query(`alter database ${name} allow_connections true`))
  t.ok(await eventually(async () => (await app.inject({ url: uncached(61), headers })).statusCode === 200, 10_000), 'recovers by itself')
  t.ok(await eventually(async () => (await app.inject({ url: '/readyz' })).statusCode === 200, 10_000), 'ready again')
})

t.test('cached reads keep their bytes while the database is unreachable', { skip }, async (t) => {
  const { name, url } = await ownDatabase(t)
  const app = await start(t, url.toString(), logEntries().stream)
  const headers = bearer(await createKey(app))
  const reads: InjectOptions[] = [
    { url: '/v1/guide' },
    { url: '/v1/topics/boundaries' },
    { url: '/v1/prompts?age=9&depth=2&limit=20' },
    { url: '/v1/search?q=boundaries' },
    { method: 'POST', url: '/v1/recommendations', payload: { age: 9, interests: ['nature'], minutes: 60, limit: 3 } },
    {
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ topic(slug: "boundaries") { slug title } prompts(filter: { age: 9 }, first: 5) { nodes { slug } } }' },
    },
  ]
  const warm: string[] = []
  for (const read of reads) {
    const response = await app.inject({ ...read, headers })
    t.equal(response.statusCode, 200, `${read.method ?? 'GET'} ${read.url} before the outage`)
    warm.push(response.payload)
  }

  await admin(async (client) => {
    await client.query(`alter database ${name} allow_connections false`)
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name])
  })

  for (const [index, read] of reads.entries()) {
    const response = await app.inject({ ...read, headers })
    t.equal(response.statusCode, 200, `${read.method ?? 'GET'} ${read.url} is still served`)
    t.equal(response.payload, warm[index], `${read.method ?? 'GET'} ${read.url}: the same bytes`)
  }
  const uncachedRead = await app.inject({ url: '/v1/prompts?age=10&depth=2&limit=20', headers })
  t.equal(uncachedRead.statusCode, 503, 'a read not in the cache needs the database')
  t.equal(uncachedRead.json().code, 'SERVICE_UNAVAILABLE')
})

t.test('a frozen database: requests and /readyz answer 503 in bounded time, then recover', { skip }, async (t) => {
  const { url } = await ownDatabase(t)
  const proxy = await startFreezableProxy({ host: url.hostname, port: Number(url.port || 5432) })
  t.teardown(() => proxy.close())
  const proxied = new URL(url)
  proxied.hostname = '127.0.0.1'
  proxied.port = String(proxy.port)
  const app = await start(t, proxied.toString(), logEntries().stream)
  const headers = bearer(await createKey(app))
  t.equal((await app.inject({ url: uncached(0), headers })).statusCode, 200)

  proxy.freeze()
  let started = Date.now()
  const ready = await app.inject({ url: '/readyz' })
  t.equal(ready.statusCode, 503)
  t.comment(`/readyz answered in ${Date.now() - started} ms`)

  started = Date.now()
  const responses = await Promise.all(Array.from({ length: 12 }, (_, index) => app.inject({ url: uncached(index + 1), headers })))
  const elapsed = Date.now() - started
  t.same([...new Set(responses.map((response) => response.statusCode))], [503], 'every uncached read answered 503')
  t.ok(elapsed < 6_000, `answered within the timeouts (${elapsed} ms)`)
  t.equal(responses[0]?.headers['retry-after'], '5')

  proxy.thaw()
  t.ok(await eventually(async () => (await app.inject({ url: uncached(30), headers })).statusCode === 200, 10_000), 'recovers by itself')
})

t.test('keys read before an outage keep working for all of it (within KEY_CACHE_STALE_IF_ERROR_MS); revoked ones stay refused', { skip }, async (t) => {
  const { name, url } = await ownDatabase(t)
  const app = await start(t, url.toString(), logEntries().stream)
  const key = await createKey(app)
  const revoked = await createKey(app)
  const unread = await createKey(app)
  const reads: InjectOptions[] = [
    { url: '/v1/topics/boundaries' },
    { url: '/v1/topics/boundaries?release=1' },
    { method: 'POST', url: '/graphql', payload: { query: '{ topic(slug: "boundaries") { slug title } }' } },
  ]
  const warm: string[] = []
  for (const read of reads) warm.push((await app.inject({ ...read, headers: bearer(key) })).payload)
  t.equal((await app.inject({ url: '/v1/topics/boundaries', headers: bearer(revoked) })).statusCode, 200)
  await app.services.keys.revoke(revoked.split('_')[1] as string)

  await admin(async (client) => {
    await client.query(`alter database ${name} allow_connections false`)
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name])
  })
  // Past the 5 s a key read is trusted while the event bus is down (its connection went with the database).
  await new Promise((resolve) => setTimeout(resolve, 6_000))

  for (const [index, read] of reads.entries()) {
    const response = await app.inject({ ...read, headers: bearer(key) })
    t.equal(response.statusCode, 200, `${read.method ?? 'GET'} ${read.url}: still served 6 s into the outage`)
    t.equal(response.payload, warm[index])
  }
  const started = Date.now()
  for (let index = 0; index < 20; index++) await app.inject({ url: '/v1/topics/boundaries', headers: bearer(key) })
  t.ok(Date.now() - started < 5_000, `20 cached reads in ${Date.now() - started} ms: the key is not looked up for each`)
  t.equal((await app.inject({ url: '/v1/topics/boundaries', headers: bearer(revoked) })).statusCode, 401, 'a key revoked before the outage stays refused')
  t.equal(
    (await app.inject({ url: '/v1/topics/boundaries', headers: bearer(unread) })).statusCode,
    503,
    'a key never read here cannot be checked: 503, not 401',
  )

  const keys = app.services.keys
  t.ok(await keys.authenticate(key, new Date(Date.now() + 3_600_000 - 10_000)), 'still usable near the end of the default hour')
  await t.rejects(keys.authenticate(key, new Date(Date.now() + 3_600_000 + 10_000)), 'past it, the key must be looked up again: unavailable')

  await admin((client) => client.query(`alter database ${name} allow_connections true`))
  t.ok(await eventually(async () => (await app.inject({ url: uncached(70), headers: bearer(unread) })).statusCode === 200, 10_000), 'recovers by itself')
})

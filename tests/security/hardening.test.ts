import { connect } from 'node:net'
import t from 'tap'
import { logText } from '../helpers/log.js'
import { KeyService } from '../../src/keys/service.js'
import { build, createTestDatabase, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

/** Sends raw bytes to a listening app and resolves with everything it answered once the socket closes. */
function rawExchange(port: number, write: (socket: ReturnType<typeof connect>) => void, limitMs: number) {
  return new Promise<{ answer: string; closedAfterMs: number }>((resolve) => {
    const started = Date.now()
    const socket = connect(port, '127.0.0.1', () => write(socket))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('error', () => {})
    const give = setTimeout(() => socket.destroy(), limitMs)
    socket.on('close', () => {
      clearTimeout(give)
      resolve({ answer, closedAfterMs: Date.now() - started })
    })
  })
}

t.test('slow clients are cut off: a dripping body, headers that never end, an idle socket', async (t) => {
  const app = await build(t, 'pglite', {
    env: { NODE_ENV: 'production', HTTP_REQUEST_TIMEOUT_MS: '1500', HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_CONNECTION_TIMEOUT_MS: '2000' },
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }

  const admin = await createKey(app, { scopes: ['keys:admin'] })
  const drip = await rawExchange(
    port,
    (socket) => {
      socket.write(
        `POST /v1/admin/keys HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${admin}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
      )
      const timer = setInterval(() => (socket.writable ? socket.write(' ') : clearInterval(timer)), 200)
      socket.on('close', () => clearInterval(timer))
    },
    10_000,
  )
  t.ok(drip.closedAfterMs < 4_000, `a body sent one byte at a time is cut off (${drip.closedAfterMs} ms)`)
  t.match(drip.answer, /^HTTP\/1\.1 408 /, 'answered 408')
  t.match(drip.answer, /application\/problem\+json/)
  t.match(drip.answer, /"code":"REQUEST_TIMEOUT"/)

  const headers = await rawExchange(port, (socket) => socket.write('GET /v1/topics HTTP/1.1\r\nHost: x\r\nX-Slow: '), 10_000)
  t.ok(headers.closedAfterMs < 4_000, `headers that never end are cut off (${headers.closedAfterMs} ms)`)

  const idle = await rawExchange(port, () => {}, 10_000)
  t.ok(idle.closedAfterMs < 4_000, `a connection that sends nothing is closed (${idle.closedAfterMs} ms)`)
})

t.test('malformed HTTP and router errors answer problem+json from the catalogue, without echoing the URL', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production' } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const ask = (request: string) => rawExchange(port, (socket) => socket.write(request), 5_000)

  const badUrl = await ask('GET /v1/topics/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
  t.match(badUrl.answer, /^HTTP\/1\.1 400 /)
  t.match(badUrl.answer, /application\/problem\+json/)
  t.notMatch(badUrl.answer, /FST_|%E0/, 'no internal code, no echo')

  const longParam = `/v1/topics/${'a'.repeat(400)}`
  const long = await app.inject({ url: longParam })
  t.equal(long.statusCode, 414)
  t.match(long.headers['content-type'], /^application\/problem\+json/)
  t.match(long.json(), { code: 'URI_TOO_LONG', status: 414 })
  t.notMatch(long.payload, /aaaaaaaaaa|FST_/, 'the URL is not echoed')

  const garbage = await ask('NOT HTTP AT ALL\r\n\r\n')
  t.match(garbage.answer, /^HTTP\/1\.1 400 /)
  t.match(garbage.answer, /"code":"MALFORMED_REQUEST"/)
  const requestId = /X-Request-Id: ([0-9a-f-]{36})/.exec(garbage.answer)?.[1]
  t.ok(requestId && garbage.answer.includes(`"requestId":"${requestId}"`), 'with a request id in the header and the body')

  const hugeHeader = await ask(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`)
  t.match(hugeHeader.answer, /^HTTP\/1\.1 431 /)
  t.match(hugeHeader.answer, /"code":"HEADERS_TOO_LARGE"/)

  const notFound = await app.inject({ url: `/nothing/${'x'.repeat(300)}` })
  t.equal(notFound.statusCode, 404)
  t.match(notFound.json(), { code: 'ROUTE_NOT_FOUND' })
  t.notMatch(notFound.payload, /xxxxxxxxxx/, 'a long unknown path is not echoed')
})

for (const driver of drivers) {
  t.test(`failed authentication is limited per address, on ${driver}`, async (t) => {
    const queries: string[] = []
    const app = await build(t, driver, { env: { NODE_ENV: 'production', AUTH_FAILURES_PER_MINUTE: '5' }, onQuery: (sql) => queries.push(sql) })
    const valid = await createKey(app)
    queries.length = 0 // start-up reads the keys table once (keys whose policy and scopes conflict): not a lookup
    const attacker = { remoteAddress: '203.0.113.7' }
    t.equal((await app.inject({ url: '/v1/topics', headers: bearer(valid), ...attacker })).statusCode, 200, 'a known key, looked up once')

    const guesses = Array.from({ length: 40 }, (_, index) => `msb_${String(index).padStart(12, 'G')}_${'g'.repeat(43)}`)
    const statuses: number[] = []
    for (const guess of guesses) statuses.push((await app.inject({ url: '/v1/topics', headers: bearer(guess), ...attacker })).statusCode)
    t.same(statuses.slice(0, 5), [401, 401, 401, 401, 401])
    t.same([...new Set(statuses.slice(5))], [429], 'then 429')
    const refused = await app.inject({ url: '/v1/topics', headers: bearer(`msb_${'H'.repeat(12)}_${'h'.repeat(43)}`), ...attacker })
    t.equal(refused.statusCode, 429)
    t.ok(Number(refused.headers['retry-after']) > 0, 'with Retry-After')
    t.equal(refused.json().code, 'RATE_LIMITED')
    const before = queries.filter((sql) => /from "api_keys"/.test(sql)).length
    for (const guess of guesses) await app.inject({ url: '/v1/topics', headers: bearer(guess), ...attacker })
    const again = queries.filter((sql) => /from "api_keys"/.test(sql)).length - before
    t.equal(again, 0, 'ids already tried are remembered as unknown: no lookup')

    t.equal((await app.inject({ url: '/v1/topics', headers: bearer(valid), ...attacker })).statusCode, 200, 'a known key still passes')
    t.equal(
      (await app.inject({ url: '/v1/topics', headers: bearer(valid), remoteAddress: '198.51.100.1' })).statusCode,
      200,
      'other addresses are not affected',
    )
  })

  t.test(`guessed ids do not push real keys out of the lookup cache, on ${driver}`, async (t) => {
    const queries: string[] = []
    const database = await createTestDatabase(t, driver, (sql) => queries.push(sql))
    await database.migrate()
    // A small cache and a long lifetime, so the test shows eviction, not expiry.
    const keys = new KeyService(database.db, { cacheSize: 100, cacheTtlMs: 600_000 })
    keys.listenerStatus(true) // as under the app's event bus: without it, keys are trusted 5 s only
    t.teardown(() => keys.close())
    const valid = (await keys.create({ name: 'partner', scopes: ['content:read'] })).key
    t.ok(await keys.authenticate(valid))
    let accepted = 0
    for (let index = 0; index < 500; index++) {
      if (await keys.authenticate(`msb_${String(index).padStart(12, 'U')}_${'u'.repeat(43)}`)) accepted++
    }
    t.equal(accepted, 0, '500 unknown ids refused')
    const before = queries.length
    t.ok(await keys.authenticate(valid), 'the valid key still authenticates')
    t.equal(queries.slice(before).length, 0, 'from the cache: 500 unknown ids did not evict it')
  })
}

t.test('the Bearer scheme is case-insensitive', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production' } })
  const key = await createKey(app)
  for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
    t.equal((await app.inject({ url: '/v1/topics', headers: { authorization: `${scheme} ${key}` } })).statusCode, 200, scheme)
  }
  t.equal((await app.inject({ url: '/v1/topics', headers: { authorization: `Bearer  ${key}` } })).statusCode, 200, 'more than one space')
  t.equal((await app.inject({ url: '/v1/topics', headers: { authorization: `Basic ${key}` } })).statusCode, 401)
})

t.test('keys never reach the log or an echoed header, however they are spelled', async (t) => {
  const { lines, stream } = logText()
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production', LOG_LEVEL: 'info' }, logger: { stream } })
  const key = await createKey(app)
  // The secret is base64url, so it may hold '_' itself: it is all that follows the id.
  const id = key.slice('msb_'.length, 'msb_'.length + 12)
  const secret = key.slice('msb_'.length + 12 + 1)
  const encoded = `msb%5F${id}%5F${secret}`
  const doubly = `msb%255F${id}%255F${secret}`
  for (const url of [`/v1/topics?q=${encoded}`, `/v1/topics?x=${doubly}`, `/v1/topics/${encoded}`, `/v1/topics?api%5Fkey=1`]) {
    const response = await app.inject({ url, headers: bearer(key) })
    t.equal(response.statusCode, 400, url.slice(0, 30))
    t.equal(response.json().code, 'KEY_IN_URL')
  }
  const echoed = await app.inject({ url: '/healthz', headers: { 'x-request-id': key } })
  t.not(echoed.headers['x-request-id'], key, 'a request id that looks like a key is replaced')
  t.match(echoed.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const ordinary = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-42' } })
  t.equal(ordinary.headers['x-request-id'], 'trace-42', 'an ordinary request id is kept')
  const log = lines.join('')
  t.notMatch(log, new RegExp(secret), 'the secret is in no log line')
  t.notMatch(log, new RegExp(id), 'nor the key id')
})

t.test('release accepts digits only; numbers are range-checked before SQL', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production' } })
  const headers = bearer(await createKey(app))
  for (const release of ['0x1', '%201', '1.0', '1e0', '+1', '-1', '0', '01', '2147483648', '99999999999']) {
    const response = await app.inject({ url: `/v1/topics?release=${release}`, headers })
    t.equal(response.statusCode, 400, `release=${release}`)
  }
  t.equal((await app.inject({ url: '/v1/topics?release=1', headers })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/topics?release=current', headers })).statusCode, 200)
  for (const url of [
    '/v1/prompts?age=0x9',
    '/v1/prompts?age=9.0',
    '/v1/activities?maxMinutes=1e2',
    '/v1/releases/0x1',
    '/v1/documents/topic:legacy/versions/1.0',
  ]) {
    t.equal((await app.inject({ url, headers })).statusCode, 400, url)
  }
})

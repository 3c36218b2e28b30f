import http from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { logEntries } from '../helpers/log.js'
import { ConfigError, loadConfig } from '../../src/config.js'
import { build } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

interface Answer {
  status: number
  body: string
}

/** One request from a given local address (the machine's loopback range: 127.0.0.2, 127.0.0.3...). */
function request(port: number, from: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: '127.0.0.1', port, path, headers, localAddress: from, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

/** A reverse proxy on 127.0.0.1, as a load balancer does it: it appends the peer's address to X-Forwarded-For. */
async function startProxy(target: number): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((incoming, answer) => {
    const forwarded = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ')
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: target,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, 'x-forwarded-for': forwarded },
        localAddress: '127.0.0.1',
        agent: false,
      },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(answer)
      },
    )
    outgoing.on('error', () => answer.writeHead(502).end())
    incoming.pipe(outgoing)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

t.test('TRUST_PROXY takes addresses and address ranges, and nothing else', async (t) => {
  t.same(loadConfig({}).TRUST_PROXY, [], 'off by default')
  t.same(loadConfig({ TRUST_PROXY: ' 10.0.0.7, 10.1.0.0/16 ,::1, fd00::/8' }).TRUST_PROXY, ['10.0.0.7', '10.1.0.0/16', '::1', 'fd00::/8'])
  for (const value of ['true', '1', 'loopback', '10.0.0.0/33', '10.0.0.300', '*', '10.0.0.0/8;rm']) {
    t.throws(() => loadConfig({ TRUST_PROXY: value }), ConfigError, value)
  }
})

// HTTP behaviour only, so on the embedded database alone: no statement differs between drivers here.
t.test('behind a trusted proxy each client is counted apart; a forged X-Forwarded-For changes nothing', async (t) => {
  const { lines, stream } = logEntries()
  const app = await build(t, 'pglite', {
    env: {
      NODE_ENV: 'development',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      TRUST_PROXY: '127.0.0.1',
      AUTH_FAILURES_PER_MINUTE: '3',
      RATE_LIMIT_PER_MINUTE: '5',
      METRICS_ALLOWED_NETWORKS: '127.0.0.2/32',
    },
    logger: { stream },
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  const proxy = await startProxy(port)
  t.teardown(() => proxy.close())
  const viaProxy = (from: string, path: string, headers: Record<string, string> = {}) => request(proxy.port, from, path, headers)
  // A new made-up key each time, so only the address budget counts (a key id has a budget of its own).
  let made = 0
  const bad = () => bearer(`msb_${String(made++).padStart(12, 'B')}_${'b'.repeat(43)}`)

  // Failed authentications: client A (127.0.0.2) uses up its budget; client B (127.0.0.3), behind the same proxy, does not share it.
  const clientA = []
  for (let index = 0; index < 5; index++) clientA.push((await viaProxy('127.0.0.2', '/v1/topics', bad())).status)
  t.same(clientA, [401, 401, 401, 429, 429], 'client A: three failures, then 429')
  t.equal((await viaProxy('127.0.0.3', '/v1/topics', bad())).status, 401, 'client B still gets 401, not 429')
  t.equal(
    (await viaProxy('127.0.0.3', '/v1/topics', { ...bad(), 'x-forwarded-for': '127.0.0.9' })).status,
    401,
    'B claiming another address through the proxy is still B',
  )
  t.equal(
    (await viaProxy('127.0.0.2', '/v1/topics', { ...bad(), 'x-forwarded-for': '127.0.0.9' })).status,
    429,
    'A cannot shed its count by claiming another address',
  )

  // The rate limit of callers without a key (development): per client, not per proxy.
  const anonymousA = []
  for (let index = 0; index < 6; index++) anonymousA.push((await viaProxy('127.0.0.4', '/v1/topics')).status)
  t.same(anonymousA, [200, 200, 200, 200, 200, 429], 'client C: five requests a minute, then 429')
  t.equal((await viaProxy('127.0.0.5', '/v1/topics')).status, 200, 'client D behind the same proxy has its own quota')

  // An untrusted peer (straight to the app, from 127.0.0.6): its X-Forwarded-For is not read.
  const direct = []
  for (let index = 0; index < 5; index++) {
    direct.push((await request(port, '127.0.0.6', '/v1/topics', { ...bad(), 'x-forwarded-for': `198.51.100.${index}` })).status)
  }
  t.same(direct, [401, 401, 401, 429, 429], "a new forged address each time: one count, the peer's")
  const forgedQuota = []
  for (let index = 0; index < 6; index++) {
    forgedQuota.push((await request(port, '127.0.0.7', '/v1/topics', { 'x-forwarded-for': `198.51.100.${index}` })).status)
  }
  t.same(forgedQuota, [200, 200, 200, 200, 200, 429], "and one rate limit quota, the peer's")

  // /metrics: METRICS_ALLOWED_NETWORKS applies to the client behind the proxy, not to the proxy.
  t.equal((await viaProxy('127.0.0.2', '/metrics')).status, 200, 'an allowed client through the proxy')
  t.equal((await viaProxy('127.0.0.3', '/metrics')).status, 401, 'another client through the same proxy needs a key')
  t.equal((await request(port, '127.0.0.3', '/metrics', { 'x-forwarded-for': '127.0.0.2' })).status, 401, 'a forged allowed address from an untrusted peer')

  // Logs name the client.
  const logged = lines
    .filter((line) => (line.req as { url?: string } | undefined)?.url === '/metrics')
    .map((line) => (line.req as { remoteAddress: string }).remoteAddress)
  t.same(logged, ['127.0.0.2', '127.0.0.3', '127.0.0.3'], "the log has the client's address, the peer's when it is not a trusted proxy")

  const key = await createKey(app)
  t.equal((await viaProxy('127.0.0.2', '/v1/topics', bearer(key))).status, 200, 'a valid key from the client over its failure budget')
})

t.test('without TRUST_PROXY, X-Forwarded-For is never read', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production', AUTH_FAILURES_PER_MINUTE: '2' } })
  const statuses = []
  for (let index = 0; index < 4; index++) {
    statuses.push(
      (
        await app.inject({
          url: '/v1/topics',
          headers: { ...bearer(`msb_${String(index).padStart(12, 'C')}_${'c'.repeat(43)}`), 'x-forwarded-for': `203.0.113.${index}` },
          remoteAddress: '198.51.100.7',
        })
      ).statusCode,
    )
  }
  t.same(statuses, [401, 401, 429, 429])
})

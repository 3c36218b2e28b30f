import t from 'tap'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

const graphqlBody = { query: '{ currentRelease { id } }' }
const protectedRequests: { method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: object; scope?: string }[] = [
  { method: 'GET', url: '/v1/guide' },
  { method: 'GET', url: '/v1/topics' },
  { method: 'GET', url: '/v1/topics/boundaries' },
  { method: 'GET', url: '/v1/faqs' },
  { method: 'GET', url: '/v1/faqs/role-of-shared-interests' },
  { method: 'GET', url: '/v1/prompts' },
  { method: 'GET', url: '/v1/prompts/daily' },
  { method: 'GET', url: '/v1/prompts/what-was-the-best-part-of-your-day' },
  { method: 'POST', url: '/v1/conversation-plans', payload: { age: 9, topic: 'legacy', setting: 'meal', minutes: 15 } },
  { method: 'GET', url: '/v1/activities' },
  { method: 'GET', url: '/v1/activities/family-recipe-night' },
  { method: 'POST', url: '/v1/recommendations', payload: { age: 9 } },
  { method: 'GET', url: '/v1/search?q=bond' },
  { method: 'GET', url: '/v1/releases' },
  { method: 'GET', url: '/v1/releases/1' },
  { method: 'GET', url: '/v1/documents/topic:legacy/versions/1' },
  { method: 'POST', url: '/graphql', payload: graphqlBody },
  { method: 'GET', url: '/graphql?query=%7BcurrentRelease%7Bid%7D%7D' },
  { method: 'GET', url: '/v1/admin/keys', scope: 'keys:admin' },
  { method: 'POST', url: '/v1/admin/keys', payload: { name: 'x', scopes: ['content:read'] }, scope: 'keys:admin' },
  { method: 'DELETE', url: '/v1/admin/keys/AAAAAAAAAAAA', scope: 'keys:admin' },
]

for (const driver of drivers) {
  t.test(`access control on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const reader = await createKey(app, { scopes: ['content:read'] })
    const admin = await createKey(app, { scopes: ['keys:admin', 'content:read'] })
    const adminOnly = await createKey(app, { scopes: ['keys:admin'] })
    const revoked = await createKey(app)
    const expired = await createKey(app, { expiresAt: new Date(Date.now() - 60_000).toISOString() })
    await app.services.keys.revoke(revoked.split('_')[1] as string)
    const unknown = `msb_${'Z'.repeat(12)}_${'x'.repeat(43)}`
    const tampered = `${reader.slice(0, -4)}AAAA`

    const call = (request: (typeof protectedRequests)[number], headers: Record<string, string> = {}) =>
      app.inject({ method: request.method, url: request.url, payload: request.payload, headers })

    t.test('no key, a bad key, a tampered, revoked or expired key: 401 with one uniform answer', async (t) => {
      for (const request of protectedRequests) {
        const answers = []
        for (const headers of [
          {},
          bearer(unknown),
          bearer(tampered),
          bearer(revoked),
          bearer(expired),
          { authorization: reader },
          { authorization: 'Basic abc' },
        ]) {
          const response = await call(request, headers)
          t.equal(response.statusCode, 401, `${request.method} ${request.url} ${JSON.stringify(headers).slice(0, 30)}`)
          t.match(response.headers['www-authenticate'], /^Bearer realm="strengthening-bonds"/)
          const body = response.json()
          const problem = request.url.startsWith('/graphql') ? body.errors[0] : body
          answers.push(request.url.startsWith('/graphql') ? problem.message : `${problem.code} ${problem.detail}`)
        }
        t.equal(new Set(answers).size, 1, `${request.url}: nothing tells the cases apart`)
      }
    })

    t.test('a key without the scope: 403', async (t) => {
      for (const request of protectedRequests) {
        const key = request.scope === 'keys:admin' ? reader : adminOnly
        const response = await call(request, bearer(key))
        t.equal(response.statusCode, 403, `${request.method} ${request.url}`)
        const body = response.json()
        t.equal(request.url.startsWith('/graphql') ? body.errors[0].extensions.code : body.code, 'FORBIDDEN')
      }
    })

    t.test('the right key gets through', async (t) => {
      for (const request of protectedRequests) {
        const response = await call(request, bearer(request.scope === 'keys:admin' ? admin : reader))
        t.ok(
          response.statusCode < 400 || (request.method === 'DELETE' && response.statusCode === 404),
          `${request.method} ${request.url}: ${response.statusCode}`,
        )
      }
    })

    t.test('a key in the query string is refused, even a valid one', async (t) => {
      for (const url of [
        `/v1/topics?api_key=${reader}`,
        `/v1/topics?key=${reader}`,
        `/v1/topics?access_token=x`,
        `/graphql?query=%7Bok%7D&token=${reader}`,
        `/v1/search?q=${reader}`,
      ]) {
        const response = await app.inject({ url })
        t.equal(response.statusCode, 400, url.slice(0, 30))
      }
    })

    t.test('probes, documentation and GraphiQL stay open', async (t) => {
      for (const url of ['/healthz', '/readyz', '/openapi.json', '/docs/', '/graphiql', '/problems/unauthorized']) {
        t.equal((await app.inject(url)).statusCode, 200, url)
      }
    })

    t.test('key management: shown once, stored hashed, listed without secrets, revoked at once', async (t) => {
      const created = await app.inject({
        method: 'POST',
        url: '/v1/admin/keys',
        headers: bearer(admin),
        payload: { name: 'School portal', scopes: ['content:read'], policy: { maxDepth: 2, excludeSensitive: true }, rateLimit: 120 },
      })
      t.equal(created.statusCode, 201)
      const body = created.json()
      t.match(body, { name: 'School portal', scopes: ['content:read'], policy: { maxDepth: 2, excludeSensitive: true }, rateLimit: 120, revokedAt: null })
      t.match(body.key, /^msb_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/)
      t.equal(body.prefix, `msb_${body.id}_`)
      const listing = await app.inject({ url: '/v1/admin/keys', headers: bearer(admin) })
      const secret = body.key.slice(body.prefix.length)
      t.notOk(listing.payload.includes(secret), 'the list holds no secret')
      t.notOk(listing.payload.includes('secretHash'))
      const stored = await app.services.keys.get(body.id)
      t.notOk(JSON.stringify(stored).includes(secret))
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(body.key) })).statusCode, 200)
      const revoke = await app.inject({ method: 'DELETE', url: `/v1/admin/keys/${body.id}`, headers: bearer(admin) })
      t.equal(revoke.statusCode, 200)
      t.ok(revoke.json().revokedAt)
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(body.key) })).statusCode, 401, 'revoked at once')
      t.equal((await app.inject({ url: '/v1/admin/keys/AAAAAAAAAAAA', headers: bearer(admin) })).statusCode, 404)
      const bad = await app.inject({
        method: 'POST',
        url: '/v1/admin/keys',
        headers: bearer(admin),
        payload: { name: '', scopes: ['root'], policy: { maxDepth: 7 } },
      })
      t.equal(bad.statusCode, 400)
      t.same(
        bad
          .json()
          .errors.map((error: { field: string }) => error.field)
          .sort(),
        ['name', 'policy.maxDepth', 'scopes.0'],
      )
    })

    t.test('last use is recorded without a write per request', async (t) => {
      const id = reader.split('_')[1] as string
      await app.services.keys.flushUsage()
      const before = (await app.services.keys.get(id)).lastUsedAt
      t.ok(before, 'used above')
      for (let index = 0; index < 5; index++) await app.inject({ url: '/v1/topics', headers: bearer(reader) })
      t.equal((await app.services.keys.get(id)).lastUsedAt, before, 'not written per request')
      await app.services.keys.flushUsage(new Date(Date.now() + 1_000))
      t.ok((await app.services.keys.get(id)).lastUsedAt! > before!, 'written on flush')
    })
  })
}

t.test('development lets a newcomer in without a key, but a key sent must be valid', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'development' } })
  t.equal((await app.inject('/v1/topics')).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/topics', headers: bearer(`msb_${'Z'.repeat(12)}_${'x'.repeat(43)}`) })).statusCode, 401)
  t.equal((await app.inject('/v1/admin/keys')).statusCode, 403, 'but not key management')
})

t.test('CORS answers only the configured origins', async (t) => {
  const app = await build(t, 'pglite', { env: { CORS_ORIGINS: 'https://portal.example.org' } })
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/v1/topics',
    headers: { origin: 'https://portal.example.org', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
  })
  t.equal(preflight.headers['access-control-allow-origin'], 'https://portal.example.org')
  t.match(preflight.headers['access-control-allow-headers'], /authorization/)
  const allowed = await app.inject({ url: '/v1/topics', headers: { origin: 'https://portal.example.org' } })
  t.match(allowed.headers['access-control-expose-headers'], /content-release/)
  const other = await app.inject({ url: '/v1/topics', headers: { origin: 'https://evil.example.com' } })
  t.equal(other.headers['access-control-allow-origin'], undefined)
})

if (drivers.includes('postgres')) {
  t.test('a key revoked on one instance stops working on the others at once', async (t) => {
    const first = await build(t, 'postgres', { env: { NODE_ENV: 'production' } })
    const second = await buildSibling(t, first, { NODE_ENV: 'production' })
    const key = await createKey(first)
    t.equal((await second.inject({ url: '/v1/topics', headers: bearer(key) })).statusCode, 200, 'cached as valid on the second')
    await first.services.keys.revoke(key.split('_')[1] as string)
    let status = 200
    for (let attempt = 0; attempt < 50 && status === 200; attempt++) {
      status = (await second.inject({ url: '/v1/topics', headers: bearer(key) })).statusCode
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    t.equal(status, 401, 'well before the 5-second cache expiry')
  })
}

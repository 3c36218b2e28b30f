import t from 'tap'
import fc from 'fast-check'
import { createBondsClient, UnsafePathValueError } from '../../clients/typescript/index.js'
import { build, drivers } from '../helpers/build.js'
import { createKey } from '../helpers/keys.js'

// `.` and `..` are dot segments: encodeURIComponent leaves them alone and URL resolution removes them,
// so `slug: '..'` would request GET /v1/ and key id `..` would turn DELETE /v1/admin/keys/{id} into
// DELETE /v1/admin/. An empty value would drop its segment. The client refuses them before sending.
for (const driver of drivers) {
  t.test(`the typed client refuses dot-segment path values before sending anything (${driver})`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const received: string[] = []
    const routes: (string | undefined)[] = []
    app.addHook('onRequest', async (request) => {
      received.push(`${request.method} ${request.url}`)
      routes.push(request.routeOptions.url)
    })
    let seen: unknown
    app.addHook('preHandler', async (request) => {
      seen = (request.params as { slug?: unknown }).slug
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
    const apiKey = await createKey(app, { name: 'client test', scopes: ['content:read', 'keys:admin'] })
    const api = createBondsClient({ baseUrl, apiKey })

    for (const value of ['.', '..', '']) {
      await t.rejects(
        api.GET('/v1/topics/{slug}', { params: { path: { slug: value } } }),
        { name: 'UnsafePathValueError', message: /GET \/v1\/topics\/\{slug\}: the path value slug/ },
        `slug ${JSON.stringify(value)}`,
      )
      await t.rejects(api.DELETE('/v1/admin/keys/{id}', { params: { path: { id: value } } }), UnsafePathValueError, `key id ${JSON.stringify(value)}`)
    }
    t.same(received, [], 'the server received nothing')

    // Percent-encoded dots are sent as the literal text they are (`%` becomes %25), never as dot segments.
    for (const value of ['%2e', '%2E%2e', '.%2e', '%2e.']) {
      const { response, error } = await api.GET('/v1/topics/{slug}', { params: { path: { slug: value } } })
      t.equal(response.status, 400, `slug ${value} is refused by the topic route as no slug`)
      t.equal(error?.code, 'VALIDATION_FAILED')
    }
    t.equal(received.length, 4)
    t.ok(
      received.every((line) => /^GET \/v1\/topics\/[^/]*%25/.test(line)),
      'each sent as one segment with its % encoded',
    )
    t.same(new Set(routes), new Set(['/v1/topics/:slug']), 'each reached the topic route')

    // Any other value keeps its own segment: what reaches the route is the value itself.
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 12 }).filter((value) => value !== '.' && value !== '..'),
        async (slug) => {
          seen = undefined
          const { response } = await api.GET('/v1/topics/{slug}', { params: { path: { slug } } })
          return response.status < 500 && (response.status === 400 || seen === slug)
        },
      ),
      { numRuns: 40 },
    )
    await app.close()
  })
}

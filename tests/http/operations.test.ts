import t from 'tap'
import { build, drivers } from '../helpers/build.js'

for (const driver of drivers) {
  t.test(`operations on ${driver}`, async (t) => {
    const app = await build(t, driver)

    t.test('liveness and readiness', async (t) => {
      const health = await app.inject('/healthz')
      t.equal(health.statusCode, 200)
      t.same(health.json(), { status: 'ok' })
      const ready = await app.inject('/readyz')
      t.equal(ready.statusCode, 200)
      t.match(ready.json(), { status: 'ready', driver, currentRelease: 1 })
    })

    t.test('every response carries a request id, and a sane incoming one is kept', async (t) => {
      const generated = await app.inject('/healthz')
      t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/)
      const kept = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'partner-trace.42' } })
      t.equal(kept.headers['x-request-id'], 'partner-trace.42')
      const hostile = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'x'.repeat(500) } })
      t.not(hostile.headers['x-request-id'], 'x'.repeat(500))
    })

    t.test('an unknown path is a problem document, not an HTML page', async (t) => {
      const response = await app.inject('/v1/nothing-here?x=1')
      t.equal(response.statusCode, 404)
      t.match(response.headers['content-type'], /^application\/problem\+json/)
      t.match(response.json(), { status: 404, code: 'ROUTE_NOT_FOUND', instance: '/v1/nothing-here', type: '/problems/route-not-found' })
    })

    t.test('a malformed body on a GET route is refused cleanly', async (t) => {
      const response = await app.inject({ method: 'POST', url: '/v1/guide', payload: '{"a":', headers: { 'content-type': 'application/json' } })
      t.ok(response.statusCode >= 400 && response.statusCode < 500)
      t.match(response.headers['content-type'], /^application\/problem\+json/)
    })

    t.test('the problem types resolve to their catalogue entries', async (t) => {
      const response = await app.inject('/problems/topic-not-found')
      t.equal(response.statusCode, 200)
      t.match(response.json(), { code: 'TOPIC_NOT_FOUND', status: 404 })
      t.equal((await app.inject('/problems/nope')).statusCode, 404)
    })
  })
}

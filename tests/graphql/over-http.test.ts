import type { AddressInfo } from 'node:net'
import { auditServer } from 'graphql-http'
import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

for (const driver of drivers) {
  t.test(`the GraphQL-over-HTTP audit (graphql-http) on ${driver}: no error, no warning`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const key = bearer(await createKey(app, { scopes: ['content:read'] }))
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    const results = await auditServer({
      url: `http://127.0.0.1:${port}/graphql`,
      // Every request carries a key, as a partner's would.
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), ...key } }),
    })
    const report = (status: string) =>
      results.filter((result) => result.status === status).map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`)
    t.same(report('error'), [], 'no error')
    t.same(report('warn'), [], 'no warning')
    t.ok(results.filter((result) => result.status === 'ok').length > 50, `${results.length} checks`)
  })
}

t.test('the request members are checked as the specification asks', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production' } })
  const key = bearer(await createKey(app, { scopes: ['content:read'] }))
  const post = (payload: unknown) =>
    app.inject({ method: 'POST', url: '/graphql', headers: { ...key, accept: 'application/graphql-response+json' }, payload: payload as object })
  const ok = await post({ query: '{ currentRelease { id } }', extensions: null, variables: null, operationName: null })
  t.equal(ok.statusCode, 200, 'null members count as absent')
  t.same(ok.json().data, { currentRelease: { id: 1 } })
  for (const [payload, why] of [
    [{ query: '{ currentRelease { id } }', operationName: 1 }, 'a number as operationName'],
    [{ query: '{ currentRelease { id } }', variables: [] }, 'a list as variables'],
    [{ query: '{ currentRelease { id } }', extensions: 'x' }, 'a string as extensions'],
  ] as const) {
    const refused = await post(payload)
    t.equal(refused.statusCode, 400, why)
    t.equal(refused.json().errors[0].extensions.code, 'GRAPHQL_BAD_REQUEST', why)
    t.notOk('data' in refused.json(), `${why}: no data member`)
  }
  for (const query of ['{ currentRelease { id }', '{ nope }']) {
    const failed = await post({ query })
    t.equal(failed.statusCode, 400)
    t.notOk('data' in failed.json(), `${query}: no data member before execution`)
  }
})

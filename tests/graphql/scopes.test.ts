import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

const env = { NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }
const createWebhook = 'mutation { createWebhook(url: "https://127.0.0.1:9/hook", eventTypes: ["release.published"]) { webhook { id } } }'

for (const driver of drivers) {
  t.test(`GraphQL operations are checked by their own scopes, as REST is, on ${driver}`, async (t) => {
    const app = await build(t, driver, { env })
    const webhooksAdmin = bearer(await createKey(app, { scopes: ['webhooks:admin'] }))
    const keysAdmin = bearer(await createKey(app, { scopes: ['keys:admin'] }))
    const publisher = bearer(await createKey(app, { scopes: ['content:publish'] }))
    const reader = bearer(await createKey(app, { scopes: ['content:read'] }))
    const metrics = bearer(await createKey(app, { scopes: ['metrics:read'] }))

    t.test('a webhooks:admin key manages webhooks without content:read', async (t) => {
      const created = await graphql(app, createWebhook, undefined, webhooksAdmin)
      t.notOk(created.errors, JSON.stringify(created.errors))
      const listed = await graphql(app, '{ webhooks { nodes { id } } }', undefined, webhooksAdmin)
      t.notOk(listed.errors, JSON.stringify(listed.errors))
      t.equal(listed.data?.webhooks.nodes.length, 1)
      // REST agrees.
      t.equal((await app.inject({ url: '/v1/admin/webhooks', headers: webhooksAdmin })).statusCode, 200)
    })

    t.test('a keys:admin key reads the audit log and webhooks without content:read', async (t) => {
      const audit = await graphql(app, '{ auditLog(first: 5) { nodes { action } } }', undefined, keysAdmin)
      t.notOk(audit.errors, JSON.stringify(audit.errors))
      t.ok(audit.data?.auditLog.nodes.length > 0)
      t.notOk((await graphql(app, '{ webhooks { nodes { id } } }', undefined, keysAdmin)).errors)
      t.equal((await app.inject({ url: '/v1/admin/audit', headers: keysAdmin })).statusCode, 200)
    })

    t.test('a content:publish key reads the editorial worklist without content:read', async (t) => {
      const list = await graphql(app, '{ editorialDocuments(first: 2) { nodes { id } } }', undefined, publisher)
      t.notOk(list.errors, JSON.stringify(list.errors))
    })

    t.test('content fields still need content:read: one 403 before anything runs, no data', async (t) => {
      const queries = [
        '{ prompts(first: 1) { nodes { slug } } }',
        '{ webhooks { nodes { id } } currentRelease { id } }',
        '{ ...F } fragment F on Query { ... on Query { topics(first: 1) { nodes { slug } } } }',
        'query A { webhooks { nodes { id } } } query B { changes(since: 0) { since } }',
      ]
      for (const [index, query] of queries.entries()) {
        const operationName = index === 3 ? 'B' : undefined
        const response = await app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { ...webhooksAdmin, accept: 'application/graphql-response+json' },
          payload: { query, operationName },
        })
        const body = response.json()
        t.equal(response.statusCode, 403, query)
        t.equal(body.errors?.[0]?.extensions.code, 'FORBIDDEN', query)
        t.match(body.errors?.[0]?.message, /needs the "content:read" scope/, query)
        t.equal(body.data, undefined, `${query}: no data`)
      }
      // The same operation chosen by name that selects only webhooks runs.
      const admin = await app.inject({ method: 'POST', url: '/graphql', headers: webhooksAdmin, payload: { query: queries[3], operationName: 'A' } })
      t.notOk(admin.json().errors, JSON.stringify(admin.json().errors))
      t.equal((await graphql(app, '{ prompts(first: 1) { nodes { slug } } }', undefined, metrics)).errors?.[0]?.extensions.code, 'FORBIDDEN')
      t.notOk((await graphql(app, '{ prompts(first: 1) { nodes { slug } } }', undefined, reader)).errors)
    })

    t.test('admin fields keep their own scopes: a content:read key is refused them', async (t) => {
      t.equal((await graphql(app, '{ webhooks { nodes { id } } }', undefined, reader)).errors?.[0]?.extensions.code, 'FORBIDDEN')
      t.equal((await graphql(app, '{ auditLog { nodes { action } } }', undefined, reader)).errors?.[0]?.extensions.code, 'FORBIDDEN')
      t.equal((await graphql(app, createWebhook, undefined, reader)).errors?.[0]?.extensions.code, 'FORBIDDEN')
      t.equal((await graphql(app, '{ auditLog { nodes { action } } }', undefined, webhooksAdmin)).errors?.[0]?.extensions.code, 'FORBIDDEN')
    })
  })
}

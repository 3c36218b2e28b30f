import t from 'tap'
import { Webhook } from 'standardwebhooks'
import { build, drivers } from '../helpers/build.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'
import { receiver } from '../helpers/receiver.js'

const env = { NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_POLL_MS: '100' }
const fields = 'id url eventTypes enabled etag'

for (const driver of drivers) {
  t.test(`webhooks over GraphQL on ${driver}: the same service, the same codes`, async (t) => {
    const app = await build(t, driver, { env })
    const admin = bearer(await createKey(app, { scopes: ['content:read', 'webhooks:admin'] }))
    const inbox = await receiver(t)

    const created = await graphql(
      app,
      `mutation ($url: String!) { createWebhook(url: $url, eventTypes: ["release.published"], description: "Portal") { secret webhook { ${fields} } } }`,
      { url: inbox.url },
      admin,
    )
    t.notOk(created.errors, JSON.stringify(created.errors))
    const { webhook, secret } = created.data!.createWebhook
    t.match(secret, /^whsec_/)
    t.equal((await app.inject({ url: `/v1/admin/webhooks/${webhook.id}`, headers: admin })).json().url, inbox.url, 'REST sees it')

    const listed = await graphql(
      app,
      `
        {
          webhooks(first: 10) {
            nodes {
              id
            }
            nextAfter
          }
        }
      `,
      undefined,
      admin,
    )
    t.same(listed.data!.webhooks, { nodes: [{ id: webhook.id }], nextAfter: null })

    const ping = await graphql(
      app,
      `
        mutation ($id: ID!) {
          testWebhook(id: $id) {
            eventType
            state
            attemptLog {
              responseStatus
              outcome
            }
          }
        }
      `,
      { id: webhook.id },
      admin,
    )
    t.same(ping.data!.testWebhook, { eventType: 'webhook.test', state: 'succeeded', attemptLog: [{ responseStatus: 204, outcome: 'succeeded' }] })
    t.ok(new Webhook(secret).verify(inbox.received[0]!.body, inbox.received[0]!.headers as Record<string, string>))
    const deliveries = await graphql(
      app,
      `
        query ($id: ID!) {
          webhookDeliveries(id: $id) {
            nodes {
              id
              messageId
              replay
            }
          }
        }
      `,
      { id: webhook.id },
      admin,
    )
    t.equal(deliveries.data!.webhookDeliveries.nodes.length, 1)

    const update = `mutation ($id: ID!, $ifMatch: String!) { updateWebhook(id: $id, ifMatch: $ifMatch, description: null, enabled: false) { enabled etag } }`
    t.equal((await graphql(app, update, { id: webhook.id, ifMatch: '"w99"' }, admin)).errors?.[0]?.extensions.code, 'PRECONDITION_FAILED')
    const updated = await graphql(app, update, { id: webhook.id, ifMatch: webhook.etag }, admin)
    t.same(updated.data!.updateWebhook, { enabled: false, etag: '"w2"' })
    t.equal((await app.inject({ url: `/v1/admin/webhooks/${webhook.id}`, headers: admin })).json().description, null, 'null cleared the description')

    const bad = await graphql(
      app,
      `
        mutation {
          createWebhook(url: "https://10.0.0.1/x", eventTypes: ["release.exploded"]) {
            secret
          }
        }
      `,
      undefined,
      admin,
    )
    t.equal(bad.errors?.[0]?.extensions.code, 'VALIDATION_FAILED')
    const reader = bearer(await createKey(app, { scopes: ['content:read'] }))
    t.equal(
      (
        await graphql(
          app,
          `
            {
              webhooks {
                nodes {
                  id
                }
              }
            }
          `,
          undefined,
          reader,
        )
      ).errors?.[0]?.extensions.code,
      'FORBIDDEN',
    )
    t.equal(
      (
        await graphql(
          app,
          `
            {
              webhook(id: "wh_0000000000000000") {
                id
              }
            }
          `,
          undefined,
          admin,
        )
      ).errors?.[0]?.extensions.code,
      'WEBHOOK_NOT_FOUND',
    )

    const rotated = await graphql(
      app,
      `
        mutation ($id: ID!) {
          rotateWebhookSecret(id: $id) {
            secret
            webhook {
              previousSecretExpiresAt
            }
          }
        }
      `,
      { id: webhook.id },
      admin,
    )
    t.not(rotated.data!.rotateWebhookSecret.secret, secret)
    t.ok(rotated.data!.rotateWebhookSecret.webhook.previousSecretExpiresAt)
    const deleted = await graphql(
      app,
      `
        mutation ($id: ID!) {
          deleteWebhook(id: $id) {
            id
          }
        }
      `,
      { id: webhook.id },
      admin,
    )
    t.equal(deleted.data!.deleteWebhook.id, webhook.id)
    t.equal((await app.inject({ url: `/v1/admin/webhooks/${webhook.id}`, headers: admin })).statusCode, 404)
  })
}

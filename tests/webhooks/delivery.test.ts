import t, { type Test } from 'tap'
import { Webhook } from 'standardwebhooks'
import type { App } from '../../src/app.js'
import { build, drivers } from '../helpers/build.js'
import { publishSecondRelease } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'
import { receiver, webhookTestEnv } from '../helpers/receiver.js'

type Json = Record<string, any>

const env = webhookTestEnv
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await sleep(50)
  }
}

async function setup(t: Test, driver: (typeof drivers)[number]) {
  const app = await build(t, driver, { env })
  await publishSecondRelease(app)
  const admin = bearer(await createKey(app, { name: 'Maria (integrations)', scopes: ['webhooks:admin', 'content:publish'] }))
  const subscribe = async (url: string, extra: Json = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/admin/webhooks',
      headers: admin,
      payload: { url, eventTypes: ['release.published', 'release.rolled_back'], ...extra },
    })
    t.equal(response.statusCode, 201, response.body)
    return response.json()
  }
  let next = 1
  /** A new release: a rollback to release 1 or 2 in turn. */
  const publish = async () => {
    const response = await app.inject({ method: 'POST', url: `/v1/admin/releases/${next}/restore`, headers: admin, payload: { note: `Back to ${next}` } })
    t.equal(response.statusCode, 201, response.body)
    next = next === 1 ? 2 : 1
    return response.json().releaseId as number
  }
  const deliveries = async (id: string) => (await app.inject({ url: `/v1/admin/webhooks/${id}/deliveries?limit=100`, headers: admin })).json().data as Json[]
  return { app, admin, subscribe, publish, deliveries }
}

for (const driver of drivers) {
  t.test(`webhook delivery on ${driver}`, async (t) => {
    const { app, admin, subscribe, publish, deliveries } = await setup(t, driver)

    t.test('signed as Standard Webhooks; the standardwebhooks package verifies it; the body is thin', async (t) => {
      const inbox = await receiver(t)
      const hook = await subscribe(inbox.url)
      t.match(hook.secret, /^whsec_/)
      t.notOk('secret' in (await app.inject({ url: `/v1/admin/webhooks/${hook.id}`, headers: admin })).json(), 'the secret is shown once')
      const releaseId = await publish()
      await inbox.waitFor(1)
      const [delivery] = inbox.received
      const verified = new Webhook(hook.secret).verify(delivery!.body, delivery!.headers as Record<string, string>) as Json
      t.equal(verified.type, 'release.rolled_back')
      t.same(Object.keys(verified.data).sort(), ['changesUrl', 'counts', 'previousReleaseId', 'releaseId', 'source'])
      t.equal(verified.data.releaseId, releaseId)
      t.same(verified.data.counts, { added: 0, changed: 1, removed: 0 })
      t.equal(verified.data.changesUrl, `/v1/changes?since=${releaseId - 1}`)
      t.throws(
        () => new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(delivery!.body, delivery!.headers as Record<string, string>),
        'another secret does not verify',
      )
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test('a receiver failing twice then succeeding gets exactly three attempts, with one webhook-id', async (t) => {
      const inbox = await receiver(t, (index) => ({ status: index < 2 ? 500 : 204 }))
      const hook = await subscribe(inbox.url)
      await publish()
      await inbox.waitFor(3)
      await sleep(400)
      t.equal(inbox.received.length, 3, 'no fourth attempt')
      t.equal(new Set(inbox.received.map((item) => item.headers['webhook-id'])).size, 1)
      const [delivery] = await until(
        () => deliveries(hook.id),
        (items) => items[0]?.state === 'succeeded',
      )
      t.equal(delivery!.attempts, 3)
      t.same(
        delivery!.attemptLog.map((attempt: Json) => [attempt.responseStatus, attempt.outcome]),
        [
          [500, 'retrying'],
          [500, 'retrying'],
          [204, 'succeeded'],
        ],
      )
      t.ok(delivery!.attemptLog[0].nextAttemptAt, 'the next retry is shown')
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test('gives up after the last retry; a hanging receiver times out and never blocks publishing', async (t) => {
      const inbox = await receiver(t, () => 'hang')
      const hook = await subscribe(inbox.url)
      const started = Date.now()
      await publish()
      await publish()
      t.ok(Date.now() - started < 5_000, 'publishing did not wait for the receiver')
      const items = await until(
        () => deliveries(hook.id),
        (list) => list.length === 2 && list.every((item) => item.state === 'failed'),
        20_000,
      )
      t.same(
        items.map((item) => item.state),
        ['failed', 'failed'],
      )
      t.equal(items[1]!.attempts, 4, 'the first attempt and three retries')
      t.match(items[1]!.lastError, /no answer within 500 ms/)
      t.ok(inbox.received[4], 'the second event went out only after the first gave up')
      t.ok(
        inbox.received.slice(0, 4).every((item) => item.headers['webhook-id'] === inbox.received[0]!.headers['webhook-id']),
        'in order',
      )
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test('Retry-After is honoured; 410 disables the subscription until it is enabled again', async (t) => {
      const inbox = await receiver(t, (index) =>
        index === 0 ? { status: 503, headers: { 'retry-after': '1' } } : index === 1 ? { status: 410 } : { status: 204 },
      )
      const hook = await subscribe(inbox.url)
      await publish()
      await inbox.waitFor(2)
      t.ok(inbox.received[1]!.at - inbox.received[0]!.at >= 900, 'waited for Retry-After, not the 100 ms schedule')
      const disabled = await until(
        async () => (await app.inject({ url: `/v1/admin/webhooks/${hook.id}`, headers: admin })).json(),
        (value) => value.enabled === false,
      )
      t.equal(disabled.enabled, false)
      t.match(disabled.disabledReason, /410/)
      await publish()
      await sleep(500)
      t.equal(inbox.received.length, 2, 'nothing is sent while disabled')
      t.equal((await app.inject({ method: 'POST', url: `/v1/admin/webhooks/${hook.id}/test`, headers: admin })).json().code, 'WEBHOOK_DISABLED')
      const missing = await app.inject({ method: 'PATCH', url: `/v1/admin/webhooks/${hook.id}`, headers: admin, payload: { enabled: true } })
      t.equal(missing.statusCode, 428)
      t.equal(missing.json().detail, `Send If-Match: ${disabled.etag} (the ETag of GET /v1/admin/webhooks/${hook.id}).`, 'the same words as a document write')
      const stale = await app.inject({
        method: 'PATCH',
        url: `/v1/admin/webhooks/${hook.id}`,
        headers: { ...admin, 'if-match': hook.etag },
        payload: { enabled: true },
      })
      t.equal(stale.statusCode, 412)
      t.equal(stale.json().detail, `Webhook ${hook.id} changed since you read it (now ${disabled.etag}); read it again and reapply your change.`)
      const enabled = await app.inject({
        method: 'PATCH',
        url: `/v1/admin/webhooks/${hook.id}`,
        headers: { ...admin, 'if-match': disabled.etag },
        payload: { enabled: true },
      })
      t.equal(enabled.statusCode, 200, enabled.body)
      await inbox.waitFor(3)
      t.equal(JSON.parse(inbox.received[2]!.body).type, 'release.rolled_back', 'the waiting delivery goes out')
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test('a flood of publishes arrives in release order, each once', async (t) => {
      const inbox = await receiver(t, (index) => ({ status: index % 7 === 3 ? 500 : 204 }))
      const hook = await subscribe(inbox.url)
      const published: number[] = []
      for (let i = 0; i < 100; i++) published.push(await publish())
      const items = await until(
        () => deliveries(hook.id),
        (list) => list.length === 100 && list.every((item) => item.state === 'succeeded'),
        // A bound on waiting, not a speed asserted: on a shared machine running other suites at once, the
        // 100 deliveries with their retries have taken over 60 s on PGlite.
        120_000,
      )
      t.equal(items.length, 100)
      // Every attempt reached the receiver once (an attempt that timed out while this busy process
      // published is retried: the receiver de-duplicates on webhook-id), and messages arrived in order.
      t.equal(
        inbox.received.length,
        items.reduce((sum, item) => sum + item.attempts, 0),
        'one request per recorded attempt',
      )
      const firstArrivals = [...new Set(inbox.received.map((item) => String(item.headers['webhook-id'])))]
      t.same(
        firstArrivals.map((id) => JSON.parse(inbox.received.find((item) => item.headers['webhook-id'] === id)!.body).data.releaseId),
        published,
        'in release order, none lost',
      )
      t.ok(
        items.every((item) => item.attemptLog.at(-1).responseStatus === 204),
        'each ends with one success',
      )
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test('replay resends the same message; a test ping; a rotated secret signs twice', async (t) => {
      const inbox = await receiver(t)
      const hook = await subscribe(inbox.url)
      await publish()
      const [first] = await until(
        () => deliveries(hook.id),
        (items) => items[0]?.state === 'succeeded',
      )
      const replay = await app.inject({ method: 'POST', url: `/v1/admin/webhooks/${hook.id}/deliveries/${first!.id}/replay`, headers: admin })
      t.equal(replay.statusCode, 200, replay.body)
      t.match(replay.json(), { replay: true, messageId: first!.messageId, state: 'succeeded', attempts: 1 })
      t.equal(inbox.received[1]!.body, inbox.received[0]!.body, 'the same body')
      t.equal(inbox.received[1]!.headers['webhook-id'], inbox.received[0]!.headers['webhook-id'])
      const ping = await app.inject({ method: 'POST', url: `/v1/admin/webhooks/${hook.id}/test`, headers: admin })
      t.match(ping.json(), { eventType: 'webhook.test', state: 'succeeded', attemptLog: [{ responseStatus: 204 }] })
      const rotated = (await app.inject({ method: 'POST', url: `/v1/admin/webhooks/${hook.id}/rotate-secret`, headers: admin, payload: {} })).json()
      t.not(rotated.secret, hook.secret)
      t.ok(rotated.previousSecretExpiresAt)
      await publish()
      await inbox.waitFor(4)
      const signed = inbox.received[3]!
      t.equal(String(signed.headers['webhook-signature']).split(' ').length, 2, 'two signatures')
      for (const secret of [hook.secret, rotated.secret]) t.ok(new Webhook(secret).verify(signed.body, signed.headers as Record<string, string>))
      t.equal((await app.inject({ method: 'POST', url: `/v1/admin/webhooks/${hook.id}/deliveries/999999/replay`, headers: admin })).statusCode, 404)
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test('a redirect, even to a private address, is an answer, never followed', async (t) => {
      const target = await receiver(t)
      const inbox = await receiver(t, () => ({ status: 307, headers: { location: target.url } }))
      const hook = await subscribe(inbox.url)
      await publish()
      const [delivery] = await until(
        () => deliveries(hook.id),
        (items) => items[0]?.state === 'failed',
      )
      t.match(delivery, { state: 'failed', attempts: 4, lastStatus: 307 })
      t.equal(target.received.length, 0, 'the redirect target never heard of it')
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test("a subscription filtered by a key's policy counts only what that key sees", async (t) => {
      const inbox = await receiver(t)
      const portal = await createKey(app, { name: 'portal', scopes: ['content:read'], policy: { topics: ['boundaries'] } })
      const hook = await subscribe(inbox.url, { policyKeyId: portal.split('_')[1] })
      await publish()
      await inbox.waitFor(1)
      t.same(JSON.parse(inbox.received[0]!.body).data.counts, { added: 0, changed: 0, removed: 0 }, "the changed prompt is outside the portal's topics")
      await app.inject({ method: 'DELETE', url: `/v1/admin/webhooks/${hook.id}`, headers: admin })
    })

    t.test('bad input is a 4xx naming the field; scopes are checked', async (t) => {
      const create = (payload: Json, headers = admin) => app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers, payload })
      const cases: [Json, string][] = [
        [{ url: 'not a url', eventTypes: ['release.published'] }, 'url'],
        [{ url: 'ftp://127.0.0.1/x', eventTypes: ['release.published'] }, 'url'],
        [{ url: 'http://127.0.0.1/x', eventTypes: ['release.exploded'] }, 'eventTypes.0'],
        [{ url: 'http://127.0.0.1/x', eventTypes: [] }, 'eventTypes'],
        [{ url: 'http://127.0.0.1/x', eventTypes: ['release.published'], secret: `whsec_${'A'.repeat(200)}` }, 'secret'],
        [{ url: 'http://127.0.0.1/x', eventTypes: ['release.published'], secret: 'whsec_short' }, 'secret'],
        [{ url: 'http://127.0.0.1/x', eventTypes: ['release.published'], policyKeyId: 'AAAAAAAAAAAA' }, 'policyKeyId'],
        [{ url: 'http://127.0.0.1/x', eventTypes: ['release.published'], extra: 1 }, 'extra'],
      ]
      for (const [payload, field] of cases) {
        const response = await create(payload)
        t.equal(response.statusCode, 400, JSON.stringify(payload))
        t.ok(
          response.json().errors?.some((error: Json) => error.field === field),
          `${field}: ${response.body}`,
        )
      }
      t.equal((await app.inject({ url: '/v1/admin/webhooks/wh_0000000000000000', headers: admin })).statusCode, 404)
      t.equal((await app.inject({ url: '/v1/admin/webhooks/nope', headers: admin })).statusCode, 400)
      const reader = bearer(await createKey(app, { scopes: ['content:read', 'content:publish'] }))
      t.equal((await create({ url: 'http://127.0.0.1/x', eventTypes: ['release.published'] }, reader)).statusCode, 403)
      t.equal((await app.inject({ url: '/v1/admin/webhooks', headers: reader })).statusCode, 403)
      const keyAdmin = bearer(await createKey(app, { scopes: ['keys:admin'] }))
      t.equal((await create({ url: 'http://127.0.0.1/x', eventTypes: ['key.revoked'] }, keyAdmin)).statusCode, 201, 'keys:admin may manage webhooks too')
    })
  })
}

export type { App }

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import type { App } from '../../src/app.js'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { publishSecondRelease } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'
import { receiver } from '../helpers/receiver.js'

const env = { NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_DELAYS_MS: '1500', WEBHOOK_POLL_MS: '100' }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function subscribe(app: App, url: string) {
  const admin = bearer(await createKey(app, { scopes: ['webhooks:admin', 'content:publish'] }))
  const response = await app.inject({
    method: 'POST',
    url: '/v1/admin/webhooks',
    headers: admin,
    payload: { url, eventTypes: ['release.published', 'release.rolled_back'] },
  })
  return { admin, hook: response.json() }
}

/** Each message fails its first attempt and succeeds on its second. */
function failOnce() {
  const seen = new Set<string>()
  return (_index: number, body: string) => {
    const key = body
    if (seen.has(key)) return { status: 204 }
    seen.add(key)
    return { status: 500 }
  }
}

for (const driver of drivers) {
  t.test(`webhook deliveries survive a restart between attempts on ${driver}`, async (t) => {
    const inbox = await receiver(t, failOnce())
    let dataDir: string | undefined
    if (driver === 'pglite') {
      dataDir = await mkdtemp(join(tmpdir(), 'bonds-webhooks-'))
      t.teardown(() => rm(dataDir!, { recursive: true, force: true }))
    }
    const first = await build(t, driver, { env, ...(dataDir ? { dataDir } : {}) })
    const { hook } = await subscribe(first, inbox.url)
    await publishSecondRelease(first)
    await inbox.waitFor(1)
    // The first attempt failed; the retry is due in 1.5 s. Every instance stops before then.
    await first.close()
    if (driver === 'pglite') await first.database.close()
    const second = driver === 'pglite' ? await build(t, driver, { env, dataDir: dataDir! }) : await buildSibling(t, first, env)
    await second.ready()
    await inbox.waitFor(2)
    t.equal(inbox.received[1]!.headers['webhook-id'], inbox.received[0]!.headers['webhook-id'], 'the same message')
    t.equal(inbox.received[1]!.body, inbox.received[0]!.body)
    const admin = bearer(await createKey(second, { scopes: ['webhooks:admin'] }))
    let delivery: Record<string, any> = {}
    for (let i = 0; i < 100 && delivery.state !== 'succeeded'; i++) {
      delivery = (await second.inject({ url: `/v1/admin/webhooks/${hook.id}/deliveries`, headers: admin })).json().data[0]
      await sleep(50)
    }
    t.match(delivery, { state: 'succeeded', attempts: 2 })
  })
}

t.test('two instances deliver each attempt once', { skip: !drivers.includes('postgres') && 'needs TEST_DATABASE_URL' }, async (t) => {
  const inbox = await receiver(t, failOnce())
  const one = await build(t, 'postgres', { env: { ...env, WEBHOOK_RETRY_DELAYS_MS: '200' } })
  const two = await buildSibling(t, one, { ...env, WEBHOOK_RETRY_DELAYS_MS: '200' })
  await two.ready()
  const { admin, hook } = await subscribe(one, inbox.url)
  const releases = [await publishSecondRelease(one)]
  for (let i = 0; i < 20; i++) {
    const instance = i % 2 === 0 ? two : one
    const response = await instance.inject({
      method: 'POST',
      url: `/v1/admin/releases/${i % 2 === 0 ? 1 : 2}/restore`,
      headers: admin,
      payload: { note: `flip ${i}` },
    })
    t.equal(response.statusCode, 201)
    releases.push(response.json().releaseId)
  }
  await inbox.waitFor(42, 30_000)
  await sleep(500)
  t.equal(inbox.received.length, 42, 'two attempts per message, none twice')
  const byMessage = new Map<string, number>()
  for (const item of inbox.received) byMessage.set(String(item.headers['webhook-id']), (byMessage.get(String(item.headers['webhook-id'])) ?? 0) + 1)
  t.ok([...byMessage.values()].every((count) => count === 2))
  const delivered = inbox.received.filter((_, index) => index % 2 === 1).map((item) => JSON.parse(item.body).data.releaseId)
  t.same(delivered, releases, 'in release order across both instances')
  const list = (await one.inject({ url: `/v1/admin/webhooks/${hook.id}/deliveries?limit=100`, headers: admin })).json().data
  t.ok(list.every((item: Record<string, any>) => item.state === 'succeeded' && item.attempts === 2 && item.attemptLog.length === 2))
})

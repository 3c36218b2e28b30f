import t from 'tap'
import { webhooks } from '../../src/db/schema.js'
import { build, drivers } from '../helpers/build.js'
import { publishSecondRelease } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'
import { receiver } from '../helpers/receiver.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Production defaults: https only, public addresses only.
const env = { NODE_ENV: 'production', WEBHOOK_POLL_MS: '100', WEBHOOK_RETRY_DELAYS_MS: '100' }

for (const driver of drivers) {
  t.test(`webhook destinations on ${driver} (production)`, async (t) => {
    const app = await build(t, driver, { env })
    const admin = bearer(await createKey(app, { scopes: ['webhooks:admin', 'content:publish'] }))

    // Addresses only: a host name would send a DNS query off this machine.
    t.test('private, loopback, link-local and metadata targets are refused when saved', async (t) => {
      const targets = [
        'http://203.0.113.10/hooks',
        'https://127.0.0.1/hooks',
        'https://127.1/hooks',
        'https://2130706433/hooks',
        'https://0x7f000001/hooks',
        'https://localhost/hooks',
        'https://api.localhost/hooks',
        'https://10.0.0.8/hooks',
        'https://172.16.3.4/hooks',
        'https://192.168.1.10/hooks',
        'https://169.254.169.254/latest/meta-data/',
        'https://100.64.0.1/hooks',
        'https://0.0.0.0/hooks',
        'https://[::1]/hooks',
        'https://[::ffff:127.0.0.1]/hooks',
        'https://[fd00:ec2::254]/hooks',
        'https://[fe80::1]/hooks',
        'https://user:pass@203.0.113.10/hooks',
      ]
      for (const url of targets) {
        const response = await app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: admin, payload: { url, eventTypes: ['release.published'] } })
        t.equal(response.statusCode, 400, url)
        t.equal(response.json().errors?.[0]?.field, 'url', url)
      }
    })

    t.test('checked again at delivery: a saved URL that now points at a private address is never called', async (t) => {
      const inbox = await receiver(t)
      // As if its name had been rebound to this machine after it was saved.
      await app.db.insert(webhooks).values({ id: 'wh_0000000000000001', url: inbox.url.replace('http:', 'https:'), eventTypes: ['release.published'], secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`, createdByName: 'test' })
      await publishSecondRelease(app)
      const deliveries = async () => (await app.inject({ url: '/v1/admin/webhooks/wh_0000000000000001/deliveries', headers: admin })).json().data
      let items = await deliveries()
      for (let i = 0; i < 100 && items[0]?.state !== 'failed'; i++) {
        await sleep(50)
        items = await deliveries()
      }
      t.equal(items[0].state, 'failed')
      t.match(items[0].lastError, /refused: .*loopback/)
      t.equal(items[0].attemptLog.length, 2)
      t.equal(inbox.received.length, 0, 'the receiver never heard of it')
    })
  })
}

import t from 'tap'
import { webhooks } from '../../src/db/schema.js'
import { allowedAddress, resolveDestination } from '../../src/webhooks/destination.js'
import { build, drivers } from '../helpers/build.js'
import { publishSecondRelease } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'
import { receiver } from '../helpers/receiver.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Production defaults: https only, public addresses only.
const env = { NODE_ENV: 'production', WEBHOOK_POLL_MS: '100', WEBHOOK_RETRY_DELAYS_MS: '100' }

t.test('the delivery check judges resolved addresses the same way', async (t) => {
  const policy = { allowPrivateNetworks: false }
  for (const address of [
    '::7f00:1',
    '::127.0.0.1',
    '::8.8.8.8',
    '2002:a00:1::1',
    '2001::1',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b:1::1',
    '::ffff:0:a00:1',
    '168.63.129.16',
    'fd00:ec2::254',
    '100.100.100.200',
    'fe80::1%eth0',
  ]) {
    t.notOk(allowedAddress(address, policy), address)
  }
  for (const address of ['93.184.215.14', '2606:4700::1111', '::ffff:93.184.215.14', '168.63.129.17']) t.ok(allowedAddress(address, policy), address)
  await t.rejects(resolveDestination(new URL('https://[::7f00:1]/hook'), policy), /private, loopback, link-local or metadata/)
  await t.rejects(resolveDestination(new URL('https://168.63.129.16/hook'), policy), /private, loopback, link-local or metadata/)
})

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
        // IPv4-compatible IPv6 (::/96), and the other IPv6 forms that carry an IPv4 address
        'https://[::127.0.0.1]/hook',
        'https://[::7f00:1]/hook',
        'https://[::a00:8]/hook',
        'https://[::8.8.8.8]/hook',
        'https://[::]/hook',
        'https://[2002:7f00:1::]/hook',
        'https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook',
        'https://[64:ff9b::7f00:1]/hook',
        'https://[64:ff9b:1::a00:8]/hook',
        'https://[::ffff:0:7f00:1]/hook',
        // cloud platform endpoints
        'https://168.63.129.16/hook',
        'https://[::ffff:168.63.129.16]/hook',
        'https://100.100.100.200/latest/meta-data/',
        'https://[fd00:ec2::254]/latest/meta-data/',
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
      await app.db.insert(webhooks).values({
        id: 'wh_0000000000000001',
        url: inbox.url.replace('http:', 'https:'),
        eventTypes: ['release.published'],
        secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
        createdByName: 'test',
      })
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

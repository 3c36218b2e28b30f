import t from 'tap'
import { logText } from '../helpers/log.js'
import { build } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

t.test('no key or secret ever reaches the log', async (t) => {
  const { lines, stream } = logText()
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production', LOG_LEVEL: 'trace' }, logger: { stream } })
  const admin = await createKey(app, { scopes: ['keys:admin', 'content:read'] })
  const created = await app.inject({ method: 'POST', url: '/v1/admin/keys', headers: bearer(admin), payload: { name: 'logged?', scopes: ['content:read'] } })
  const issued = created.json().key as string
  await app.inject({ url: '/v1/topics', headers: bearer(issued) })
  await app.inject({ url: `/v1/topics?api_key=${issued}` })
  await app.inject({ url: `/v1/search?q=${issued}` })
  await app.inject({ url: '/v1/topics', headers: bearer(`${issued}x`) })
  await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: bearer(admin),
    payload: { query: `{ topic(slug: "${issued.toLowerCase().replaceAll('_', '-')}") { title } }` },
  })
  const log = lines.join('')
  t.ok(log.length > 0, 'something was logged')
  t.match(log, /incoming request/)
  for (const key of [admin, issued]) {
    const secret = key.slice(key.lastIndexOf('_', 17) + 1)
    t.notOk(log.includes(key), 'the key')
    t.notOk(log.includes(secret.slice(0, 20)), 'any part of its secret')
  }
  t.notMatch(log, /Bearer msb_/)
})

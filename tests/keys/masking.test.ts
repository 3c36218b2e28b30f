import t from 'tap'
import { logText } from '../helpers/log.js'
import { build } from '../helpers/build.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

t.test('near-variants of a key never reach the log, a problem or an echoed request id', async (t) => {
  const { lines, stream } = logText()
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production', LOG_LEVEL: 'trace' }, logger: { stream } })
  const key = await createKey(app, { scopes: ['content:read', 'content:write'] })
  const headers = bearer(key)
  const id = key.slice(4, 16)
  const secret = key.slice(17)
  t.equal(secret.length, 43)
  const variants = [secret, key.toUpperCase(), `msb+_${id}_${secret}`, `msb%c1%9f${id}_${secret}`, `MSB_${id}_${secret}`, `x${secret}y`]
  const bodies: string[] = []
  for (const variant of variants) {
    const encoded = variant.includes('%') ? variant : encodeURIComponent(variant)
    for (const url of [
      `/v1/search?q=${encoded}`,
      `/v1/prompts?cursor=${encoded}`,
      `/v1/prompts/${encoded}`,
      `/v1/admin/documents/prompt:${encoded}`,
      `/v1/documents/prompt:${encoded}/versions/1`,
      `/v1/no-such-route/${encoded}`,
    ]) {
      const response = await app.inject({ url, headers })
      t.ok(response.statusCode < 500, `${url.slice(0, 40)}: ${response.statusCode}`)
      bodies.push(response.body)
    }
    const echoed = await app.inject({ url: '/v1/topics', headers: { ...headers, 'x-request-id': variant } })
    t.not(echoed.headers['x-request-id'], variant, 'a key-like request id is replaced')
    bodies.push(JSON.stringify(echoed.headers))
    const gql = await graphql(app, 'query Q($id: ID!) { editorialDocument(id: $id) { id } }', { id: `prompt:${variant}` }, headers)
    bodies.push(JSON.stringify(gql))
  }
  const log = lines.join('')
  t.match(log, /incoming request/)
  for (const [where, text] of [
    ['the log', log],
    ['the answers', bodies.join('\n')],
  ] as const) {
    for (const form of [secret, secret.toUpperCase(), secret.toLowerCase()]) {
      // Any 20 characters of the secret, in any case, would already be too much.
      t.notOk(
        text.includes(form.slice(0, 20)) || text.includes(form.slice(20, 40)),
        `${where}: no part of the secret (${form === secret ? 'as is' : 'another case'})`,
      )
    }
  }
})

t.test('ordinary reads are unaffected: slugs, cursors and readable request ids', async (t) => {
  const { lines, stream } = logText()
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production', LOG_LEVEL: 'info' }, logger: { stream } })
  const headers = bearer(await createKey(app))
  const page = await app.inject({ url: '/v1/prompts?limit=2', headers })
  const cursor = page.json().page.nextCursor as string
  t.type(cursor, 'string')
  const next = await app.inject({ url: `/v1/prompts?limit=2&cursor=${cursor}`, headers })
  t.equal(next.statusCode, 200, 'a cursor still pages')
  t.equal(next.json().data.length, 2)
  const slug = 'what-made-you-laugh-today'
  t.equal((await app.inject({ url: `/v1/prompts/${slug}`, headers })).statusCode, 200)
  const longSlug = 'a-slug-that-is-longer-than-forty-three-characters-in-all'
  const missing = await app.inject({ url: `/v1/prompts/${longSlug}`, headers })
  t.equal(missing.statusCode, 404)
  t.match(missing.json(), { instance: `/v1/prompts/${longSlug}` }, 'a long slug is echoed as it is')
  const requestId = 'checkout-7f3a-retry-2'
  t.equal((await app.inject({ url: '/v1/topics', headers: { ...headers, 'x-request-id': requestId } })).headers['x-request-id'], requestId)
  const log = lines.join('')
  t.ok(log.includes(`/v1/prompts/${slug}`), 'slugs are logged as they are')
  t.ok(log.includes(longSlug), 'long slugs too')
})

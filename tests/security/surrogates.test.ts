import fc from 'fast-check'
import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

const LAUGH = 'prompt:what-made-you-laugh-today'

/** Text with at least one surrogate that is not half of a pair (`"\udfff"` in JSON), anywhere in it. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const brokenText = fc
  .tuple(fc.string({ maxLength: 20 }), loneSurrogate, fc.string({ maxLength: 20 }))
  .map(([before, surrogate, after]) => `${before}${surrogate}${after}`)
  // A high half followed by a low half is a valid pair: keep only texts that stay broken.
  .filter((text) => /[\uD800-\uDFFF]/u.test(text))

type Write = { name: string; method: 'POST' | 'PUT' | 'PATCH'; url: string; body: (text: string) => unknown; ifMatch?: boolean; type?: string }

const writes: Write[] = [
  { name: 'a new document\'s body', method: 'POST', url: '/v1/admin/documents', body: (text) => ({ type: 'prompt', content: newPrompt('a-new-prompt', text) }) },
  { name: 'a new document\'s note', method: 'POST', url: '/v1/admin/documents', body: (text) => ({ type: 'prompt', content: newPrompt('a-new-prompt', 'Fine text?'), note: text }) },
  { name: 'a replaced draft body', method: 'PUT', url: `/v1/admin/documents/${LAUGH}/draft`, ifMatch: true, body: (text) => ({ content: newPrompt('what-made-you-laugh-today', text) }) },
  { name: 'a field name in a draft body', method: 'PUT', url: `/v1/admin/documents/${LAUGH}/draft`, ifMatch: true, body: (text) => ({ content: { ...newPrompt('what-made-you-laugh-today', 'Fine?'), [text]: 1 } }) },
  { name: 'a merge patch', method: 'PATCH', url: `/v1/admin/documents/${LAUGH}/draft`, ifMatch: true, type: 'application/merge-patch+json', body: (text) => ({ text }) },
  { name: 'a restore note', method: 'POST', url: `/v1/admin/documents/${LAUGH}/restore`, ifMatch: true, body: (text) => ({ version: 1, note: text }) },
  { name: 'a rollback note', method: 'POST', url: '/v1/admin/releases/1/restore', body: (text) => ({ note: text }) },
  { name: 'a release note', method: 'POST', url: '/v1/admin/releases', body: (text) => ({ note: text }) },
  { name: 'a submit note', method: 'POST', url: `/v1/admin/documents/${LAUGH}/submit`, body: (text) => ({ note: text }) },
  { name: 'a key name', method: 'POST', url: '/v1/admin/keys', body: (text) => ({ name: text, scopes: ['content:read'] }) },
  { name: 'a webhook description', method: 'POST', url: '/v1/admin/webhooks', body: (text) => ({ url: 'https://hooks.example.org/x', eventTypes: ['release.published'], description: text }) },
  { name: 'a conversation plan', method: 'POST', url: '/v1/conversation-plans', body: (text) => ({ age: 8, topic: text, setting: 'meal', minutes: 10 }) },
]

const mutations: [name: string, query: string, variables: (text: string) => Record<string, unknown>][] = [
  ['createDocument content', 'mutation M($c: JSON!) { createDocument(type: "prompt", content: $c) { id } }', (text) => ({ c: newPrompt('a-new-prompt', text) })],
  ['restoreDocumentVersion note', `mutation M($n: String) { restoreDocumentVersion(id: "${LAUGH}", version: 1, ifMatch: "*", note: $n) { id } }`, (text) => ({ n: text })],
  ['rollbackRelease note', 'mutation M($n: String!) { rollbackRelease(id: 1, note: $n) { releaseId } }', (text) => ({ n: text })],
  ['search', 'query Q($q: String!) { search(q: $q, first: 3) { nodes { __typename } } }', (text) => ({ q: text })],
]

for (const driver of drivers) {
  t.test(`lone UTF-16 surrogates are a 400, never a 500, on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const headers = bearer(await createKey(app, { scopes: ['content:read', 'content:write', 'content:publish', 'keys:admin', 'webhooks:admin'] }))
    const etag = String((await app.inject({ url: `/v1/admin/documents/${LAUGH}`, headers })).headers.etag)

    await t.test('REST: every write route', async (t) => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...writes), brokenText, async (write, text) => {
          const response = await app.inject({
            method: write.method,
            url: write.url,
            headers: { ...headers, ...(write.ifMatch ? { 'if-match': etag } : {}), 'content-type': write.type ?? 'application/json' },
            payload: JSON.stringify(write.body(text)),
          })
          const body = response.json()
          if (response.statusCode !== 400 || body.code !== 'VALIDATION_FAILED') {
            throw new Error(`${write.name}: ${response.statusCode} ${body.code}`)
          }
        }),
        { numRuns: 60 },
      )
      // Written as JSON text with the escape, as a partner's client would send it.
      const raw = await app.inject({ method: 'POST', url: '/v1/admin/releases/1/restore', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"note":"\\udfff"}' })
      t.match(raw.json(), { status: 400, code: 'VALIDATION_FAILED', errors: [{ location: 'body', field: 'note' }] })
      // Pairs are text: an emoji note passes the guard.
      const emoji = await app.inject({ method: 'POST', url: `/v1/admin/documents/${LAUGH}/restore`, headers: { ...headers, 'if-match': etag }, payload: { version: 1, note: 'back to it \ud83d\ude00' } })
      t.equal(emoji.statusCode, 200)
    })

    await t.test('GraphQL: variables and arguments', async (t) => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...mutations), brokenText, async ([name, query, variables], text) => {
          const result = await graphql(app, query, variables(text), headers)
          const codes = (result.errors ?? []).map((error) => error.extensions.code)
          if (result.status >= 500 || codes.length === 0 || !codes.every((code) => code === 'VALIDATION_FAILED')) {
            throw new Error(`${name}: ${result.status} ${codes.join(',')}`)
          }
        }),
        { numRuns: 30 },
      )
      const inline = await graphql(app, `mutation { rollbackRelease(id: 1, note: "\\udfff") { releaseId } }`, undefined, headers)
      t.equal(inline.errors?.[0]?.extensions.code, 'GRAPHQL_PARSE_FAILED')
      // A NUL written inside the document parses; it is refused as a string literal, not by the database.
      const nul = await graphql(app, `mutation { rollbackRelease(id: 1, note: "a\\u0000b") { releaseId } }`, undefined, headers)
      t.ok(nul.status < 500, 'a NUL inside the document is not a server error')
      t.same(nul.errors?.map((error) => error.extensions.code), ['VALIDATION_FAILED'])
      t.equal(nul.data ?? null, null, 'and nothing ran')
    })
  })
}

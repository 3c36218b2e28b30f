import { readFile } from 'node:fs/promises'
import t from 'tap'
import { createBondsClient, responseHeader } from '../../clients/typescript/index.js'
import { exampleContent } from '../../src/editorial/routes.js'
import { CLIENT_TYPES_FILE, renderClientTypes } from '../../src/cli/render-client.js'
import { build, drivers } from '../helpers/build.js'
import { createKey } from '../helpers/keys.js'

t.test('the committed client types are what openapi-typescript makes of the committed document', async (t) => {
  const committed = await readFile(CLIENT_TYPES_FILE, 'utf8')
  t.ok(committed === (await renderClientTypes()), 'clients/typescript/schema.d.ts is stale: run `npm run openapi:generate` and commit it')
})

for (const driver of drivers) {
  t.test(`the typed client against a running server (${driver}, production mode)`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
    const apiKey = await createKey(app, { name: 'client test', scopes: ['content:read', 'content:write', 'keys:admin'] })
    const api = createBondsClient({ baseUrl, apiKey })

    // A list.
    const list = await api.GET('/v1/prompts', { params: { query: { age: 9, depth: 2, limit: 5 } } })
    t.equal(list.response.status, 200)
    t.equal(list.data?.data.length, 5, 'five prompts')
    t.ok(
      list.data?.data.every((prompt) => prompt.ageMin <= 9 && prompt.ageMax >= 9 && prompt.depth === 2),
      'each for a 9-year-old, depth 2',
    )
    t.equal(responseHeader(list.response, 'listPrompts', 200, 'Content-Release'), '1')

    // A pinned read, then the same read with its ETag: 304, no body.
    const pinned = await api.GET('/v1/topics/{slug}', { params: { path: { slug: 'boundaries' }, query: { release: 1 } } })
    t.equal(pinned.data?.title, 'The Delicate Balance of Boundaries')
    t.equal(responseHeader(pinned.response, 'getTopic', 200, 'Content-Release'), '1')
    t.match(responseHeader(pinned.response, 'getTopic', 200, 'Cache-Control'), /immutable/)
    const etag = responseHeader(pinned.response, 'getTopic', 200, 'ETag')
    t.ok(etag, 'an ETag')
    const again = await api.GET('/v1/topics/{slug}', {
      params: { path: { slug: 'boundaries' }, query: { release: 1 }, header: { 'If-None-Match': etag! } },
    })
    t.equal(again.response.status, 304)
    t.equal(again.data, undefined, 'no body')
    t.equal(responseHeader(again.response, 'getTopic', 304, 'ETag'), etag)

    // A 429, read from the headers the document declares for it.
    const limited = await api.POST('/v1/admin/keys', { body: { name: 'two a minute', scopes: ['content:read'], rateLimit: 2 } })
    t.equal(limited.response.status, 201)
    const slow = createBondsClient({ baseUrl, apiKey: limited.data!.key })
    for (let index = 0; index < 2; index += 1) t.equal((await slow.GET('/v1/topics')).response.status, 200)
    const refused = await slow.GET('/v1/topics')
    t.equal(refused.response.status, 429)
    t.equal(refused.error?.code, 'RATE_LIMITED')
    const retryAfter = Number(responseHeader(refused.response, 'listTopics', 429, 'Retry-After'))
    t.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter} s`)
    t.equal(responseHeader(refused.response, 'listTopics', 429, 'RateLimit-Policy'), '"key";q=2;w=60')
    t.match(responseHeader(refused.response, 'listTopics', 429, 'RateLimit'), /^"key";r=0;t=\d+$/)
    // The header names are checked by the compiler (npm test type-checks first): a 429 declares no Content-Release.
    // @ts-expect-error not a header of listTopics' 429
    t.equal(responseHeader(refused.response, 'listTopics', 429, 'Content-Release'), null)

    // An editorial write with If-Match: the draft's ETag, then a stale one.
    const created = await api.POST('/v1/admin/documents', {
      body: { type: 'prompt', content: { ...exampleContent, slug: 'a-small-win-this-week', text: 'What was a small win for you this week?' } },
    })
    t.equal(created.response.status, 201)
    const draftTag = responseHeader(created.response, 'createDocument', 201, 'ETag')!
    const edited = await api.PATCH('/v1/admin/documents/{id}/draft', {
      params: { path: { id: created.data!.id }, header: { 'if-match': draftTag } },
      body: { text: 'What was one small win for you this week?' },
    })
    t.equal(edited.response.status, 200)
    t.equal((edited.data?.draft?.content as { text?: string } | null | undefined)?.text, 'What was one small win for you this week?')
    t.not(responseHeader(edited.response, 'patchDraft', 200, 'ETag'), draftTag, 'a new ETag')
    const stale = await api.PATCH('/v1/admin/documents/{id}/draft', {
      params: { path: { id: created.data!.id }, header: { 'if-match': draftTag } },
      body: { text: 'What went well this week?' },
    })
    t.equal(stale.response.status, 412)
    t.equal(stale.error?.code, 'PRECONDITION_FAILED')
  })
}

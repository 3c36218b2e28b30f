import fc from 'fast-check'
import t from 'tap'
import type { App } from '../../src/app.js'
import { build, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { fetchAll } from '../helpers/fetch-all.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

const EDITED = 'something-brave-you-did-today'
const ARCHIVED = 'draw-a-feeling-thats-hard-to-say'
const NEW = 'what-did-you-fix-together-this-week'
const created = newPrompt(NEW, 'What did the two of you fix together this week?', {
  topics: ['communication'],
  ageMin: 6,
  ageMax: 14,
  settings: ['meal', 'car-ride'],
})

async function editor(app: App) {
  const writer = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write'] }))
  const etagOf = async (id: string) => (await app.inject({ url: `/v1/admin/documents/${id}`, headers: writer })).headers.etag as string
  return {
    async patch(slug: string, body: Json) {
      const id = `prompt:${slug}`
      const response = await app.inject({
        method: 'PATCH',
        url: `/v1/admin/documents/${id}/draft`,
        headers: { ...writer, 'content-type': 'application/merge-patch+json', 'if-match': await etagOf(id) },
        payload: JSON.stringify(body),
      })
      if (response.statusCode !== 200) throw new Error(response.payload)
    },
    async create(content: Json) {
      const response = await app.inject({ method: 'POST', url: '/v1/admin/documents', headers: writer, payload: { type: 'prompt', content } })
      if (response.statusCode !== 201) throw new Error(response.payload)
    },
    async archive(slug: string) {
      const id = `prompt:${slug}`
      const response = await app.inject({
        method: 'POST',
        url: `/v1/admin/documents/${id}/archive`,
        headers: { ...writer, 'if-match': await etagOf(id) },
        payload: {},
      })
      if (response.statusCode !== 200) throw new Error(response.payload)
    },
    async discard(slug: string) {
      await app.inject({
        method: 'DELETE',
        url: `/v1/admin/documents/prompt:${slug}/draft`,
        headers: { ...writer, 'if-match': await etagOf(`prompt:${slug}`) },
      })
    },
  }
}

for (const driver of drivers) {
  t.test(`preview (release=draft) on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const previewer = bearer(await createKey(app, { name: 'review portal', scopes: ['content:read', 'content:preview'] }))
    const reader = bearer(await createKey(app, { name: 'partner app', scopes: ['content:read'] }))
    const shallow = bearer(await createKey(app, { name: 'shallow preview', scopes: ['content:read', 'content:preview'], policy: { maxDepth: 1 } }))
    const publisher = bearer(await createKey(app, { name: 'Ben (publisher)', scopes: ['content:write', 'content:publish'] }))
    const get = (url: string, headers: Record<string, string>) => app.inject({ url, headers })
    const edits = await editor(app)
    const published = (await get(`/v1/prompts/${EDITED}`, reader)).json()
    await edits.patch(EDITED, { text: 'What is one brave thing you did today, even a tiny one?' })
    await edits.create(created)
    await edits.archive(ARCHIVED)

    t.test('a preview key reads the drafts over the current release, marked and never cached', async (t) => {
      const response = await get(`/v1/prompts/${EDITED}?release=draft`, previewer)
      t.equal(response.statusCode, 200, response.payload)
      t.equal(response.headers['content-release'], 'draft')
      t.equal(response.headers['cache-control'], 'private, no-store')
      t.equal(response.json().text, 'What is one brave thing you did today, even a tiny one?')
      t.equal(response.json().version, published.version + 1, 'the number it will be published as')
      t.equal((await get(`/v1/prompts/${NEW}?release=draft`, previewer)).json().text, created.text)
      t.equal((await get(`/v1/prompts/${ARCHIVED}?release=draft`, previewer)).statusCode, 404, 'an archive draft leaves the preview')
      const listed = (await fetchAll<Json>(app, '/v1/prompts?topic=communication&release=draft', previewer)).map((item) => item.slug)
      t.ok(listed.includes(NEW), 'SQL filters see the draft')
      t.notOk(listed.includes(ARCHIVED))
      const found = (await get('/v1/search?q=fix%20together&release=draft', previewer)).json()
      t.ok(
        found.data.some((hit: Json) => hit.id === `prompt:${NEW}`),
        'search sees the draft',
      )
    })

    t.test('a read key never sees a draft, by any path', async (t) => {
      const refused = await get(`/v1/prompts/${EDITED}?release=draft`, reader)
      t.equal(refused.statusCode, 403)
      t.equal(refused.json().code, 'FORBIDDEN')
      t.notMatch(refused.payload, /brave thing/)
      t.equal((await get(`/v1/prompts/${EDITED}`, reader)).json().text, published.text, 'the current release is untouched')
      t.equal((await get(`/v1/prompts/${NEW}`, reader)).statusCode, 404)
      t.equal((await get(`/v1/prompts/${ARCHIVED}`, reader)).statusCode, 200)

      // The preview's own release id, as GraphQL stamps it: nobody can pin, list or diff it.
      const stamped = await graphql(app, `{ prompt(slug: "${NEW}", release: "draft") { release text } }`, undefined, previewer)
      const previewId = stamped.data!.prompt.release as number
      t.ok(previewId < 0, 'previews take negative ids: published ids stay one series, and a release parameter cannot name one')
      const unreadable = (status: number) => status === 400 || status === 404
      t.ok(unreadable((await get(`/v1/prompts/${EDITED}?release=${previewId}`, previewer)).statusCode), 'not pinnable, even with preview')
      t.ok(unreadable((await get(`/v1/prompts/${EDITED}?release=${previewId}`, reader)).statusCode))
      t.ok(unreadable((await get(`/v1/releases/${previewId}`, reader)).statusCode))
      t.ok(unreadable((await get(`/v1/releases/1/diff/${previewId}`, reader)).statusCode))
      const pinnedPreview = await graphql(app, `{ prompt(slug: "${NEW}", release: ${previewId}) { text } }`, undefined, previewer)
      t.notOk(pinnedPreview.data?.prompt, 'GraphQL cannot pin it either')
      t.notOk(
        (await get('/v1/releases?limit=100', reader)).json().data.some((release: Json) => release.id === previewId),
        'never listed',
      )
      t.equal((await get(`/v1/documents/prompt:${EDITED}/versions/${published.version + 1}`, reader)).statusCode, 404, 'a draft is not a version')
      t.equal((await get(`/v1/documents/prompt:${NEW}/versions/1`, previewer)).statusCode, 404)
      const current = await graphql(app, '{ currentRelease { id } }', undefined, reader)
      t.not(current.data!.currentRelease.id, previewId)

      const gql = await graphql(app, `{ prompt(slug: "${EDITED}", release: "draft") { text } }`, undefined, reader)
      t.equal(gql.errors?.[0]?.extensions.code, 'FORBIDDEN')
      t.notMatch(JSON.stringify(gql), /brave thing/)
    })

    t.test("preview obeys the key's content policy", async (t) => {
      const tip = (await get(`/v1/prompts/${EDITED}?release=draft`, previewer)).json().responseTip
      await edits.patch(EDITED, { depth: 2, responseTip: 'Let him tell it his way before you add anything.' })
      t.equal((await get(`/v1/prompts/${EDITED}?release=draft`, previewer)).json().depth, 2)
      t.equal((await get(`/v1/prompts/${EDITED}?release=draft`, shallow)).statusCode, 404, 'the draft is now deeper than the policy allows')
      await edits.patch(EDITED, { depth: 1, responseTip: tip })
    })

    t.test('GraphQL reads the same preview; bad selectors are 400s', async (t) => {
      const result = await graphql(app, `query ($r: ReleaseSelector) { prompt(slug: "${NEW}", release: $r) { text } }`, { r: 'draft' }, previewer)
      t.equal(result.data?.prompt.text, created.text)
      for (const bad of ['"latest"', '0', '-1', '2147483648', '1.5', 'true']) {
        const refused = await graphql(app, `{ prompts(release: ${bad}) { nodes { id } } }`, undefined, previewer)
        t.equal(refused.errors?.[0]?.extensions.code, 'GRAPHQL_VALIDATION_FAILED', bad)
        t.notOk(refused.data, 'nothing was read')
      }
      const pinned = await graphql(app, '{ prompts(release: 1, first: 1) { release } }', undefined, reader)
      t.equal(pinned.data?.prompts.release, 1, 'an Int literal still pins a release')
    })

    t.test('a preview is never served from the response cache, nor a draft to anyone else', async (t) => {
      const url = `/v1/prompts/${NEW}?release=draft`
      t.equal((await get(url, previewer)).json().text, created.text)
      await edits.patch(NEW, { text: 'What did you two fix together this week, big or small?' })
      t.equal((await get(url, previewer)).json().text, 'What did you two fix together this week, big or small?', 'the next read shows the edit')
      const before = app.responseCache.stats().stores
      await get(url, previewer)
      await graphql(app, `{ prompt(slug: "${NEW}", release: "draft") { text } }`, undefined, previewer)
      t.equal(app.responseCache.stats().stores, before, 'nothing stored')
    })

    t.test('a preview cursor pages while the drafts stay; after an edit it asks to start again', async (t) => {
      const first = (await get('/v1/prompts?limit=5&release=draft', previewer)).json()
      const second = await get(`/v1/prompts?limit=5&release=draft&cursor=${first.page.nextCursor}`, previewer)
      t.equal(second.statusCode, 200)
      t.equal(second.headers['content-release'], 'draft')
      t.equal(
        (await get(`/v1/prompts?limit=5&cursor=${first.page.nextCursor}`, reader)).statusCode,
        400,
        'without release=draft a preview cursor reads nothing',
      )
      await edits.patch(NEW, { ageMax: 13 })
      const stale = await get(`/v1/prompts?limit=5&release=draft&cursor=${first.page.nextCursor}`, previewer)
      t.equal(stale.statusCode, 400)
      t.equal(stale.json().code, 'INVALID_CURSOR')
    })

    t.test('publishing after a preview gives the versions the preview showed', async (t) => {
      const previewed = (await get(`/v1/prompts/${EDITED}?release=draft`, previewer)).json()
      for (const slug of [EDITED, NEW, ARCHIVED]) {
        t.equal((await app.inject({ method: 'POST', url: `/v1/admin/documents/prompt:${slug}/submit`, headers: publisher, payload: {} })).statusCode, 200)
        t.equal((await app.inject({ method: 'POST', url: `/v1/admin/documents/prompt:${slug}/approve`, headers: publisher, payload: {} })).statusCode, 200)
      }
      const release = await app.inject({ method: 'POST', url: '/v1/admin/releases', headers: publisher, payload: { note: 'Preview checked' } })
      t.equal(release.statusCode, 201, release.payload)
      const live = (await get(`/v1/prompts/${EDITED}`, reader)).json()
      t.equal(live.version, previewed.version)
      t.equal(live.text, previewed.text)
      t.equal((await get(`/v1/prompts/${ARCHIVED}`, reader)).statusCode, 404)
      const nothingPending = await get(`/v1/prompts/${EDITED}?release=draft`, previewer)
      t.same(nothingPending.json(), live, 'with no drafts the preview equals the current release')
    })
  })
}

// State sequences: after any mix of edits, discards and publishes, the preview shows each prompt's
// draft (or its published text) and a read key only ever sees the published text.
t.test('property: the preview is the drafts over the current release, and only the preview', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production' } })
  const previewer = bearer(await createKey(app, { scopes: ['content:read', 'content:preview'] }))
  const reader = bearer(await createKey(app, { scopes: ['content:read'] }))
  const publisher = bearer(await createKey(app, { scopes: ['content:write', 'content:publish'] }))
  const edits = await editor(app)
  const slugs = ['when-you-grow-up-what-do-you-want-to-do', 'tell-me-your-day-like-a-story', EDITED]
  // Each prompt keeps its own question (the content rules refuse near-duplicates), reworded by n.
  const rewordings = [
    (n: number) => `When you're all grown up, what job would you like to try first? (${n})`,
    (n: number) => `Can you tell me about today like a story with a twist at the end? (${n})`,
    (n: number) => `What's one brave thing you tried today, even a small one? (${n})`,
  ]
  const publishedText = new Map<string, string>()
  for (const slug of slugs) publishedText.set(slug, (await app.inject({ url: `/v1/prompts/${slug}`, headers: reader })).json().text)
  const draftText = new Map<string, string>()
  const step = fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), slug: fc.constantFrom(...slugs), n: fc.integer({ min: 1, max: 999 }) }),
    fc.record({ kind: fc.constant('discard' as const), slug: fc.constantFrom(...slugs) }),
    fc.record({ kind: fc.constant('publish' as const) }),
  )
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
      for (const action of steps) {
        if (action.kind === 'edit') {
          const text = rewordings[slugs.indexOf(action.slug)]!(action.n)
          await edits.patch(action.slug, { text })
          draftText.set(action.slug, text)
        } else if (action.kind === 'discard') {
          await edits.discard(action.slug)
          draftText.delete(action.slug)
        } else if (draftText.size > 0) {
          for (const slug of draftText.keys()) {
            await app.inject({ method: 'POST', url: `/v1/admin/documents/prompt:${slug}/submit`, headers: publisher, payload: {} })
            await app.inject({ method: 'POST', url: `/v1/admin/documents/prompt:${slug}/approve`, headers: publisher, payload: {} })
          }
          const release = await app.inject({ method: 'POST', url: '/v1/admin/releases', headers: publisher, payload: { note: 'property' } })
          if (release.statusCode !== 201) throw new Error(release.payload)
          for (const [slug, text] of draftText) publishedText.set(slug, text)
          draftText.clear()
        }
        for (const slug of slugs) {
          const preview = (await app.inject({ url: `/v1/prompts/${slug}?release=draft`, headers: previewer })).json()
          const current = (await app.inject({ url: `/v1/prompts/${slug}`, headers: reader })).json()
          if (preview.text !== (draftText.get(slug) ?? publishedText.get(slug))) return false
          if (current.text !== publishedText.get(slug)) return false
        }
      }
      return true
    }),
    { numRuns: 12 },
  )
})

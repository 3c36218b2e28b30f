import fc from 'fast-check'
import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

for (const driver of drivers) {
  t.test(`editorial drafts on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const writer = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write'] }))
    const publisher = bearer(await createKey(app, { name: 'Ben (publisher)', scopes: ['content:publish'] }))
    const readerKey = bearer(await createKey(app, { scopes: ['content:read'] }))
    const call = (method: string, url: string, headers: Record<string, string>, payload?: unknown) =>
      app.inject({ method: method as 'GET', url, headers, ...(payload === undefined ? {} : { payload: payload as object }) })

    t.test('create, edit with If-Match, review, publish: the public API serves it', async (t) => {
      const created = await call('POST', '/v1/admin/documents', writer, {
        type: 'prompt',
        content: newPrompt('what-did-you-build-today', 'What did you build today?'),
        note: 'first draft',
      })
      t.equal(created.statusCode, 201, created.payload)
      const id = 'prompt:what-did-you-build-today'
      t.match(created.json(), { id, state: 'draft', published: null, draft: { state: 'draft', revision: 1, updatedBy: 'Ana (editor)' } })
      t.equal(created.headers.etag, '"d1"')
      t.equal(
        (await call('POST', '/v1/admin/documents', writer, { type: 'prompt', content: newPrompt('what-did-you-build-today', 'What did you build today?') }))
          .statusCode,
        409,
      )

      const url = `/v1/admin/documents/${id}/draft`
      const patch = (ifMatch: string | undefined, body: Json) =>
        app.inject({
          method: 'PATCH',
          url: `${url}?note=clearer`,
          headers: { ...writer, 'content-type': 'application/merge-patch+json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
          payload: JSON.stringify(body),
        })
      const missing = await patch(undefined, { text: 'What did you make today?' })
      t.equal(missing.statusCode, 428)
      t.equal(missing.json().code, 'PRECONDITION_REQUIRED')
      t.equal(missing.json().detail, `Send If-Match: "d1" (the ETag of GET /v1/admin/documents/${id}).`, 'names the ETag to send and where it comes from')
      const stale = await patch('"d9"', { text: 'What did you make today?' })
      t.equal(stale.statusCode, 412)
      t.equal(stale.json().detail, `"${id}" changed since you read it (now "d1"); read it again and reapply your change.`)
      const edited = await patch('"d1"', { text: 'What did you make today?', ageMax: 10 })
      t.equal(edited.statusCode, 200, edited.payload)
      t.equal(edited.headers.etag, '"d2"')
      t.match(edited.json().draft.content, { text: 'What did you make today?', ageMax: 10, slug: 'what-did-you-build-today' })
      const invalid = await patch('"d2"', { depth: 7, ageMin: null })
      t.equal(invalid.statusCode, 400)
      t.same(
        invalid
          .json()
          .errors.map((error: Json) => error.field)
          .sort(),
        ['content.ageMin', 'content.depth'],
      )
      const deep = await app.inject({
        method: 'PATCH',
        url,
        headers: { ...writer, 'content-type': 'application/merge-patch+json', 'if-match': '"d2"' },
        payload: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
      })
      t.equal(deep.statusCode, 400, 'a patch nested 5,000 deep is refused, not a stack overflow')
      t.equal(deep.json().code, 'VALIDATION_FAILED')

      t.equal((await call('POST', `/v1/admin/documents/${id}/approve`, publisher, {})).statusCode, 409, 'approving an unsubmitted draft')
      t.equal((await call('POST', `/v1/admin/documents/${id}/submit`, writer, {})).statusCode, 200)
      t.equal((await call('POST', `/v1/admin/documents/${id}/approve`, writer, {})).statusCode, 403, 'content:write cannot approve')
      const rejected = await call('POST', `/v1/admin/documents/${id}/reject`, publisher, { note: 'Too close to an existing prompt' })
      t.match(rejected.json(), { state: 'draft' })
      t.equal((await call('POST', `/v1/admin/documents/${id}/submit`, writer, {})).statusCode, 200)
      t.match((await call('POST', `/v1/admin/documents/${id}/approve`, publisher, {})).json(), { state: 'approved' })

      t.equal((await app.inject({ url: '/v1/prompts/what-did-you-build-today', headers: readerKey })).statusCode, 404, 'not public before publishing')
      const release = await call('POST', '/v1/admin/releases', publisher, { note: 'A new prompt' })
      t.equal(release.statusCode, 201, release.payload)
      t.same(release.json().published, [id])
      const live = await app.inject({ url: '/v1/prompts/what-did-you-build-today', headers: readerKey })
      t.equal(live.statusCode, 200)
      t.equal(live.headers['content-release'], String(release.json().releaseId))
      t.equal(live.json().text, 'What did you make today?')
      const diff = (await app.inject({ url: `/v1/releases/1/diff/${release.json().releaseId}`, headers: readerKey })).json()
      t.same(
        diff.added.map((entry: Json) => entry.documentId),
        [id],
      )
      t.match((await call('GET', `/v1/admin/documents/${id}`, writer)).json(), { state: 'published', draft: null, published: { version: 1 }, etag: '"v1"' })

      const nothing = await call('POST', '/v1/admin/releases', publisher, { note: 'again' })
      t.equal(nothing.statusCode, 409)
      t.equal(nothing.json().code, 'NOTHING_TO_PUBLISH')
    })

    t.test('archive removes a document from the next release; its versions stay readable', async (t) => {
      const id = 'prompt:what-did-you-build-today'
      t.equal((await call('POST', `/v1/admin/documents/${id}/archive`, writer, {})).statusCode, 428)
      const archived = await app.inject({
        method: 'POST',
        url: `/v1/admin/documents/${id}/archive`,
        headers: { ...writer, 'if-match': '"v1"' },
        payload: { note: 'Retired' },
      })
      t.match(archived.json(), { state: 'draft', draft: { kind: 'archive', content: null } })
      await call('POST', `/v1/admin/documents/${id}/submit`, writer, {})
      await call('POST', `/v1/admin/documents/${id}/approve`, publisher, {})
      const release = (await call('POST', '/v1/admin/releases', publisher, { note: 'Retire it', documents: [id] })).json()
      t.same(release.archived, [id])
      t.equal((await app.inject({ url: '/v1/prompts/what-did-you-build-today', headers: readerKey })).statusCode, 404)
      t.equal((await app.inject({ url: `/v1/documents/${id}/versions/1`, headers: readerKey })).statusCode, 200)
    })

    t.test('publishing a change that breaks the content rules is refused, and nothing is written', async (t) => {
      const before = (await app.inject({ url: '/v1/releases', headers: readerKey })).json().data.length
      const id = 'prompt:what-did-you-fix-today'
      await call('POST', '/v1/admin/documents', writer, {
        type: 'prompt',
        content: { ...newPrompt('what-did-you-fix-today', 'What did you fix today?'), followUps: ['no-such-prompt'] },
      })
      await call('POST', `/v1/admin/documents/${id}/submit`, writer, {})
      await call('POST', `/v1/admin/documents/${id}/approve`, publisher, {})
      const refused = await call('POST', '/v1/admin/releases', publisher, { note: 'broken' })
      t.equal(refused.statusCode, 422, refused.payload)
      t.match(refused.json().errors[0], { field: `${id}.followUps`, message: /no-such-prompt/ })
      t.equal((await app.inject({ url: '/v1/releases', headers: readerKey })).json().data.length, before, 'no release')
      t.equal((await call('GET', `/v1/admin/documents/${id}`, writer)).json().state, 'approved', 'the draft is kept')
      t.equal((await call('DELETE', `/v1/admin/documents/${id}/draft`, { ...writer, 'if-match': '*' })).statusCode, 200)
    })

    t.test('GraphQL mutations run the same use cases, with the same codes', async (t) => {
      const gqlWriter = bearer(await createKey(app, { name: 'Cy (editor)', scopes: ['content:read', 'content:write'] }))
      const gqlPublisher = bearer(await createKey(app, { name: 'Di (publisher)', scopes: ['content:read', 'content:publish'] }))
      const gql = async (headers: Record<string, string>, query: string, variables: Json = {}) =>
        (await app.inject({ method: 'POST', url: '/graphql', headers, payload: { query, variables } })).json()
      const fields = 'id state etag draft { state revision content } published { version }'
      const created = await gql(
        gqlWriter,
        `mutation($content: JSON!) { createDocument(type: "prompt", content: $content, note: "via GraphQL") { ${fields} } }`,
        {
          content: newPrompt('what-did-you-draw-today', 'What did you draw today?'),
        },
      )
      t.match(created.data.createDocument, { id: 'prompt:what-did-you-draw-today', state: 'draft', etag: '"d1"' })
      const patch = `mutation($ifMatch: String!) { patchDraft(id: "prompt:what-did-you-draw-today", patch: { ageMax: 9 }, ifMatch: $ifMatch) { ${fields} } }`
      const stale = await gql(gqlWriter, patch, { ifMatch: '"d7"' })
      t.equal(stale.errors[0].extensions.code, 'PRECONDITION_FAILED')
      const patched = await gql(gqlWriter, patch, { ifMatch: '"d1"' })
      t.match(patched.data.patchDraft, { etag: '"d2"', draft: { content: { ageMax: 9 } } })
      const denied = await gql(gqlWriter, 'mutation { approveDraft(id: "prompt:what-did-you-draw-today") { id } }')
      t.equal(denied.errors[0].extensions.code, 'FORBIDDEN')
      await gql(gqlWriter, 'mutation { submitDraft(id: "prompt:what-did-you-draw-today") { id } }')
      await gql(gqlPublisher, 'mutation { approveDraft(id: "prompt:what-did-you-draw-today") { id } }')
      const listed = await gql(gqlPublisher, '{ editorialDocuments(state: "approved") { nodes { id state } } }')
      t.same(listed.data.editorialDocuments.nodes, [{ id: 'prompt:what-did-you-draw-today', state: 'approved' }])
      const published = await gql(gqlPublisher, 'mutation { publishRelease(note: "GraphQL release") { releaseId published archived } }')
      t.same(published.data.publishRelease.published, ['prompt:what-did-you-draw-today'])
      const live = await gql(gqlPublisher, '{ prompt(slug: "what-did-you-draw-today") { text ageMax release } }')
      t.same(live.data.prompt, { text: 'What did you draw today?', ageMax: 9, release: published.data.publishRelease.releaseId })
      const nothing = await gql(gqlPublisher, 'mutation { publishRelease(note: "again") { releaseId } }')
      t.equal(nothing.errors[0].extensions.code, 'NOTHING_TO_PUBLISH')
    })

    t.test('discarding a draft needs If-Match, over REST and GraphQL: 428 without, 412 when stale', async (t) => {
      const id = 'prompt:what-did-you-bake-today'
      const url = `/v1/admin/documents/${id}/draft`
      const created = await call('POST', '/v1/admin/documents', writer, {
        type: 'prompt',
        content: newPrompt('what-did-you-bake-today', 'What did you bake today?'),
      })
      const first = String(created.headers.etag)
      // Another editor changes the draft after this one read it.
      const edited = await app.inject({
        method: 'PATCH',
        url,
        headers: { ...writer, 'content-type': 'application/merge-patch+json', 'if-match': first },
        payload: JSON.stringify({ ageMax: 9 }),
      })
      t.equal(edited.statusCode, 200, edited.payload)
      const missing = await call('DELETE', url, writer)
      t.match(missing.json(), { status: 428, code: 'PRECONDITION_REQUIRED' })
      t.match((await call('DELETE', url, { ...writer, 'if-match': first })).json(), { status: 412, code: 'PRECONDITION_FAILED' })
      t.equal((await call('GET', `/v1/admin/documents/${id}`, writer)).json().draft.content.ageMax, 9, 'the edit is still there')

      const gqlWriter = bearer(await createKey(app, { scopes: ['content:write'] }))
      const gql = async (query: string, variables: Json = {}) =>
        (await app.inject({ method: 'POST', url: '/graphql', headers: gqlWriter, payload: { query, variables } })).json()
      const noArgument = await gql(`mutation { discardDraft(id: "${id}") { id } }`)
      t.equal(noArgument.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED', 'ifMatch is required, as for updateDraft')
      const discard = `mutation($ifMatch: String!) { discardDraft(id: "${id}", ifMatch: $ifMatch) { id state draft { revision } } }`
      t.equal((await gql(discard, { ifMatch: first })).errors[0].extensions.code, 'PRECONDITION_FAILED')
      const discarded = await gql(discard, { ifMatch: String(edited.headers.etag) })
      t.same(discarded.data.discardDraft, { id, state: 'unpublished', draft: null })
    })

    t.test('a read key reaches none of it', async (t) => {
      for (const [method, url] of [
        ['GET', '/v1/admin/documents'],
        ['GET', '/v1/admin/documents/topic:boundaries'],
        ['POST', '/v1/admin/releases'],
      ]) {
        t.equal((await call(method!, url!, readerKey, method === 'POST' ? { note: 'x' } : undefined)).statusCode, 403, `${method} ${url}`)
      }
    })

    t.test('two editors racing on one draft: exactly one write wins, the other gets 412', async () => {
      const id = 'topic:boundaries'
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 1, maxLength: 20 }), async (a, b) => {
          const current = (await call('GET', `/v1/admin/documents/${id}`, writer)).json()
          const write = (summary: string) =>
            app.inject({
              method: 'PATCH',
              url: `/v1/admin/documents/${id}/draft`,
              headers: { ...writer, 'if-match': current.etag, 'content-type': 'application/json' },
              payload: { summary: `Boundaries ${summary}` },
            })
          const results = await Promise.all([write(a), write(b)])
          const statuses = results.map((response) => response.statusCode).sort()
          if (statuses[0] !== 200 || statuses[1] !== 412) throw new Error(`statuses ${statuses.join(', ')}`)
          const after = (await call('GET', `/v1/admin/documents/${id}`, writer)).json()
          const winner = results.find((response) => response.statusCode === 200)!.json()
          if (after.draft.content.summary !== winner.draft.content.summary) throw new Error("the stored draft is not the winner's")
          // One write made one revision (revisions keep counting across drafts, so a first draft's
          // number follows the document's last revision rather than starting at 1).
          if (after.draft.revision !== winner.draft.revision) throw new Error('a lost update')
          if (current.draft && after.draft.revision !== current.draft.revision + 1) throw new Error('a lost update')
        }),
        { numRuns: driver === 'pglite' ? 15 : 10 },
      )
    })
  })
}

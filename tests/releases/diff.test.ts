import fc from 'fast-check'
import t from 'tap'
import { hashContent, loadContent, type ContentDocument } from '../../src/content/load-content.js'
import { documentTypes } from '../../src/content/vocabulary.js'
import { build, drivers } from '../helpers/build.js'
import { graphqlData } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>
type Mapping = Map<string, number>

/** A document with an edited body: a new version on the next import. */
function edited(doc: ContentDocument, change: (body: Json) => void): ContentDocument {
  const body = structuredClone(doc.body) as Json
  change(body)
  return { ...doc, body, contentHash: hashContent(body) }
}

/** Applies a diff to a mapping: what `from` becomes. */
function apply(mapping: Mapping, diff: Json): Mapping {
  const result = new Map(mapping)
  for (const entry of diff.removed) result.delete(entry.documentId)
  for (const entry of [...diff.added, ...diff.changed]) result.set(entry.documentId, entry.toVersion)
  return result
}

for (const driver of drivers) {
  t.test(`release diffs on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const docs = await loadContent()
    const prompts = docs.filter((doc) => doc.type === 'prompt')
    const gone = prompts.find((doc) => !doc.sensitive)!
    const softened = prompts.find((doc) => !doc.sensitive && doc.id !== gone.id)!
    const topic = docs.find((doc) => doc.id === 'topic:boundaries')!

    // Release 2: a topic edited, a prompt removed, a prompt made sensitive. Release 3: the prompt back.
    const second = docs
      .filter((doc) => doc.id !== gone.id)
      .map((doc) => {
        if (doc.id === topic.id) return edited(doc, (body) => (body.summary = `${body.summary} Edited.`))
        if (doc.id === softened.id) return { ...edited(doc, (body) => (body.sensitive = true)), sensitive: true }
        return doc
      })
    t.equal((await app.services.publishing.importContent(second, 'second')).releaseId, 2)
    t.equal((await app.services.publishing.importContent([...second, gone], 'third')).releaseId, 3)

    t.test('added, changed and removed, in document id order', async (t) => {
      const response = await app.inject('/v1/releases/1/diff/2')
      t.equal(response.statusCode, 200)
      t.equal(response.headers['cache-control'], 'private, max-age=31536000, immutable')
      const diff = response.json()
      t.same(diff.added, [])
      t.same(diff.removed, [{ documentId: gone.id, type: 'prompt', slug: gone.slug, fromVersion: 1, toVersion: null }])
      t.same(
        diff.changed.map((entry: Json) => entry.documentId),
        [softened.id, topic.id].sort(),
      )
      t.match(
        diff.changed.find((entry: Json) => entry.documentId === topic.id),
        { type: 'topic', fromVersion: 1, toVersion: 2 },
      )

      const back = (await app.inject('/v1/releases/2/diff/3')).json()
      t.same(back.added, [{ documentId: gone.id, type: 'prompt', slug: gone.slug, fromVersion: null, toVersion: 1 }])
      t.same((await app.inject('/v1/releases/2/diff/2')).json(), { from: 2, to: 2, added: [], changed: [], removed: [] })
      const topicsOnly = (await app.inject('/v1/releases/1/diff/2?type=topic')).json()
      t.same(
        topicsOnly.changed.map((entry: Json) => entry.documentId),
        [topic.id],
      )
      t.same(topicsOnly.removed, [])
    })

    t.test("a document that leaves a key's view counts as removed; nothing outside the policy is named", async (t) => {
      const careful = bearer(await createKey(app, { policy: { excludeSensitive: true } }))
      const diff = (await app.inject({ url: '/v1/releases/1/diff/2', headers: careful })).json()
      t.ok(
        diff.removed.some((entry: Json) => entry.documentId === softened.id),
        'made sensitive: removed for this key',
      )
      t.notOk(diff.changed.some((entry: Json) => entry.documentId === softened.id))

      const legacyOnly = bearer(await createKey(app, { policy: { topics: ['legacy'] } }))
      const narrow = await app.inject({ url: '/v1/releases/1/diff/2', headers: legacyOnly })
      t.notMatch(narrow.payload, 'topic:boundaries')
      if (!gone.topics.includes('legacy')) t.notMatch(narrow.payload, gone.id)
    })

    t.test('bad input: 400; unknown releases: 404', async (t) => {
      for (const url of [
        '/v1/releases/0/diff/1',
        '/v1/releases/a/diff/1',
        '/v1/releases/1/diff/2?type=poem',
        '/v1/releases/1/diff/2?x=1',
        '/v1/releases/1/diff/99999999999',
      ]) {
        t.equal((await app.inject(url)).statusCode, 400, url)
      }
      const missing = await app.inject('/v1/releases/1/diff/999')
      t.equal(missing.statusCode, 404)
      t.equal(missing.json().code, 'RELEASE_NOT_FOUND')
    })

    t.test('GraphQL answers what REST answers', async (t) => {
      const fields = 'documentId type slug fromVersion toVersion'
      const data = await graphqlData(app, `{ releaseDiff(from: 1, to: 2) { from to added { ${fields} } changed { ${fields} } removed { ${fields} } } }`)
      t.same(data.releaseDiff, (await app.inject('/v1/releases/1/diff/2')).json())
      const missing = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ releaseDiff(from: 1, to: 999) { from } }' } })
      t.equal(missing.json().errors[0].extensions.code, 'RELEASE_NOT_FOUND')
    })

    t.test('any diff applied to its first release gives the second, and the reverse diff undoes it', async (t) => {
      const mappings = new Map<number, Mapping>()
      for (const id of [1, 2, 3]) {
        const release = (await app.inject(`/v1/releases/${id}`)).json()
        mappings.set(id, new Map(release.documents.map((item: Json) => [item.documentId, item.version])))
      }
      const ofType = (mapping: Mapping, type: string | undefined) =>
        new Map([...mapping].filter(([id]) => type === undefined || id.startsWith(`${type === 'section' ? 'guide' : type}:`)))
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(1, 2, 3),
          fc.constantFrom(1, 2, 3),
          fc.option(fc.constantFrom(...documentTypes), { nil: undefined }),
          async (from, to, type) => {
            const query = type ? `?type=${type}` : ''
            const forward = (await app.inject(`/v1/releases/${from}/diff/${to}${query}`)).json()
            const backward = (await app.inject(`/v1/releases/${to}/diff/${from}${query}`)).json()
            const start = ofType(mappings.get(from)!, type)
            const end = ofType(mappings.get(to)!, type)
            t.same([...apply(start, forward)].sort(), [...end].sort(), `${from} -> ${to} ${type ?? ''}`)
            t.same([...apply(end, backward)].sort(), [...start].sort(), `${to} -> ${from} ${type ?? ''}`)
          },
        ),
        { numRuns: 20 },
      )
    })
  })
}

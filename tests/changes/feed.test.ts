import { deepStrictEqual } from 'node:assert/strict'
import fc from 'fast-check'
import t, { type Test } from 'tap'
import type { App } from '../../src/app.js'
import { hashContent, loadContent, type ContentDocument } from '../../src/content/load-content.js'
import { documentTypes } from '../../src/content/vocabulary.js'
import { build, drivers } from '../helpers/build.js'
import { fetchAll } from '../helpers/fetch-all.js'
import { graphql, graphqlData } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>
type Mapping = Map<string, number>

function edited(doc: ContentDocument, change: (body: Json) => void, extra: Partial<ContentDocument> = {}): ContentDocument {
  const body = structuredClone(doc.body) as Json
  change(body)
  return { ...doc, ...extra, body, contentHash: hashContent(body) }
}

/** Every page of a sync, and the pages themselves; from a cursor when given one. */
async function sync(app: App, query: string, headers: Record<string, string> = {}, cursor?: string) {
  const pages: Json[] = []
  let url = cursor ? `/v1/changes?${query}&cursor=${cursor}` : `/v1/changes?${query}`
  for (;;) {
    const response = await app.inject({ url, headers })
    if (response.statusCode !== 200) throw new Error(`${url} -> ${response.statusCode} ${response.payload}`)
    pages.push(response.json())
    const next = pages.at(-1)!.page.nextCursor
    if (!next) return { pages, entries: pages.flatMap((page) => page.data), last: pages.at(-1)! }
    url = `/v1/changes?${query}&cursor=${next}`
  }
}

/** What a device holding `mapping` holds after applying the entries; each entry must start from what it held. */
function apply(mapping: Mapping, entries: Json[]): Mapping {
  const result = new Map(mapping)
  for (const { data } of entries) {
    const held = mapping.get(data.documentId) ?? null
    if (data.previousVersion !== held) throw new Error(`${data.documentId}: previousVersion ${data.previousVersion}, the device held ${held}`)
    if (data.change === 'removed') result.delete(data.documentId)
    else result.set(data.documentId, data.version)
  }
  return result
}

const problemCode = async (app: App, url: string) => {
  const response = await app.inject(url)
  return `${response.statusCode} ${response.json().code}`
}

for (const driver of drivers) {
  t.test(`the change feed on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const docs = await loadContent()
    const brave = docs.find((doc) => doc.id === 'prompt:something-brave-you-did-today')!
    const gone = docs.find((doc) => doc.type === 'prompt' && !doc.sensitive && doc.id !== brave.id)!
    const softened = docs.find((doc) => doc.type === 'prompt' && !doc.sensitive && doc.id !== brave.id && doc.id !== gone.id)!
    const dropped = docs.find((doc) => doc.type === 'activity')!
    // Release 2: a prompt reworded, one made sensitive, a prompt and an activity removed.
    const second = docs
      .filter((doc) => doc.id !== gone.id && doc.id !== dropped.id)
      .map((doc) => {
        if (doc.id === brave.id) return edited(doc, (body) => (body.text = 'What is one brave thing you did today, even a tiny one?'))
        if (doc.id === softened.id) return edited(doc, (body) => (body.sensitive = true), { sensitive: true })
        return doc
      })
    t.equal((await app.services.publishing.importContent(second, 'second')).releaseId, 2)
    const current = (await app.inject('/v1/releases/2')).json()

    t.test('initial sync: every current document added, in id order, over pages that reassemble it', async (t) => {
      const { pages, entries, last } = await sync(app, 'since=0&limit=200')
      t.equal(pages.length, Math.ceil(current.documents.length / 200))
      t.same(
        pages.map((page) => page.nextSince),
        [...pages.slice(1).map(() => null), 2],
        'nextSince only on the last page',
      )
      t.same(
        pages.map((page) => [page.since, page.until]),
        pages.map(() => [0, 2]),
      )
      t.same(
        entries.map((entry) => entry.subject),
        current.documents.map((item: Json) => item.documentId).sort(),
      )
      t.same(apply(new Map(), entries), new Map(current.documents.map((item: Json) => [item.documentId, item.version])))
      t.ok(entries.every((entry) => entry.type === 'document.added' && entry.data.previousVersion === null))
      t.same((await sync(app, 'since=0&limit=500')).entries, entries, 'the same list whatever the page size')
      t.equal(last.page.nextCursor, null)
      const response = await app.inject('/v1/changes?since=0&limit=1')
      t.match(response.headers, { 'content-release': '2', 'cache-control': 'private, no-cache', vary: 'authorization' })
      t.equal(response.json().page.limit, 1)
    })

    t.test('a delta: CloudEvents entries with the version to fetch; deletions included', async (t) => {
      const { entries, last } = await sync(app, 'since=1&limit=2')
      const diff = (await app.inject('/v1/releases/1/diff/2')).json()
      t.same(
        entries.map((entry) => entry.subject),
        [...diff.added, ...diff.changed, ...diff.removed].map((item: Json) => item.documentId).sort(),
      )
      t.equal(last.nextSince, 2)
      const entry = entries.find((item) => item.subject === brave.id)
      t.same(entry, {
        specversion: '1.0',
        id: `2:${brave.id}`,
        source: '/v1/releases/2',
        type: 'document.changed',
        subject: brave.id,
        time: current.createdAt,
        datacontenttype: 'application/json',
        data: {
          documentId: brave.id,
          type: 'prompt',
          slug: brave.slug,
          change: 'changed',
          version: 2,
          previousVersion: 1,
          href: `/v1/documents/${brave.id}/versions/2`,
        },
      })
      t.match((await app.inject(entry.data.href)).json(), { documentId: brave.id, version: 2, content: { text: /one brave thing/ } })
      t.match(
        entries.find((item) => item.subject === gone.id),
        { type: 'document.removed', data: { change: 'removed', version: null, previousVersion: 1, href: null } },
      )
      t.same((await sync(app, 'since=2')).entries, [], 'nothing since the current release')
    })

    t.test('a type filter keeps the removals of that type', async (t) => {
      const activities = (await sync(app, 'since=1&type=activity')).entries
      t.same(
        activities.map((entry) => [entry.subject, entry.data.change]),
        [[dropped.id, 'removed']],
      )
      const prompts = (await sync(app, 'since=1&type=prompt&limit=1')).entries
      t.same(
        prompts.map((entry) => entry.subject),
        [brave.id, gone.id, softened.id].sort(),
      )
    })

    t.test('a key sees what leaves its view as removed, and nothing outside it named', async (t) => {
      const careful = bearer(await createKey(app, { policy: { excludeSensitive: true } }))
      const { entries } = await sync(app, 'since=1', careful)
      t.match(
        entries.find((entry) => entry.subject === softened.id),
        { type: 'document.removed', data: { version: null, previousVersion: 1 } },
      )
      const sensitive = new Set(docs.filter((doc) => doc.sensitive).map((doc) => doc.id))
      const initial = await sync(app, 'since=0&limit=500', careful)
      t.notOk(initial.pages.some((page) => [...sensitive, softened.id].some((id) => JSON.stringify(page).includes(`"${id}"`))))
      const mine = (await app.inject({ url: '/v1/releases/2', headers: careful })).json()
      t.same(apply(new Map(), initial.entries), new Map(mine.documents.map((item: Json) => [item.documentId, item.version])))
      const legacyOnly = bearer(await createKey(app, { policy: { topics: ['legacy'] } }))
      const narrow = await sync(app, 'since=0&limit=500', legacyOnly)
      t.notMatch(JSON.stringify(narrow.pages), 'topic:boundaries')
    })

    t.test('bad input is a 4xx with its code, never a 5xx', async (t) => {
      for (const query of [
        'since=-1',
        'since=abc',
        'since=1.0',
        'since=0x1',
        'since=99999999999',
        '',
        'since=1&limit=0',
        'since=1&limit=501',
        'since=1&type=poem',
        'since=1&x=1',
      ]) {
        t.equal(await problemCode(app, `/v1/changes?${query}`), '400 VALIDATION_FAILED', query)
      }
      t.equal(await problemCode(app, '/v1/changes?since=99999'), '404 RELEASE_NOT_FOUND')
      const cursor = (await app.inject('/v1/changes?since=0&limit=1')).json().page.nextCursor
      const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString())
      const forged = (change: Json) => Buffer.from(JSON.stringify({ ...payload, ...change })).toString('base64url')
      const refused: [string, string][] = [
        ['0', 'garbage'],
        ['0', cursor.slice(0, -3)],
        ['0', forged({ u: 99999 })],
        ['0', forged({ a: 'DROP TABLE' })],
        ['0', forged({ x: 1 })],
        ['2', forged({ s: 2, u: 1 })],
        ['0', 'A'.repeat(301)],
      ]
      for (const [since, bad] of refused) {
        t.equal(await problemCode(app, `/v1/changes?since=${since}&cursor=${bad}`), bad.length > 300 ? '400 VALIDATION_FAILED' : '400 INVALID_CURSOR', bad)
      }
      t.equal(await problemCode(app, `/v1/changes?since=1&cursor=${cursor}`), '400 INVALID_CURSOR', 'another since')
      t.equal(await problemCode(app, `/v1/changes?since=0&type=prompt&cursor=${cursor}`), '400 INVALID_CURSOR', 'another type')

      // An instance that has not seen the latest publish yet.
      const currentId = app.services.releases.currentId
      app.services.releases.currentId = async () => 1
      t.teardown(() => (app.services.releases.currentId = currentId))
      t.equal(await problemCode(app, '/v1/changes?since=2'), '409 SINCE_AHEAD')
      t.equal((await graphql(app, '{ changes(since: 2) { until } }')).errors?.[0]?.extensions.code, 'SINCE_AHEAD')
      app.services.releases.currentId = currentId
    })

    t.test('GraphQL answers what REST answers', async (t) => {
      const fields = 'specversion id source type subject time datacontenttype data { documentId type slug change version previousVersion href }'
      const query = `query($after: String) { changes(since: 1, type: PROMPT, first: 2, after: $after) { since until nextSince nodes { ${fields} } edges { cursor } pageInfo { hasNextPage endCursor } } }`
      const first = (await graphqlData(app, query)).changes
      const rest = (await app.inject('/v1/changes?since=1&type=prompt&limit=2')).json()
      t.same(first.nodes, rest.data)
      t.same([first.since, first.until, first.nextSince, first.pageInfo.endCursor], [rest.since, rest.until, rest.nextSince, rest.page.nextCursor])
      const second = (await graphqlData(app, query, { after: first.pageInfo.endCursor })).changes
      t.same(second.nodes, (await app.inject(`/v1/changes?since=1&type=prompt&limit=2&cursor=${rest.page.nextCursor}`)).json().data)
      t.same([second.nextSince, second.pageInfo.hasNextPage], [2, false])
      const everything = `{ changes(since: 0, first: 500) { since until nextSince edges { cursor node { ${fields} } } nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`
      t.equal((await graphqlData(app, everything)).changes.nodes.length, 500, 'a full page of every field is within the query limits')
      const refused: [string, string][] = [
        ['since: 99999', 'RELEASE_NOT_FOUND'],
        ['since: -1', 'VALIDATION_FAILED'],
        ['since: 0, first: 501', 'VALIDATION_FAILED'],
        ['since: 1, after: "x"', 'INVALID_CURSOR'],
        [`since: 0, after: "${first.pageInfo.endCursor}"`, 'INVALID_CURSOR'],
      ]
      for (const [bad, code] of refused) {
        t.equal((await graphql(app, `{ changes(${bad}) { until } }`)).errors?.[0]?.extensions.code, code, bad)
      }
    })

    t.test('a publish during a sync: every page keeps comparing the same two releases', async (t) => {
      const first = (await app.inject('/v1/changes?since=1&limit=1')).json()
      await app.services.publishing.importContent(docs, 'third')
      const rest = await sync(app, 'since=1&limit=1', {}, first.page.nextCursor)
      t.ok(rest.pages.every((page) => page.until === 2))
      t.equal(rest.last.nextSince, 2)
      t.equal((await app.inject('/v1/changes?since=1')).json().until, 3)
    })

    t.test('property: any sync applied to the release it starts from gives the current release', async (t) => {
      await syncProperty(t, app, docs)
    })
  })
}

/**
 * Random edits, removals, restores and sensitivity flips, published in random steps: then, for the unrestricted
 * caller and a key excluding sensitive prompts, every earlier release's mapping (as that caller sees it, filtered
 * by a random type) plus its sync gives the current mapping exactly, deletions included; so does nothing plus the
 * initial sync.
 */
async function syncProperty(t: Test, app: App, docs: ContentDocument[]) {
  const callers = [{}, bearer(await createKey(app, { policy: { excludeSensitive: true } }))]
  const seen = new Map<string, Json[]>()
  const mappingOf = async (headers: Record<string, string>, release: number, type: string | undefined): Promise<Mapping> => {
    const key = `${headers.authorization ?? ''} ${release}`
    if (!seen.has(key)) seen.set(key, (await app.inject({ url: `/v1/releases/${release}`, headers })).json().documents)
    return new Map(
      seen
        .get(key)!
        .filter((item) => type === undefined || item.type === type)
        .map((item) => [item.documentId, item.version]),
    )
  }
  const working = [...docs]
  const removed: ContentDocument[] = []
  let edits = 0
  let syncs = 0
  const operation = fc.record({ op: fc.constantFrom('edit', 'edit', 'sensitive', 'remove', 'restore'), pick: fc.nat() })
  const publishes = fc.array(fc.array(operation, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 2 })
  const type = fc.option(fc.constantFrom(...documentTypes), { nil: undefined })
  await fc.assert(
    fc.asyncProperty(publishes, type, fc.integer({ min: 5, max: 60 }), async (steps, type, limit) => {
      for (const step of steps) {
        for (const { op, pick } of step) {
          const index = pick % working.length
          const doc = working[index]!
          if (op === 'remove' && working.length > 1) removed.push(...working.splice(index, 1))
          else if (op === 'restore' && removed.length > 0) working.push(...removed.splice(pick % removed.length, 1))
          else if (op === 'sensitive' && doc.type === 'prompt') {
            working[index] = edited(doc, (body) => (body.sensitive = !doc.sensitive), { sensitive: !doc.sensitive })
          } else {
            const field = ['text', 'title', 'summary', 'answer'].find((name) => typeof (doc.body as Json)[name] === 'string')!
            working[index] = edited(doc, (body) => (body[field] = `${body[field]} (edit ${++edits})`))
          }
        }
        await app.services.publishing.importContent(working, `property ${edits}`)
      }
      const releases = (await fetchAll<Json>(app, '/v1/releases')).map((release) => release.id as number)
      const until = Math.max(...releases)
      const filter = type ? `&type=${type}` : ''
      for (const headers of callers) {
        const target = await mappingOf(headers, until, type)
        for (const since of releases) {
          const { entries, last } = await sync(app, `since=${since}&limit=${limit}${filter}`, headers)
          syncs++
          deepStrictEqual([last.until, last.nextSince], [until, until])
          deepStrictEqual(apply(await mappingOf(headers, since, type), entries), target, `since=${since}${filter}`)
        }
        deepStrictEqual(apply(new Map(), (await sync(app, `since=0&limit=250${filter}`, headers)).entries), target, `since=0${filter}`)
      }
    }),
    // Each publish is an import: a few runs, and no shrinking of a history that cannot be replayed.
    { numRuns: 15, endOnFailure: true },
  )
  t.pass(`every sync brought its release to the current one (${syncs} syncs, ${edits} edits)`)
}

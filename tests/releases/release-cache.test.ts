import fc from 'fast-check'
import t from 'tap'
import { hashContent, loadContent, type ContentDocument } from '../../src/content/load-content.js'
import { ReleaseCache } from '../../src/releases/release-cache.js'
import { build, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

const SLUG = 'something-brave-you-did-today'
const textOf = (n: number) => `What is one brave thing you did today, even a tiny one? (${n})`

/** Prometheus text to one sample's value. */
function metric(text: string, name: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `))
  if (!line) throw new Error(`no ${name} in /metrics`)
  return Number(line.slice(line.lastIndexOf(' ') + 1))
}

// Seventy releases that differ by one edit each cost about one catalogue (the trust issue's soak): each
// published document version is parsed once and held once, whatever the number of releases read.
for (const driver of drivers) {
  t.test(`releases that differ by one edit share their documents in the release cache on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const docs = await loadContent()
    const releases: { id: number; text: string }[] = []
    const original = (docs.find((doc) => doc.id === `prompt:${SLUG}`)!.body as { text: string }).text
    releases.push({ id: 1, text: original })
    for (let n = 1; n <= 6; n++) {
      const edited = docs.map((doc) => {
        if (doc.id !== `prompt:${SLUG}`) return doc
        const body = { ...(doc.body as Record<string, unknown>), text: textOf(n) }
        return { ...doc, body, contentHash: hashContent(body) } as ContentDocument
      })
      releases.push({ id: (await app.services.publishing.importContent(edited, `edit ${n}`)).releaseId, text: textOf(n) })
    }
    const partner = bearer(await createKey(app, { policy: { maxDepth: 2, excludeSensitive: true } }))
    const cacheBytes = async () => metric((await app.inject('/metrics')).body, 'bonds_cache_bytes{cache="release"}')

    const readRelease = async (release: { id: number; text: string }) => {
      for (const headers of [{}, partner]) {
        const list = await app.inject({ url: `/v1/prompts?limit=100&release=${release.id}`, headers })
        t.equal(list.statusCode, 200)
        const one = await app.inject({ url: `/v1/prompts/${SLUG}?release=${release.id}`, headers })
        t.equal(one.json().text, release.text, `release ${release.id} shows its own version of the edited prompt`)
        t.equal((await app.inject({ url: `/v1/guide?release=${release.id}`, headers })).statusCode, 200)
      }
    }
    await readRelease(releases[0]!)
    const afterOne = await cacheBytes()
    for (const release of releases.slice(1)) await readRelease(release)
    const afterAll = await cacheBytes()
    const metrics = (await app.inject('/metrics')).body
    const shared = metric(metrics, 'bonds_release_cache_shared_objects')
    // Without sharing, each release would cost what the first did; with it, only its own lists and maps.
    const perRelease = (afterAll - afterOne) / (releases.length - 1)
    t.ok(perRelease < afterOne / 2, `each further release holds ${(perRelease / 1e6).toFixed(2)} MB, the first held ${(afterOne / 1e6).toFixed(2)} MB`)
    t.ok(shared <= docs.length + releases.length, `${shared} shared document versions for ${docs.length} documents and ${releases.length - 1} edits`)
    t.equal(metric(metrics, 'bonds_release_cache_evictions_total'), 0, 'nothing was evicted to make room')

    // Read again after a release was dropped: the shared versions it held still serve the others.
    app.services.releaseCache.forgetRelease(releases[3]!.id)
    for (const release of releases) {
      t.equal((await app.inject({ url: `/v1/prompts/${SLUG}?release=${release.id}`, headers: { 'cache-control': 'no-cache' } })).json().text, release.text)
    }
  })
}

t.test('the cache stays within its bytes and counts each shared object once, whatever the order of loads and drops', async (t) => {
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('get' as const),
      release: fc.integer({ min: 1, max: 6 }),
      key: fc.constantFrom('a', 'b', 'c'),
      versions: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 8 }),
    }),
    fc.record({ kind: fc.constant('forget' as const), release: fc.integer({ min: 1, max: 6 }) }),
  )
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 60 }), fc.integer({ min: 2_000, max: 40_000 }), async (ops, maxBytes) => {
      const cache = new ReleaseCache(maxBytes)
      const body = (version: number) => ({ version, text: `version ${version} `.repeat(20 + version * 10) })
      for (const step of ops) {
        if (step.kind === 'forget') {
          cache.forgetRelease(step.release)
          continue
        }
        const value = await cache.get(step.release, step.key, async () => ({
          items: step.versions.map((version) => cache.shared(`v${version}`, () => body(version))),
        }))
        // A later load of another key may have been given a version already held: same contents either way.
        for (const item of value.items) if (item.text !== body(item.version).text) throw new Error(`v${item.version} holds another version's text`)
        await new Promise((resolve) => setImmediate(resolve))
        const stats = cache.stats()
        if (stats.bytes > maxBytes) throw new Error(`${stats.bytes} bytes held, over ${maxBytes}`)
        if (stats.sharedBytes < 0 || stats.shared < 0) throw new Error('a shared object was let go more often than held')
        if (stats.entries === 0 && (stats.shared !== 0 || stats.sharedBytes !== 0)) throw new Error('shared objects held with no entry holding them')
      }
      for (let release = 1; release <= 6; release++) cache.forgetRelease(release)
      const stats = cache.stats()
      if (stats.entries !== 0 || stats.bytes !== 0 || stats.shared !== 0) throw new Error(`left after dropping everything: ${JSON.stringify(stats)}`)
    }),
    { numRuns: 200 },
  )
  t.pass('200 random sequences of loads and drops kept every invariant')
})

t.test('a shared object is made once while held, and again once nothing holds it', async (t) => {
  const cache = new ReleaseCache(1_000_000)
  let made = 0
  const make = () => ({ n: ++made })
  const first = await cache.get(1, 'x', async () => cache.shared('v1', make))
  const second = await cache.get(2, 'x', async () => cache.shared('v1', make))
  await new Promise((resolve) => setImmediate(resolve))
  t.equal(second, first, "the second release shares the first one's object")
  t.equal(made, 1)
  t.match(cache.stats(), { shared: 1 })
  cache.forgetRelease(1)
  t.match(cache.stats(), { shared: 1 }, 'release 2 still holds it')
  cache.forgetRelease(2)
  t.match(cache.stats(), { shared: 0, sharedBytes: 0, bytes: 0 })
  await cache.get(3, 'x', async () => cache.shared('v1', make))
  t.equal(made, 2, 'made again once dropped')
})

// Preview versions reuse their numbers when the drafts change: one read first, before anything is held,
// must not be shared and then served for the next edit's preview.
for (const driver of drivers) {
  t.test(`a preview read first is never shared with the next preview on ${driver}`, async (t) => {
    const app = await build(t, driver)
    for (let round = 1; round <= 2; round++) {
      const document = await app.inject(`/v1/admin/documents/prompt:${SLUG}`)
      const edited = await app.inject({
        method: 'PATCH',
        url: `/v1/admin/documents/prompt:${SLUG}/draft`,
        headers: { 'content-type': 'application/merge-patch+json', 'if-match': document.headers.etag as string },
        payload: JSON.stringify({ text: textOf(100 + round) }),
      })
      t.equal(edited.statusCode, 200)
      const shown = await app.inject(`/v1/prompts/${SLUG}?release=draft`)
      t.equal(shown.json().text, textOf(100 + round), `round ${round}: the preview shows the latest edit`)
    }
    t.not((await app.inject(`/v1/prompts/${SLUG}`)).json().text, textOf(102), 'the published prompt is not the draft')
  })
}

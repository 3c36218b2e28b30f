import t from 'tap'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import type { App } from '../../src/app.js'
import { loadContent } from '../../src/content/load-content.js'
import type { ContentPolicy } from '../../src/keys/schemas.js'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

const PROMPTS_QUERY = '{ prompts(first: 100) { nodes { slug depth topics { slug } } } }'

/** The same reads, asked by callers with different content policies. */
const reads: { name: string; request: InjectOptions }[] = [
  { name: 'prompts', request: { url: '/v1/prompts?limit=100' } },
  { name: 'guide', request: { url: '/v1/guide' } },
  { name: 'search', request: { url: '/v1/search?q=feelings' } },
  { name: 'graphql', request: { method: 'POST', url: '/graphql', payload: { query: PROMPTS_QUERY } } },
]

type PolicyName = 'none' | 'shallow' | 'boundaries'
const policies: Record<PolicyName, ContentPolicy | undefined> = {
  none: undefined,
  shallow: { maxDepth: 1 },
  boundaries: { topics: ['boundaries'] },
}
const keyWith = (app: App, policy: PolicyName) => createKey(app, policies[policy] ? { policy: policies[policy] } : {})

function ask(app: App, key: string, request: InjectOptions, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({ ...request, headers: { ...request.headers, ...bearer(key), ...headers } })
}

/** Resolves once the app's current release is `id`, as its release listener learns it; rejects after `ms`. */
function currentBecomes(app: App, id: number, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`the current release did not become ${id} within ${ms} ms`))
    }, ms)
    const stop = app.services.releases.onChange(() => {
      app.services.releases.currentId().then(
        (current) => {
          if (current !== id) return
          clearTimeout(timer)
          stop()
          resolve()
        },
        () => {},
      )
    })
  })
}

// Several apps per driver and 2,000 distinct reads for the byte bound: more than the default file timeout on a busy machine.
t.setTimeout(drivers.length * 240_000)

for (const driver of drivers) {
  t.test(`response cache on ${driver}`, async (t) => {
    t.test("callers with different policies never receive each other's bytes, in either order", async (t) => {
      const bodies: Record<string, Record<string, string>>[] = []
      for (const order of [
        ['none', 'shallow', 'boundaries'],
        ['boundaries', 'shallow', 'none'],
      ] as PolicyName[][]) {
        const app = await build(t, driver)
        const seen: Record<string, Record<string, string>> = {}
        for (const policy of order) {
          const key = await keyWith(app, policy)
          const answers: Record<string, string> = {}
          seen[policy] = answers
          for (const read of reads) {
            const response = await ask(app, key, read.request)
            t.equal(response.statusCode, 200, `${order[0]} first: ${policy} ${read.name}`)
            t.equal(response.headers['x-cache'], 'MISS', `${order[0]} first: ${policy} ${read.name} is not served another policy's entry`)
            answers[read.name] = response.payload
          }
        }
        // A second key with the same policy as the last caller shares its entries.
        const last = order.at(-1) as PolicyName
        const twin = await keyWith(app, last)
        for (const read of reads) {
          const response = await ask(app, twin, read.request)
          t.equal(response.headers['x-cache'], 'HIT', `same policy (${last}): ${read.name} is a hit`)
          t.equal(response.payload, seen[last]?.[read.name], `same policy (${last}): ${read.name} has identical bytes`)
        }
        bodies.push(seen)
      }
      const [first, second] = bodies as [Record<string, Record<string, string>>, Record<string, Record<string, string>>]
      for (const policy of Object.keys(policies)) {
        for (const read of reads) t.equal(second[policy]?.[read.name], first[policy]?.[read.name], `${policy} ${read.name}: the same bytes whoever asked first`)
      }
      // The policies do change what is served, so a shared entry would have shown.
      for (const name of ['prompts', 'search', 'graphql']) t.not(first.shallow?.[name], first.none?.[name], `maxDepth changes ${name}`)
      for (const name of ['prompts', 'guide', 'search', 'graphql']) t.not(first.boundaries?.[name], first.none?.[name], `topics change ${name}`)
      for (const policy of Object.keys(policies)) t.notOk(JSON.parse(first[policy]?.graphql as string).errors, `${policy}: the GraphQL query succeeds`)
      const shallow = JSON.parse(first.shallow?.prompts as string) as { data: { depth: number }[] }
      t.ok(shallow.data.length > 0 && shallow.data.every((prompt) => prompt.depth <= 1), 'maxDepth 1: only depth-1 prompts')
      const guide = JSON.parse(first.boundaries?.guide as string) as { topics: { slug: string }[] }
      t.same(
        guide.topics.map((topic) => topic.slug),
        ['boundaries'],
        'topics policy: only its topic in the guide',
      )
    })

    t.test('a 304 is answered from the cache without running the handler', async (t) => {
      const app = await build(t, driver)
      const key = await createKey(app)
      const service = app.services.guide
      const original = service.wholeGuide
      let calls = 0
      service.wholeGuide = function (this: typeof service, ...args: Parameters<typeof original>) {
        calls++
        return original.apply(this, args)
      } as typeof original
      t.teardown(() => {
        service.wholeGuide = original
      })

      const first = await ask(app, key, { url: '/v1/guide' })
      t.equal(first.statusCode, 200)
      t.equal(first.headers['x-cache'], 'MISS')
      t.equal(calls, 1)
      const etag = first.headers.etag as string
      t.match(etag, /^"[A-Za-z0-9_-]{27}"$/, 'a strong ETag')

      for (const condition of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
        const revalidated = await ask(app, key, { url: '/v1/guide' }, { 'if-none-match': condition })
        t.equal(revalidated.statusCode, 304, `If-None-Match: ${condition}`)
        t.equal(revalidated.payload, '')
        t.equal(revalidated.headers['x-cache'], 'HIT')
        t.equal(revalidated.headers.etag, etag)
        t.equal(revalidated.headers['content-release'], first.headers['content-release'])
        t.equal(revalidated.headers['cache-control'], first.headers['cache-control'])
        t.equal(revalidated.headers.vary, first.headers.vary)
      }
      t.equal(calls, 1, 'the handler did not run for the 304s')

      const other = await ask(app, key, { url: '/v1/guide' }, { 'if-none-match': '"something-else"' })
      t.equal(other.statusCode, 200, 'a different ETag gets the body')
      const again = await ask(app, key, { url: '/v1/guide' })
      t.equal(again.statusCode, 200)
      t.equal(again.headers['x-cache'], 'HIT')
      t.equal(again.payload, first.payload, 'identical bytes')
      t.equal(again.headers['content-type'], first.headers['content-type'])
      t.equal(again.headers.etag, etag)
      t.equal(calls, 1, 'the handler did not run for the hits')

      const stats = app.responseCache.stats()
      t.match(stats, { hits: 6, misses: 1, notModified: 4, stores: 1 })
      const ready = await app.inject('/readyz')
      t.match(ready.json().cache, { hits: 6, misses: 1, notModified: 4, stores: 1, maxBytes: 64 * 1024 * 1024 }, '/readyz shows the counters')
    })

    t.test('a publish moves reads to the new release; pinned requests keep theirs', async (t) => {
      const app = await build(t, driver)
      const key = await createKey(app)
      const urls = ['/v1/faqs?limit=100', '/v1/guide']
      const before: Record<string, LightMyRequestResponse> = {}
      for (const url of urls) {
        before[url] = await ask(app, key, { url })
        t.equal((await ask(app, key, { url })).headers['x-cache'], 'HIT', `${url} warm`)
      }
      const pinned = await ask(app, key, { url: '/v1/faqs?limit=100&release=1' })
      t.equal(pinned.headers['x-cache'], 'MISS')

      const docs = await loadContent()
      const dropped = docs.filter((doc) => doc.id !== 'faq:role-of-shared-interests')
      t.equal(dropped.length, docs.length - 1)
      const { releaseId } = await app.services.publishing.importContent(dropped, 'note')
      t.equal(releaseId, 2)

      for (const url of urls) {
        const after = await ask(app, key, { url })
        t.equal(after.statusCode, 200)
        t.equal(after.headers['content-release'], '2', `${url} is served by the new release`)
        t.equal(after.headers['x-cache'], 'MISS')
        t.not(after.payload, before[url]?.payload, `${url} changed`)
      }
      const faqs = (await ask(app, key, { url: '/v1/faqs?limit=100' })).json() as { data: { slug: string }[] }
      t.notOk(
        faqs.data.some((faq) => faq.slug === 'role-of-shared-interests'),
        'the dropped FAQ is gone',
      )

      const stillPinned = await ask(app, key, { url: '/v1/faqs?limit=100&release=1' })
      t.equal(stillPinned.headers['x-cache'], 'HIT', 'a pinned entry survives the publish')
      t.equal(stillPinned.headers['content-release'], '1')
      t.equal(stillPinned.payload, pinned.payload)
    })

    if (driver === 'postgres') {
      t.test("a release published by another instance moves this one's reads", async (t) => {
        const first = await build(t, driver)
        const second = await buildSibling(t, first)
        const key = await createKey(first)
        const warm = await ask(second, key, { url: '/v1/faqs?limit=100' })
        t.equal(warm.headers['content-release'], '1')
        const hit = await ask(second, key, { url: '/v1/faqs?limit=100' })
        t.equal(hit.headers['x-cache'], 'HIT')
        t.equal(hit.payload, warm.payload)

        const moved = currentBecomes(second, 2, 10_000)
        const docs = (await loadContent()).filter((doc) => doc.id !== 'faq:role-of-shared-interests')
        await first.services.publishing.importContent(docs, 'from the first instance')
        await moved

        const after = await ask(second, key, { url: '/v1/faqs?limit=100' })
        t.equal(after.statusCode, 200)
        t.equal(after.headers['content-release'], '2', 'the sibling serves the new release')
        t.equal(after.headers['x-cache'], 'MISS')
        t.not(after.payload, warm.payload)
      })
    }

    t.test('the cache stays within its byte bound', async (t) => {
      const app = await build(t, driver, { env: { RESPONSE_CACHE_MB: '1' } })
      const key = await createKey(app)
      const maxBytes = 1024 * 1024
      t.equal(app.responseCache.stats().maxBytes, maxBytes)
      const statuses = new Set<number>()
      let overBound = 0
      // 2,000 distinct reads, eight at a time (PostgreSQL answers them on several connections).
      const words = ['feelings', 'boundaries', 'trust', 'listen', 'respect', 'communication', 'emotions', 'support', 'time', 'together']
      const url = (index: number) =>
        index % 4 === 3
          ? `/v1/search?q=${words[Math.floor(index / 200)]}&limit=${1 + (Math.floor(index / 4) % 50)}`
          : `/v1/prompts?limit=${1 + (index % 50)}&age=${3 + Math.floor(index / 50)}`
      for (let index = 0; index < 2_000; index += 8) {
        const batch = await Promise.all(Array.from({ length: 8 }, (_, offset) => ask(app, key, { url: url(index + offset) })))
        for (const response of batch) statuses.add(response.statusCode)
        if (app.responseCache.stats().bytes > maxBytes) overBound++
      }
      t.same([...statuses], [200])
      t.equal(app.responseCache.stats().misses, 2_000, 'all distinct')
      t.equal(overBound, 0, 'never above maxBytes')
      const stats = app.responseCache.stats()
      t.ok(stats.bytes <= maxBytes, `${stats.bytes} bytes`)
      t.ok(stats.evictions > 0, `${stats.evictions} evictions`)
      t.ok(stats.entries > 0 && stats.entries < stats.stores, `${stats.entries} entries of ${stats.stores} stored`)
    })

    t.test('x-cache is shown in development only', async (t) => {
      const development = await build(t, driver)
      const devKey = await createKey(development)
      t.equal((await ask(development, devKey, { url: '/v1/topics' })).headers['x-cache'], 'MISS')
      t.equal((await ask(development, devKey, { url: '/v1/topics' })).headers['x-cache'], 'HIT')

      const production = await build(t, driver, { env: { NODE_ENV: 'production' } })
      const key = await createKey(production)
      const first = await ask(production, key, { url: '/v1/topics' })
      const second = await ask(production, key, { url: '/v1/topics' })
      t.equal(first.statusCode, 200)
      t.equal(second.payload, first.payload)
      t.notOk('x-cache' in first.headers || 'x-cache' in second.headers, 'no x-cache in production')
      t.match(production.responseCache.stats(), { hits: 1, misses: 1 }, 'production caches all the same')
    })

    t.test('GraphQL: errors are never cached; Accept variants and requests without a key are apart', async (t) => {
      const app = await build(t, driver)
      const key = await createKey(app)
      const invalid = { method: 'POST' as const, url: '/graphql', payload: { query: '{ prompts(first: 3) { nodes { nope } } }' } }
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await ask(app, key, invalid)
        t.equal(response.statusCode, 200, 'application/json: 200 with errors')
        t.equal(response.json().errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED')
        t.equal(response.headers['x-cache'], 'MISS', `attempt ${attempt + 1}: not served from the cache`)
      }
      const strict = { accept: 'application/graphql-response+json' }
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await ask(app, key, invalid, strict)
        t.equal(response.statusCode, 400)
        t.equal(response.headers['x-cache'], 'MISS')
      }
      t.equal(app.responseCache.stats().stores, 0, 'nothing stored')

      const query = { method: 'POST' as const, url: '/graphql', payload: { query: '{ topic(slug: "boundaries") { slug title } }' } }
      const json = await ask(app, key, query)
      t.equal(json.headers['x-cache'], 'MISS')
      t.match(json.headers['content-type'], /^application\/json/)
      const graphqlResponse = await ask(app, key, query, strict)
      t.equal(graphqlResponse.headers['x-cache'], 'MISS', 'the other Accept variant has its own entry')
      t.match(graphqlResponse.headers['content-type'], /^application\/graphql-response\+json/)
      const jsonHit = await ask(app, key, query)
      t.equal(jsonHit.headers['x-cache'], 'HIT')
      t.match(jsonHit.headers['content-type'], /^application\/json/)
      t.equal(jsonHit.payload, json.payload)
      const graphqlResponseHit = await ask(app, key, query, strict)
      t.equal(graphqlResponseHit.headers['x-cache'], 'HIT')
      t.match(graphqlResponseHit.headers['content-type'], /^application\/graphql-response\+json/)
      t.equal(graphqlResponseHit.payload, graphqlResponse.payload)

      const reordered = { ...query, payload: { variables: {}, query: query.payload.query } }
      t.equal((await ask(app, key, reordered)).headers['x-cache'], 'MISS', 'other body fields are other requests')
      t.equal(
        (await ask(app, key, { ...reordered, payload: { query: query.payload.query, variables: {} } })).headers['x-cache'],
        'HIT',
        'key order does not matter',
      )

      const get = await ask(app, key, { url: `/graphql?query=${encodeURIComponent(query.payload.query)}` })
      t.equal(get.statusCode, 200)
      t.equal(get.headers['x-cache'], 'MISS')
      t.equal((await ask(app, key, { url: `/graphql?query=${encodeURIComponent(query.payload.query)}` })).headers['x-cache'], 'HIT', 'GET /graphql is cached')
    })

    t.test('rate limiting still counts hits', async (t) => {
      const app = await build(t, driver, { env: { RATE_LIMIT_PER_MINUTE: '3' } })
      const key = await createKey(app)
      const caches: unknown[] = []
      const statuses: number[] = []
      for (let attempt = 0; attempt < 4; attempt++) {
        const response = await ask(app, key, { url: '/v1/guide' })
        statuses.push(response.statusCode)
        caches.push(response.headers['x-cache'])
      }
      t.same(statuses, [200, 200, 200, 429])
      t.same(caches.slice(0, 3), ['MISS', 'HIT', 'HIT'])
    })

    t.test('POST reads and non-content routes', async (t) => {
      const app = await build(t, driver)
      const key = await createKey(app, { scopes: ['content:read', 'keys:admin'] })
      const profile = { age: 11, interests: ['cooking', 'nature'], minutes: 90, budget: 'low', weather: 'clear', energy: 'moderate', limit: 5 }
      const first = await ask(app, key, { method: 'POST', url: '/v1/recommendations', payload: profile })
      t.equal(first.statusCode, 200)
      t.equal(first.headers['x-cache'], 'MISS')
      const shuffled = Object.fromEntries(Object.entries(profile).reverse())
      const second = await ask(app, key, { method: 'POST', url: '/v1/recommendations', payload: shuffled })
      t.equal(second.headers['x-cache'], 'HIT', 'the same body in another key order')
      t.equal(second.payload, first.payload)
      const plan = { age: 14, goal: 'open-up', setting: 'car-ride', minutes: 30 }
      t.equal((await ask(app, key, { method: 'POST', url: '/v1/conversation-plans', payload: plan })).headers['x-cache'], 'MISS')
      t.equal((await ask(app, key, { method: 'POST', url: '/v1/conversation-plans', payload: plan })).headers['x-cache'], 'HIT')

      const admin = await ask(app, key, { url: '/v1/admin/keys' })
      t.equal(admin.statusCode, 200)
      t.notOk('x-cache' in admin.headers, 'admin routes are never cached')
      t.notOk('x-cache' in (await app.inject('/healthz')).headers, 'nor unprotected ones')
      const head = await ask(app, key, { method: 'HEAD', url: '/v1/guide' })
      t.equal(head.statusCode, 200)
      t.notOk('x-cache' in head.headers, 'nor HEAD requests')
      const invalid = await ask(app, key, { url: '/v1/prompts?limit=1000' })
      t.equal(invalid.statusCode, 400)
      t.equal((await ask(app, key, { url: '/v1/prompts?limit=1000' })).headers['x-cache'], 'MISS', 'errors are not stored')
    })
  })
}

import fc from 'fast-check'
import t from 'tap'
import { competencies, lifeStages } from '../../src/content/vocabulary.js'
import { build, drivers } from '../helpers/build.js'

for (const driver of drivers) {
  t.test(`guide reads on ${driver}`, async (t) => {
    const app = await build(t, driver)

    t.test('GET /v1/guide is the whole guide in reading order', async (t) => {
      const response = await app.inject('/v1/guide')
      t.equal(response.statusCode, 200)
      t.equal(response.headers['content-release'], '1')
      const guide = response.json()
      t.equal(guide.title, 'Strengthening Bonds: Nurturing a Strong Mother Son Relationship')
      t.equal(guide.introduction.paragraphs.length, 2)
      t.equal(guide.topicsHeading, 'Tips For Nurturing a Strong Mother Son Relationship')
      t.same(
        guide.topics.map((topic: { number: number }) => topic.number),
        [1, 2, 3, 4, 5, 6, 7, 8, 9],
      )
      t.equal(guide.topics[3].slug, 'boundaries')
      t.equal(guide.faqs.length, 3)
      t.match(guide.conclusion.paragraphs[0], /^Nurturing a strong mother-son relationship is an ongoing journey/)
    })

    t.test('topics and FAQs by slug', async (t) => {
      const topic = await app.inject('/v1/topics/boundaries')
      t.equal(topic.statusCode, 200)
      t.match(topic.json(), { id: 'topic:boundaries', version: 1, number: 4, title: 'The Delicate Balance of Boundaries' })
      const faq = await app.inject('/v1/faqs/encouraging-open-communication')
      t.match(faq.json(), { question: 'How can mothers encourage open communication with their sons?', topics: ['communication', 'emotional-needs'] })
    })

    t.test('unknown slugs are 404 problems; malformed ones are 400 with the field named', async (t) => {
      const missing = await app.inject('/v1/topics/astrology')
      t.equal(missing.statusCode, 404)
      t.match(missing.headers['content-type'], /^application\/problem\+json/)
      t.match(missing.json(), { code: 'TOPIC_NOT_FOUND', status: 404, detail: /astrology/ })
      t.match((await app.inject('/v1/faqs/astrology')).json(), { code: 'FAQ_NOT_FOUND' })
      const bad = await app.inject('/v1/topics/Not%20A%20Slug')
      t.equal(bad.statusCode, 400)
      t.match(bad.json(), { code: 'VALIDATION_FAILED', errors: [{ location: 'params', field: 'slug' }] })
    })

    t.test('validation lists every bad field, unknown parameters included', async (t) => {
      const response = await app.inject('/v1/topics?limit=1000&competency=telepathy&colour=blue')
      t.equal(response.statusCode, 400)
      const fields = response
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort()
      t.same(fields, ['colour', 'competency', 'limit'])
    })

    t.test('releases: pinned, current, unknown and malformed', async (t) => {
      const pinned = await app.inject('/v1/topics?release=1')
      t.equal(pinned.headers['content-release'], '1')
      t.match(pinned.headers['cache-control'], /immutable/)
      const current = await app.inject('/v1/topics?release=current')
      t.notMatch(current.headers['cache-control'], /immutable/)
      t.match((await app.inject('/v1/guide?release=999')).json(), { status: 404, code: 'RELEASE_NOT_FOUND' })
      t.equal((await app.inject('/v1/guide?release=-1')).statusCode, 400)
      t.equal((await app.inject('/v1/guide?release=abc')).statusCode, 400)
      t.equal((await app.inject('/v1/guide?release=99999999999999')).statusCode, 400)
    })

    t.test('strong ETags answer If-None-Match with 304', async (t) => {
      const first = await app.inject('/v1/topics/legacy')
      const etag = first.headers.etag as string
      t.match(etag, /^"[^"]+"$/, 'strong, quoted')
      const again = await app.inject({ url: '/v1/topics/legacy', headers: { 'if-none-match': etag } })
      t.equal(again.statusCode, 304)
      t.equal(again.payload, '')
      const other = await app.inject({ url: '/v1/topics/boundaries', headers: { 'if-none-match': etag } })
      t.equal(other.statusCode, 200)
    })

    t.test('a cursor walks every topic once, on the release it started on', async (t) => {
      const seen: string[] = []
      let url = '/v1/topics?limit=2'
      for (let pages = 0; pages < 10; pages++) {
        const body = (await app.inject(url)).json()
        t.ok(body.data.length <= 2)
        seen.push(...body.data.map((topic: { slug: string }) => topic.slug))
        if (!body.page.nextCursor) break
        url = `/v1/topics?limit=2&cursor=${body.page.nextCursor}`
      }
      t.equal(seen.length, 9)
      t.equal(new Set(seen).size, 9)
    })

    t.test('a cursor is refused for other filters, another release, or when tampered with', async (t) => {
      const cursor = (await app.inject('/v1/topics?limit=2')).json().page.nextCursor
      t.match((await app.inject(`/v1/topics?limit=2&cursor=${cursor}&competency=self-awareness`)).json(), { code: 'INVALID_CURSOR' })
      t.match((await app.inject(`/v1/topics?cursor=${cursor}&release=2`)).json(), { code: 'INVALID_CURSOR' })
      t.match((await app.inject('/v1/topics?cursor=bm9wZQ')).json(), { code: 'INVALID_CURSOR', status: 400 })
      t.equal((await app.inject(`/v1/topics?cursor=${'A'.repeat(500)}`)).statusCode, 400)
    })

    t.test('every topic filter returns exactly the matching topics', async (t) => {
      const all = (await app.inject('/v1/topics?limit=100')).json().data as { slug: string; competencies: string[]; lifeStages: string[] }[]
      await fc.assert(
        fc.asyncProperty(
          fc.option(fc.constantFrom(...competencies), { nil: undefined }),
          fc.option(fc.constantFrom(...lifeStages), { nil: undefined }),
          fc.integer({ min: 1, max: 100 }),
          async (competency, lifeStage, limit) => {
            const query = new URLSearchParams({ limit: String(limit) })
            if (competency) query.set('competency', competency)
            if (lifeStage) query.set('lifeStage', lifeStage)
            const body = (await app.inject(`/v1/topics?${query}`)).json()
            const expected = all
              .filter((topic) => !competency || topic.competencies.includes(competency))
              .filter((topic) => !lifeStage || topic.lifeStages.includes(lifeStage))
              .slice(0, limit)
            t.same(
              body.data.map((topic: { slug: string }) => topic.slug),
              expected.map((topic) => topic.slug),
            )
          },
        ),
        { numRuns: 40 },
      )
    })

    t.test('FAQs filter by topic', async (t) => {
      const body = (await app.inject('/v1/faqs?topic=connection-beyond-shared-experiences')).json()
      t.same(
        body.data.map((faq: { slug: string }) => faq.slug),
        ['activities-that-strengthen-the-bond', 'role-of-shared-interests'],
      )
      t.same((await app.inject('/v1/faqs?topic=legacy')).json().data, [])
    })
  })
}

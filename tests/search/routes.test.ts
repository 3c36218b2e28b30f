import fc from 'fast-check'
import t from 'tap'
import { build, drivers } from '../helpers/build.js'

const hostile = [
  "' OR 1=1--",
  '%',
  '\\',
  '"',
  "'",
  '!!!',
  '&|!():*',
  '<->',
  '-',
  'or',
  'the',
  '😀 boundaries 👩‍👦',
  'x'.repeat(10_000),
  'a\u0000b',
  '\u0000',
  'DROP TABLE documents;',
  // A log4j-style lookup, sent as it is: the search must treat it as text.
  // eslint-disable-next-line no-template-curly-in-string
  '${jndi:ldap://x}',
]

for (const driver of drivers) {
  t.test(`search on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const search = (q: string, extra = '') => app.inject(`/v1/search?q=${encodeURIComponent(q)}${extra}`)

    t.test('"boundaries" ranks the boundaries topic first, with a highlighted snippet', async (t) => {
      const response = await search('boundaries')
      t.equal(response.statusCode, 200)
      t.equal(response.headers['content-release'], '1')
      const [first] = response.json().data
      t.match(first, { type: 'topic', id: 'topic:boundaries', slug: 'boundaries', version: 1 })
      t.match(first.snippet, /<mark>boundaries<\/mark>/i)
    })

    t.test('words from an FAQ answer find that FAQ', async (t) => {
      const hits = (await search('approachable non-reactive')).json().data
      t.match(hits[0], { type: 'faq', slug: 'encouraging-open-communication' })
      const bridge = (await search('shared interests serve as a bridge')).json().data
      t.equal(bridge[0].slug, 'role-of-shared-interests')
    })

    t.test('web-search syntax: phrases, exclusions and stemming', async (t) => {
      const phrase = (await search('"cooking mishap"', '&type=topic')).json().data
      t.same(
        phrase.map((hit: { id: string }) => hit.id),
        ['topic:connection-beyond-shared-experiences'],
      )
      const excluded = (await search('bond -cooking')).json().data
      t.notOk(excluded.some((hit: { id: string }) => hit.id === 'topic:connection-beyond-shared-experiences'))
      t.ok((await search('boundary')).json().data.length > 0, 'stems match')
    })

    t.test('type filter, ranks in order, and paging', async (t) => {
      const faqsOnly = (await search('relationship', '&type=faq')).json().data
      t.ok(faqsOnly.length > 0)
      t.ok(faqsOnly.every((hit: { type: string }) => hit.type === 'faq'))
      const all = (await search('relationship', '&limit=100')).json().data
      const ranks = all.map((hit: { rank: number }) => hit.rank)
      t.same(
        ranks,
        [...ranks].sort((a, b) => b - a),
      )
      const firstPage = (await search('relationship', '&limit=3')).json()
      const secondPage = (await search('relationship', `&limit=3&cursor=${firstPage.page.nextCursor}`)).json()
      t.same(
        [...firstPage.data, ...secondPage.data].map((hit: { id: string }) => hit.id),
        all.slice(0, 6).map((hit: { id: string }) => hit.id),
      )
      t.equal((await search('relationship', '&type=poem')).statusCode, 400)
    })

    t.test('missing or empty q is a 400 naming q', async (t) => {
      for (const url of ['/v1/search', '/v1/search?q=', '/v1/search?q=%20%20']) {
        const response = await app.inject(url)
        t.equal(response.statusCode, 400, url)
        t.match(response.json(), { code: 'VALIDATION_FAILED', errors: [{ field: 'q' }] })
      }
    })

    t.test('hostile strings get 200 or 400, never 500', async (t) => {
      for (const q of hostile) {
        const response = await search(q)
        t.ok([200, 400].includes(response.statusCode), `${JSON.stringify(q.slice(0, 20))} -> ${response.statusCode}`)
      }
      const raw = await app.inject('/v1/search?q=%E0%A4%A&x=%')
      t.ok(raw.statusCode < 500, 'broken percent-encoding')
      t.equal((await search('x'.repeat(10_000))).statusCode, 400)
      t.equal((await search('a\u0000b')).statusCode, 400)
    })

    t.test('any string: 200 or 400, never 500', async (t) => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (q) => {
          const response = await search(q)
          if (![200, 400].includes(response.statusCode)) t.fail(`${JSON.stringify(q)} -> ${response.statusCode} ${response.payload}`)
        }),
        { numRuns: 150 },
      )
      t.pass('no 5xx')
    })
  })
}

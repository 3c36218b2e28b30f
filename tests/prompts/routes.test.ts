import fc from 'fast-check'
import t from 'tap'
import { competencies, directions, promptSettings } from '../../src/content/vocabulary.js'
import type { Prompt } from '../../src/prompts/schemas.js'
import { build, drivers } from '../helpers/build.js'
import { fetchAll } from '../helpers/fetch-all.js'

const topicSlugs = [
  'emotional-needs',
  'connection-beyond-shared-experiences',
  'communication',
  'boundaries',
  'navigating-change',
  'legacy',
  'emotional-intelligence',
  'mutual-growth',
  'independence-and-interdependence',
]

const promptQuery = fc.record(
  {
    topic: fc.constantFrom(...topicSlugs),
    age: fc.integer({ min: 3, max: 99 }),
    depth: fc.constantFrom(1, 2, 3),
    setting: fc.constantFrom(...promptSettings),
    direction: fc.constantFrom(...directions),
    competency: fc.constantFrom(...competencies),
    includeSensitive: fc.boolean(),
    excludeSensitive: fc.boolean(),
  },
  { requiredKeys: [] },
)
type PromptQuery = typeof promptQuery extends fc.Arbitrary<infer T> ? T : never

/** What `includeSensitive`, or its deprecated alias, asks for; null when the two disagree (400). */
function includes(query: PromptQuery): boolean | null {
  const fromAlias = query.excludeSensitive === undefined ? undefined : !query.excludeSensitive
  if (query.includeSensitive !== undefined && fromAlias !== undefined && fromAlias !== query.includeSensitive) return null
  return query.includeSensitive ?? fromAlias ?? false
}

const activityOnly = (prompt: Prompt) => prompt.settings.length === 1 && prompt.settings[0] === 'activity'

function matches(prompt: Prompt, query: PromptQuery): boolean {
  return (
    (includes(query) === true || (!prompt.sensitive && prompt.depth < 3)) &&
    (query.setting === 'activity' || !activityOnly(prompt)) &&
    (query.topic === undefined || prompt.topics.includes(query.topic)) &&
    (query.age === undefined || (prompt.ageMin <= query.age && query.age <= prompt.ageMax)) &&
    (query.depth === undefined || prompt.depth === query.depth) &&
    (query.setting === undefined || prompt.settings.includes(query.setting)) &&
    (query.direction === undefined || prompt.direction === query.direction || (query.direction !== 'either' && prompt.direction === 'either')) &&
    (query.competency === undefined || prompt.competencies.includes(query.competency))
  )
}

const toSearch = (query: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)])).toString()

for (const driver of drivers) {
  t.test(`prompts on ${driver}`, async (t) => {
    const app = await build(t, driver)
    // Every prompt: the everyday ones and the activity-only ones, sensitive and deep ones included.
    const all = [
      ...(await fetchAll<Prompt>(app, '/v1/prompts?includeSensitive=true')),
      ...(await fetchAll<Prompt>(app, '/v1/prompts?includeSensitive=true&setting=activity')).filter(activityOnly),
    ]

    t.test('every filter combination, spelling of the sensitive flag included, returns exactly the matching prompts or a 400', async (t) => {
      await fc.assert(
        fc.asyncProperty(promptQuery, async (query) => {
          const refused = includes(query) === null || (query.depth === 3 && includes(query) === false)
          if (refused) {
            const response = await app.inject(`/v1/prompts?${toSearch(query)}`)
            if (response.statusCode !== 400 || response.json().code !== 'VALIDATION_FAILED') {
              throw new Error(`${toSearch(query)}: ${response.statusCode}, expected 400`)
            }
            return
          }
          const found = await fetchAll<Prompt>(app, `/v1/prompts?${toSearch(query)}`)
          const expected = all.filter((prompt) => matches(prompt, query)).map((prompt) => prompt.slug)
          if (JSON.stringify(found.map((prompt) => prompt.slug).sort()) !== JSON.stringify(expected.sort())) {
            throw new Error(`${toSearch(query)}: got ${found.length}, expected ${expected.length}`)
          }
        }),
        { numRuns: driver === 'pglite' ? 60 : 30 },
      )
      t.pass('filters hold')
    })

    t.test('one prompt, with its follow-ups expanded', async (t) => {
      const withFollowUps = all.find((prompt) => prompt.followUps.length > 0) as Prompt
      const response = await app.inject(`/v1/prompts/${withFollowUps.slug}`)
      t.equal(response.statusCode, 200)
      const body = response.json()
      t.same(
        body.followUpPrompts.map((prompt: Prompt) => prompt.slug),
        withFollowUps.followUps,
      )
      t.match((await app.inject('/v1/prompts/no-such-prompt')).json(), { status: 404, code: 'PROMPT_NOT_FOUND' })
      t.equal((await app.inject('/v1/prompts/Bad%20Slug')).statusCode, 400)
      t.equal((await app.inject('/v1/prompts?age=2')).statusCode, 400)
      t.equal((await app.inject('/v1/prompts?excludeSensitive=yes')).statusCode, 400)
    })

    t.test('prompt of the day: same inputs, same answer; another seed, another walk', async (t) => {
      const url = '/v1/prompts/daily?date=2026-11-25&tz=Europe/Paris&seed=family-42'
      const first = await app.inject(url)
      t.equal(first.statusCode, 200)
      t.equal((await app.inject(url)).payload, first.payload)
      const other = await build(t, 'pglite')
      t.same((await other.inject(url)).json(), first.json(), 'another instance, another database, same answer')
      // Activity-only and situational prompts are never the prompt of the day unless asked for.
      const everyday = all.filter((prompt) => !prompt.settings.includes('activity') && prompt.situations.length === 0 && !prompt.sensitive && prompt.depth < 3)
      t.ok(everyday.length < all.length)
      t.match(first.json(), { date: '2026-11-25', timeZone: 'Europe/Paris', seed: 'family-42', cycleDays: everyday.length })
      const seeds = new Set<string>()
      for (const seed of ['a', 'b', 'c', 'd', 'e']) {
        seeds.add((await app.inject(`/v1/prompts/daily?date=2026-11-25&seed=${seed}`)).json().prompt.slug)
      }
      t.ok(seeds.size > 1, 'seeds give different prompts')
    })

    t.test('for one seed, no prompt repeats within 30 days, and filters hold every day', async (t) => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 12 }).map((seed) => seed.replace(/[^\w.:-]/g, '')),
          fc.integer({ min: 0, max: 60_000 }),
          fc.constantFrom(undefined, 8, 15, 30),
          async (seed, startDay, age) => {
            const seen = new Set<string>()
            for (let offset = 0; offset < 30; offset++) {
              const date = new Date((startDay + offset) * 86_400_000).toISOString().slice(0, 10)
              const query = toSearch({ date, seed, ...(age ? { age } : {}) })
              const body = (await app.inject(`/v1/prompts/daily?${query}`)).json()
              if (body.cycleDays < 30) return
              if (seen.has(body.prompt.slug)) throw new Error(`${body.prompt.slug} repeats within 30 days (seed ${seed})`)
              if (age && !matches(body.prompt, { age })) throw new Error(`${body.prompt.slug} breaks the filter`)
              seen.add(body.prompt.slug)
            }
          },
        ),
        { numRuns: 12 },
      )
      t.pass('no repeats')
    })

    t.test('daily: the date defaults to today in the time zone; bad dates and zones are 400', async (t) => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date())
      const body = (await app.inject('/v1/prompts/daily?tz=Pacific/Kiritimati')).json()
      t.equal(body.date, today)
      for (const bad of ['date=2026-02-30', 'date=26-1-1', 'tz=Mars/Olympus', 'seed=%3Cscript%3E', 'depth=4']) {
        t.equal((await app.inject(`/v1/prompts/daily?${bad}`)).statusCode, 400, bad)
      }
      t.equal((await app.inject('/v1/prompts/daily?depth=3')).statusCode, 400, 'depth 3 without includeSensitive')
      const none = await app.inject('/v1/prompts/daily?age=3&depth=3&includeSensitive=true')
      t.match(none.json(), { status: 404, code: 'NO_PROMPT_MATCHES' })
    })

    t.test('daily for a pinned release and date is cacheable forever', async (t) => {
      const response = await app.inject('/v1/prompts/daily?release=1&date=2026-01-01')
      t.match(response.headers['cache-control'], /immutable/)
      t.notMatch((await app.inject('/v1/prompts/daily?release=1')).headers['cache-control'], /immutable/)
    })
  })
}

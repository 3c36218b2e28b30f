import fc from 'fast-check'
import t from 'tap'
import type { Activity } from '../../src/activities/schemas.js'
import { activityCategories, activitySettings, costTiers, energyLevels, seasons } from '../../src/content/vocabulary.js'
import { build, drivers } from '../helpers/build.js'
import { fetchAll } from '../helpers/fetch-all.js'

const activityQuery = fc.record(
  {
    category: fc.constantFrom(...activityCategories),
    age: fc.integer({ min: 3, max: 99 }),
    maxMinutes: fc.integer({ min: 5, max: 720 }),
    cost: fc.constantFrom(...costTiers),
    setting: fc.constantFrom(...activitySettings),
    energy: fc.constantFrom(...energyLevels),
    topic: fc.constantFrom('communication', 'legacy', 'boundaries', 'mutual-growth', 'emotional-needs'),
    season: fc.constantFrom(...seasons),
  },
  { requiredKeys: [] },
)
type ActivityQuery = typeof activityQuery extends fc.Arbitrary<infer T> ? T : never

function matches(activity: Activity, query: ActivityQuery): boolean {
  return (
    (query.category === undefined || activity.category === query.category) &&
    (query.age === undefined || (activity.ageMin <= query.age && query.age <= activity.ageMax)) &&
    (query.maxMinutes === undefined || activity.minutesMin <= query.maxMinutes) &&
    (query.cost === undefined || activity.cost === query.cost) &&
    (query.setting === undefined || activity.setting === query.setting || (query.setting !== 'either' && activity.setting === 'either')) &&
    (query.energy === undefined || activity.energy === query.energy) &&
    (query.topic === undefined || activity.topics.some((item) => item.topic === query.topic)) &&
    (query.season === undefined || activity.seasons.includes(query.season))
  )
}

for (const driver of drivers) {
  t.test(`activities on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const all = await fetchAll<Activity>(app, '/v1/activities')

    t.test('every filter combination returns exactly the matching activities', async (t) => {
      await fc.assert(
        fc.asyncProperty(activityQuery, async (query) => {
          const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]))
          const found = await fetchAll<Activity>(app, `/v1/activities?${search}`)
          const expected = all.filter((activity) => matches(activity, query)).map((activity) => activity.slug)
          if (JSON.stringify(found.map((activity) => activity.slug)) !== JSON.stringify(expected)) {
            throw new Error(`${search}: got ${found.length}, expected ${expected.length}`)
          }
        }),
        { numRuns: driver === 'pglite' ? 60 : 30 },
      )
      t.pass('filters hold')
    })

    t.test('one activity, with its suggested prompts and reasons', async (t) => {
      const [first] = all
      const response = await app.inject(`/v1/activities/${first!.slug}`)
      t.equal(response.statusCode, 200)
      const body = response.json()
      t.same(
        body.suggestedPrompts.map((prompt: { slug: string }) => prompt.slug),
        first!.prompts,
      )
      t.ok(body.topics.every((item: { why: string }) => item.why.length > 10))
      t.match((await app.inject('/v1/activities/no-such-thing')).json(), { status: 404, code: 'ACTIVITY_NOT_FOUND' })
      t.equal((await app.inject('/v1/activities?cost=cheap')).statusCode, 400)
      t.equal((await app.inject('/v1/activities?maxMinutes=1')).statusCode, 400)
    })

    t.test('search covers prompts and activities', async (t) => {
      const activity = all[0]!
      const hits = (await app.inject(`/v1/search?q=${encodeURIComponent(activity.title)}&type=activity`)).json().data
      t.equal(hits[0]?.id, activity.id)
      const prompt = (await app.inject('/v1/prompts?limit=1')).json().data[0]
      const promptHits = (await app.inject(`/v1/search?q=${encodeURIComponent(`"${prompt.text}"`)}`)).json().data
      t.ok(promptHits.some((hit: { id: string; type: string }) => hit.id === prompt.id && hit.type === 'prompt'))
    })
  })
}

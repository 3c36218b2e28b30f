import fc from 'fast-check'
import t from 'tap'
import type { Activity } from '../../src/activities/schemas.js'
import { loadContent } from '../../src/content/load-content.js'
import { costTiers, energyLevels, interests, seasons } from '../../src/content/vocabulary.js'
import { rankActivities } from '../../src/recommendations/engine.js'
import { profile as profileSchema, type Profile } from '../../src/recommendations/schemas.js'

const catalogue = (await loadContent())
  .filter((doc) => doc.type === 'activity')
  .map((doc) => ({
    id: doc.id,
    version: 1,
    ...(doc.body as Omit<Activity, 'id' | 'version'>),
  }))
const topics = ['emotional-needs', 'communication', 'boundaries', 'navigating-change', 'legacy', 'mutual-growth']

const profiles: fc.Arbitrary<Profile> = fc
  .record(
    {
      age: fc.integer({ min: 3, max: 99 }),
      interests: fc.uniqueArray(fc.constantFrom(...interests), { maxLength: 4 }),
      minutes: fc.integer({ min: 5, max: 720 }),
      budget: fc.constantFrom(...costTiers),
      setting: fc.constantFrom('indoor' as const, 'outdoor' as const),
      weather: fc.constantFrom('clear' as const, 'hot' as const, 'cold' as const, 'rain' as const, 'snow' as const),
      energy: fc.constantFrom(...energyLevels),
      topics: fc.uniqueArray(fc.constantFrom(...topics), { maxLength: 3 }),
      season: fc.constantFrom(...seasons),
      recentActivities: fc.uniqueArray(fc.constantFrom(...catalogue.map((activity) => activity.slug)), { maxLength: 5 }),
      limit: fc.integer({ min: 1, max: 20 }),
      seed: fc.string({ maxLength: 8 }),
    },
    { requiredKeys: ['age'] },
  )
  .map((value) => profileSchema.parse(value))

t.test('hard constraints are never broken', async (t) => {
  fc.assert(
    fc.property(profiles, (profile) => {
      for (const { activity } of rankActivities(catalogue, profile).ranked) {
        if (activity.ageMin > profile.age || activity.ageMax < profile.age) throw new Error(`${activity.slug}: age`)
        if (profile.budget && costTiers.indexOf(activity.cost) > costTiers.indexOf(profile.budget)) throw new Error(`${activity.slug}: budget`)
        if (profile.minutes !== undefined && activity.minutesMin > profile.minutes) throw new Error(`${activity.slug}: minutes`)
        if (profile.setting && activity.setting !== profile.setting && activity.setting !== 'either') throw new Error(`${activity.slug}: setting`)
        if (profile.weather === 'rain' && activity.setting === 'outdoor') throw new Error(`${activity.slug}: rain`)
        if (profile.recentActivities?.includes(activity.slug)) throw new Error(`${activity.slug}: done recently`)
      }
    }),
    { numRuns: 400 },
  )
  t.pass('constraints hold')
})

t.test('the same profile gives the same answer; why adds up to the score; ranks are ordered', async (t) => {
  fc.assert(
    fc.property(profiles, (profile) => {
      const first = rankActivities(catalogue, profile)
      const again = rankActivities([...catalogue].reverse(), profile)
      if (JSON.stringify(first) !== JSON.stringify(again)) throw new Error('not deterministic')
      if (first.ranked.length > profile.limit) throw new Error('over the limit')
      for (const item of first.ranked) {
        const sum = item.why.reduce((total, factor) => total + factor.weight, 0)
        if (Math.abs(sum - item.score) > 1e-9) throw new Error(`${item.activity.slug}: why adds up to ${sum}, score ${item.score}`)
        if (item.why.some((factor) => factor.weight === 0 || factor.reason.length === 0)) throw new Error('an empty factor')
      }
      const scores = first.ranked.map((item) => item.score)
      if (scores.some((score, index) => index > 0 && score > scores[index - 1]! + 1e-9)) throw new Error('not ordered by score')
      if (first.ranked.length === 0 && !first.reason) throw new Error('an empty answer must say why')
    }),
    { numRuns: 300 },
  )
  t.pass('deterministic and explained')
})

t.test('recommendations stay varied when other categories fit', async (t) => {
  const result = rankActivities(catalogue, profileSchema.parse({ age: 12, interests: ['cooking', 'baking'], limit: 5 }))
  const categories = result.ranked.map((item) => item.activity.category)
  t.ok(
    result.ranked[0]!.activity.interests.some((interest) => ['cooking', 'baking'].includes(interest)),
    'the interest leads',
  )
  t.ok(new Set(categories).size >= 3, `varied: ${categories.join(', ')}`)
  t.ok(result.ranked.some((item) => item.why.some((factor) => factor.factor === 'diversity')) || new Set(categories).size === 5)
})

t.test("requested topics and interests raise activities, with the activity's own reason", async (t) => {
  const [top] = rankActivities(catalogue, profileSchema.parse({ age: 30, topics: ['legacy'], limit: 1 })).ranked
  t.ok(top!.activity.topics.some((item) => item.topic === 'legacy'))
  const topicFactor = top!.why.find((factor) => factor.factor === 'topic')
  t.equal(topicFactor?.reason, top!.activity.topics.find((item) => item.topic === 'legacy')?.why)
})

t.test('when nothing fits: an empty list and the reason', async (t) => {
  const result = rankActivities(catalogue, profileSchema.parse({ age: 4, minutes: 5, budget: 'free', weather: 'rain', setting: 'outdoor' }))
  t.same(result.ranked, [])
  t.match(result.reason, /^No activity fits: \d+ of \d+ activities suit age 4/)
  t.match(rankActivities([], profileSchema.parse({ age: 4 })).reason, /no activities/)
})

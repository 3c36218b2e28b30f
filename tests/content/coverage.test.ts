import t from 'tap'
import type { Activity } from '../../src/activities/schemas.js'
import { activityCategories, ageBands, depths } from '../../src/content/vocabulary.js'
import type { Prompt } from '../../src/prompts/schemas.js'
import { build } from '../helpers/build.js'
import { fetchAll, fetchAllPrompts } from '../helpers/fetch-all.js'

const overlaps = (item: { ageMin: number; ageMax: number }, [from, to]: readonly [number, number]) =>
  item.ageMin <= to && item.ageMax >= from

t.test('the published release has the prompts and activities families need', async (t) => {
  const app = await build(t, 'pglite')
  const prompts = await fetchAllPrompts<Prompt>(app)
  const activities = await fetchAll<Activity>(app, '/v1/activities')
  const topics = (await app.inject('/v1/topics')).json().data.map((topic: { slug: string }) => topic.slug) as string[]

  t.ok(prompts.length >= 160, `at least 160 prompts (${prompts.length})`)
  t.ok(activities.length >= 70, `at least 70 activities (${activities.length})`)

  for (const topic of topics) {
    for (const [band, range] of Object.entries(ageBands)) {
      const count = prompts.filter((prompt) => prompt.topics.includes(topic) && overlaps(prompt, range)).length
      t.ok(count > 0, `prompts for ${topic} at ${band}`)
    }
  }
  for (const depth of depths) t.ok(prompts.some((prompt) => prompt.depth === depth), `prompts of depth ${depth}`)
  for (const direction of ['mother-to-son', 'son-to-mother', 'either']) {
    t.ok(prompts.some((prompt) => prompt.direction === direction), `prompts asked ${direction}`)
  }
  t.ok(prompts.some((prompt) => prompt.sensitive), 'sensitive prompts are flagged')
  t.equal(new Set(prompts.map((prompt) => prompt.text.toLowerCase())).size, prompts.length, 'no two prompts alike')

  const categories = new Set(activities.map((activity) => activity.category))
  t.ok(categories.size >= 8, `at least eight activity categories (${[...categories].join(', ')})`)
  t.same(activityCategories.filter((category) => !categories.has(category)), [], 'every category')
  for (const [band, range] of Object.entries(ageBands)) {
    t.ok(activities.some((activity) => overlaps(activity, range)), `activities for ${band}`)
  }

  const slugs = new Set(prompts.map((prompt) => prompt.slug))
  t.ok(prompts.every((prompt) => prompt.followUps.every((slug) => slugs.has(slug))), 'every follow-up exists')
  t.ok(activities.every((activity) => activity.prompts.every((slug) => slugs.has(slug))), 'every suggested prompt exists')
  t.ok(activities.every((activity) => activity.topics.every((item) => topics.includes(item.topic))), 'every nurtured topic exists')
})

import fc from 'fast-check'
import t from 'tap'
import { promptSettings } from '../../src/content/vocabulary.js'
import { goals } from '../../src/prompts/plan-schemas.js'
import { build, drivers } from '../helpers/build.js'

interface PlanPrompt {
  slug: string
  depth: number
  ageMin: number
  ageMax: number
  sensitive: boolean
  topics: string[]
  direction: string
}

for (const driver of drivers) {
  t.test(`conversation plans on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const plan = (body: object) => app.inject({ method: 'POST', url: '/v1/conversation-plans', payload: body })

    t.test('a plan for a car ride with a teenager', async (t) => {
      const response = await plan({ age: 14, goal: 'open-up', setting: 'car-ride', minutes: 30 })
      t.equal(response.statusCode, 200)
      t.equal(response.headers['content-release'], '1')
      const body = response.json()
      t.same(body.topics, ['communication', 'emotional-needs'])
      t.same(
        body.steps.map((step: { stage: string }) => step.stage),
        ['warm-up', 'deeper', 'closing'],
      )
      t.equal(body.steps[0].prompts[0].prompt.depth, 1, 'warms up lightly')
      for (const step of body.steps) {
        t.ok(step.tip, `${step.stage} has a tip`)
        const topic = (await app.inject(`/v1/topics/${step.tip.topic}`)).json()
        t.ok(topic.keyPoints.includes(step.tip.text), 'the tip is quoted from the guide')
        t.equal(step.tip.source, `${topic.id}@${topic.version}`)
      }
    })

    t.test('every plan respects age, depth, sensitivity and topic, without repeats', async (t) => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 3, max: 60 }),
          fc.constantFrom(...(Object.keys(goals) as (keyof typeof goals)[])),
          fc.constantFrom(...promptSettings),
          fc.integer({ min: 5, max: 180 }),
          fc.option(fc.constantFrom(1, 2, 3), { nil: undefined }),
          async (age, goal, setting, minutes, maxDepth) => {
            const response = await plan({ age, goal, setting, minutes, ...(maxDepth ? { maxDepth } : {}) })
            if (response.statusCode !== 200) throw new Error(response.payload)
            const body = response.json()
            const prompts: PlanPrompt[] = body.steps.flatMap((step: { prompts: { prompt: PlanPrompt; followUps: PlanPrompt[] }[] }) =>
              step.prompts.flatMap((item) => [item.prompt, ...item.followUps]),
            )
            const deepest = maxDepth ?? (age < 10 ? 2 : 3)
            for (const prompt of prompts) {
              if (prompt.ageMin > age || prompt.ageMax < age) throw new Error(`${prompt.slug} does not fit age ${age}`)
              if (prompt.depth > deepest) throw new Error(`${prompt.slug} is deeper than ${deepest}`)
              if (prompt.sensitive) throw new Error(`${prompt.slug} is sensitive`)
            }
            const main = body.steps.flatMap((step: { prompts: { prompt: PlanPrompt }[] }) => step.prompts.map((item) => item.prompt))
            if (new Set(main.map((prompt: PlanPrompt) => prompt.slug)).size !== main.length) throw new Error('a prompt repeats')
            if (!main.every((prompt: PlanPrompt) => prompt.topics.some((topic) => goals[goal].includes(topic as never)))) {
              throw new Error('a prompt is off topic')
            }
            if (main.length === 0 && body.notes.length === 0) throw new Error('an empty plan must say why')
          },
        ),
        { numRuns: 40 },
      )
      t.pass('plans hold')
    })

    t.test('the same request gives the same plan; a seed varies it', async (t) => {
      const request = { age: 9, topic: 'legacy', setting: 'meal', minutes: 20 }
      const first = (await plan(request)).payload
      t.equal((await plan(request)).payload, first)
      const seeded = await Promise.all(['x', 'y', 'z'].map(async (seed) => (await plan({ ...request, seed })).payload))
      t.ok(seeded.some((payload) => payload !== first))
    })

    t.test('bad plans are refused with the field named', async (t) => {
      t.match((await plan({ age: 9, setting: 'meal', minutes: 20 })).json(), { code: 'VALIDATION_FAILED', errors: [{ field: 'topic' }] })
      t.match((await plan({ age: 9, topic: 'astrology', setting: 'meal', minutes: 20 })).json(), { code: 'TOPIC_NOT_FOUND' })
      t.equal((await plan({ age: 200, topic: 'legacy', setting: 'meal', minutes: 20 })).statusCode, 400)
      t.equal((await plan({ age: 9, topic: 'legacy', setting: 'spaceship', minutes: 20, extra: 1 })).json().errors.length, 2)
      const notJson = await app.inject({ method: 'POST', url: '/v1/conversation-plans', payload: 'age=9', headers: { 'content-type': 'text/plain' } })
      t.equal(notJson.statusCode, 415)
      const broken = await app.inject({ method: 'POST', url: '/v1/conversation-plans', payload: '{"age":', headers: { 'content-type': 'application/json' } })
      t.equal(broken.statusCode, 400)
      const huge = await app.inject({ method: 'POST', url: '/v1/conversation-plans', payload: { seed: 'x'.repeat(100_000) } })
      t.equal(huge.statusCode, 413)
    })
  })
}

import fc from 'fast-check'
import t from 'tap'
import type { Activity } from '../../src/activities/schemas.js'
import { contentWarnings } from '../../src/content/vocabulary.js'
import type { ContentPolicy } from '../../src/keys/schemas.js'
import type { Prompt } from '../../src/prompts/schemas.js'
import { build, drivers } from '../helpers/build.js'
import { fetchAll, fetchAllPrompts } from '../helpers/fetch-all.js'
import { bearer, createKey } from '../helpers/keys.js'

const topics = ['emotional-needs', 'communication', 'boundaries', 'navigating-change', 'legacy', 'mutual-growth']

const policies: fc.Arbitrary<ContentPolicy> = fc
  .record(
    {
      maxDepth: fc.constantFrom(1, 2, 3),
      excludeSensitive: fc.boolean(),
      ageMin: fc.integer({ min: 3, max: 30 }),
      ageMax: fc.integer({ min: 3, max: 99 }),
      topics: fc.uniqueArray(fc.constantFrom(...topics), { minLength: 1, maxLength: 3 }),
      excludeWarnings: fc.uniqueArray(fc.constantFrom(...contentWarnings), { minLength: 1, maxLength: 4 }),
      excludeSituational: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((policy) =>
    policy.ageMin !== undefined && policy.ageMax !== undefined && policy.ageMin > policy.ageMax
      ? { ...policy, ageMin: policy.ageMax, ageMax: policy.ageMin }
      : { ...policy },
  )

type Json = Record<string, any>

function promptAllowed(prompt: Pick<Prompt, 'depth' | 'sensitive' | 'ageMin' | 'ageMax' | 'topics' | 'contentWarnings' | 'situations'>, policy: ContentPolicy) {
  return (
    (policy.excludeWarnings === undefined || !prompt.contentWarnings.some((warning) => policy.excludeWarnings!.includes(warning))) &&
    (!policy.excludeSituational || prompt.situations.length === 0) &&
    (policy.maxDepth === undefined || prompt.depth <= policy.maxDepth) &&
    (!policy.excludeSensitive || !prompt.sensitive) &&
    (policy.ageMin === undefined || prompt.ageMax >= policy.ageMin) &&
    (policy.ageMax === undefined || prompt.ageMin <= policy.ageMax) &&
    (policy.topics === undefined || prompt.topics.some((topic) => policy.topics!.includes(topic)))
  )
}

function activityAllowed(activity: Pick<Activity, 'ageMin' | 'ageMax'> & { topics: { topic: string }[] }, policy: ContentPolicy) {
  return (
    (policy.ageMin === undefined || activity.ageMax >= policy.ageMin) &&
    (policy.ageMax === undefined || activity.ageMin <= policy.ageMax) &&
    (policy.topics === undefined || (activity.topics.length > 0 && activity.topics.every((item) => policy.topics!.includes(item.topic))))
  )
}

for (const driver of drivers) {
  t.test(`content policies hold on every read path, on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const everything = await createKey(app)
    const allPrompts = await fetchAllPrompts<Prompt>(app, bearer(everything))

    await fc.assert(
      fc.asyncProperty(policies, async (policy) => {
        const headers = bearer(await createKey(app, { policy }))
        const get = async (url: string) => {
          const response = await app.inject({ url, headers })
          return { status: response.statusCode, body: response.json() as Json }
        }
        const post = async (url: string, payload: object) => (await app.inject({ method: 'POST', url, payload, headers })).json() as Json
        const checkPrompt = (prompt: Json, where: string) => {
          if (!promptAllowed(prompt as Prompt, policy)) throw new Error(`${where}: ${prompt.slug} breaks ${JSON.stringify(policy)}`)
        }
        const checkActivity = (activity: Json, where: string) => {
          if (!activityAllowed(activity as Activity, policy)) throw new Error(`${where}: ${activity.slug} breaks ${JSON.stringify(policy)}`)
        }

        const prompts = await fetchAllPrompts<Json & { settings: string[] }>(app, headers)
        prompts.forEach((prompt) => checkPrompt(prompt, 'GET /v1/prompts'))
        const expected = allPrompts.filter((prompt) => promptAllowed(prompt, policy)).map((prompt) => prompt.slug)
        if (JSON.stringify(prompts.map((prompt) => prompt.slug)) !== JSON.stringify(expected)) throw new Error('the list is not exactly the allowed prompts')

        const forbidden = allPrompts.find((prompt) => !promptAllowed(prompt, policy))
        if (forbidden && (await get(`/v1/prompts/${forbidden.slug}`)).status !== 404) throw new Error(`${forbidden.slug} readable by id`)
        if (forbidden && (await get(`/v1/documents/${forbidden.id}/versions/1`)).status !== 404) throw new Error(`${forbidden.slug} readable by version`)
        const withFollowUps = prompts.find((prompt) => prompt.followUps.length > 0)
        if (withFollowUps) (await get(`/v1/prompts/${withFollowUps.slug}`)).body.followUpPrompts.forEach((p: Json) => checkPrompt(p, 'follow-ups'))

        const daily = await get('/v1/prompts/daily?date=2026-11-25&seed=x')
        if (daily.status === 200) checkPrompt(daily.body.prompt, 'daily')
        else if (prompts.length > 0) throw new Error(`daily answered ${daily.status}`)

        const plan = await post('/v1/conversation-plans', { age: policy.ageMin ?? 12, goal: 'open-up', setting: 'walk', minutes: 30, excludeSensitive: false })
        for (const step of plan.steps ?? []) for (const item of step.prompts) [item.prompt, ...item.followUps].forEach((p: Json) => checkPrompt(p, 'plan'))

        const activities = await fetchAll<Json>(app, '/v1/activities', headers)
        for (const activity of activities) {
          checkActivity({ ...activity, topics: activity.topics.length ? activity.topics : [{ topic: '-' }] }, 'GET /v1/activities')
        }
        if (activities[0]) (await get(`/v1/activities/${activities[0].slug}`)).body.suggestedPrompts.forEach((p: Json) => checkPrompt(p, 'suggested'))

        const recommended = await post('/v1/recommendations', { age: policy.ageMin ?? 12, limit: 10 })
        for (const item of recommended.data) item.prompts.forEach((p: Json) => checkPrompt(p, 'recommendations'))

        for (const hit of (await get('/v1/search?q=mom%20or%20together%20or%20feel&limit=100')).body.data) {
          if (hit.type === 'prompt') {
            checkPrompt(
              allPrompts.find((prompt) => prompt.id === hit.id)!,
              'search',
            )
          }
          if (hit.type === 'topic' && policy.topics && !policy.topics.includes(hit.slug)) throw new Error(`search: topic ${hit.slug}`)
        }
        const guide = (await get('/v1/guide')).body
        if (policy.topics && guide.topics.some((topic: Json) => !policy.topics!.includes(topic.slug))) throw new Error('guide: topic outside the policy')

        const graphql = await app.inject({
          method: 'POST',
          url: '/graphql',
          headers,
          payload: {
            query: `{ topics(first: 9) { nodes { slug prompts(first: 40) { nodes { slug followUps { slug } } }
              activities(first: 30) { nodes { slug suggestedPrompts { slug } } } } }
              search(q: "feel", first: 50) { nodes { __typename ... on Prompt { slug } } } }`,
          },
        })
        const data = graphql.json().data as Json
        if (!data) throw new Error(graphql.payload)
        for (const topic of data.topics.nodes) {
          if (policy.topics && !policy.topics.includes(topic.slug)) throw new Error(`graphql: topic ${topic.slug}`)
          for (const prompt of topic.prompts.nodes) {
            checkPrompt(
              allPrompts.find((p) => p.slug === prompt.slug)!,
              'graphql topic.prompts',
            )
            prompt.followUps.forEach((p: Json) =>
              checkPrompt(
                allPrompts.find((all) => all.slug === p.slug)!,
                'graphql followUps',
              ),
            )
          }
          for (const activity of topic.activities.nodes) {
            activity.suggestedPrompts.forEach((p: Json) =>
              checkPrompt(
                allPrompts.find((all) => all.slug === p.slug)!,
                'graphql suggestedPrompts',
              ),
            )
          }
        }
        for (const node of data.search.nodes) {
          if (node.__typename === 'Prompt') {
            checkPrompt(
              allPrompts.find((p) => p.slug === node.slug)!,
              'graphql search',
            )
          }
        }
      }),
      { numRuns: driver === 'pglite' ? 25 : 10 },
    )
    t.pass('every path honours every policy')
  })
}

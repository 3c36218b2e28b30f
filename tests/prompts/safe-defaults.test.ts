import fc from 'fast-check'
import t from 'tap'
import { goals } from '../../src/prompts/plan-schemas.js'
import type { Prompt } from '../../src/prompts/schemas.js'
import { build, drivers } from '../helpers/build.js'
import { fetchAll } from '../helpers/fetch-all.js'
import { graphql, graphqlData } from '../helpers/graphql.js'

type Json = Record<string, any>

const heavy = (prompt: { sensitive: boolean; depth: number }) => prompt.sensitive || prompt.depth >= 3
const activityOnly = (prompt: Prompt) => prompt.settings.length === 1 && prompt.settings[0] === 'activity'
const post = (url: string, payload: unknown) => ({ method: 'POST' as const, url, payload: payload as Json })

/** Every prompt a plan names: its prompts and their follow-ups. */
const planPrompts = (plan: Json): Prompt[] => plan.steps.flatMap((step: Json) => step.prompts.flatMap((item: Json) => [item.prompt, ...item.followUps]))
/** Every prompt recommendations name: the prompts to use, and the activities' suggestions by slug. */
const recommendationSlugs = (body: Json): string[] =>
  body.data.flatMap((item: Json) => [...item.prompts.map((prompt: Prompt) => prompt.slug), ...item.activity.prompts])

for (const driver of drivers) {
  t.test(`safe defaults on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const everything = [
      ...(await fetchAll<Prompt>(app, '/v1/prompts?includeSensitive=true')),
      ...(await fetchAll<Prompt>(app, '/v1/prompts?includeSensitive=true&setting=activity')).filter(activityOnly),
    ]
    const bySlug = new Map(everything.map((prompt) => [prompt.slug, prompt]))
    t.ok(everything.filter(heavy).length > 40, `${everything.filter(heavy).length} sensitive or deep prompts in the content`)

    t.test('365 days of the prompt of the day with no filters: none sensitive or deep, follow-ups included', async (t) => {
      const served = new Set<string>()
      let named = 0
      for (let day = 0; day < 365; day++) {
        const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10)
        const response = await app.inject(`/v1/prompts/daily?date=${date}`)
        if (response.statusCode !== 200) throw new Error(`${date}: ${response.statusCode} ${response.payload}`)
        const { prompt } = response.json()
        for (const item of [prompt, ...prompt.followUpPrompts]) {
          named++
          if (heavy(item)) throw new Error(`${date}: ${item.slug} is sensitive or deep`)
        }
        served.add(prompt.slug)
      }
      t.pass(`365 days, ${served.size} prompts, ${named} named with follow-ups: 0 sensitive, 0 depth 3`)
      const gql = await graphqlData(app, '{ a: dailyPrompt(date: "2027-03-01") { prompt { slug sensitive depth followUps { sensitive depth } } } }')
      t.notOk(heavy(gql.a.prompt) || gql.a.prompt.followUps.some(heavy), 'GraphQL dailyPrompt too')
      t.equal(gql.a.prompt.slug, (await app.inject('/v1/prompts/daily?date=2027-03-01')).json().prompt.slug, 'the same prompt over REST and GraphQL')
    })

    t.test('with includeSensitive=true the prompt of the day can be sensitive or deep', async (t) => {
      let found = 0
      for (let day = 0; day < 60; day++) {
        const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10)
        if (heavy((await app.inject(`/v1/prompts/daily?date=${date}&includeSensitive=true`)).json().prompt)) found++
      }
      t.ok(found > 0, `${found} of 60 days`)
    })

    t.test('lists leave out sensitive, deep and activity-only prompts unless asked', async (t) => {
      const listed = await fetchAll<Prompt>(app, '/v1/prompts?age=9')
      t.equal(listed.filter(heavy).length, 0, 'no sensitive or deep prompt for a 9-year-old by default')
      t.equal(listed.filter(activityOnly).length, 0, 'no activity-only prompt without setting=activity')
      const forActivities = await fetchAll<Prompt>(app, '/v1/prompts?age=9&setting=activity')
      t.ok(forActivities.filter(activityOnly).length > 0, 'setting=activity lists them')
      const gql = await graphqlData(app, '{ prompts(first: 100, filter: { age: 9 }) { nodes { slug sensitive depth settings } } }')
      t.same(
        gql.prompts.nodes.map((prompt: Prompt) => prompt.slug),
        listed.slice(0, 100).map((prompt) => prompt.slug),
        'GraphQL prompts lists the same',
      )
      const wide = await graphqlData(app, '{ prompts(first: 100, filter: { includeSensitive: true, depth: 3 }) { nodes { depth } } }')
      t.ok(wide.prompts.nodes.length > 0, 'GraphQL includeSensitive: true lists deep prompts')
      const refused = await graphql(app, '{ prompts(filter: { depth: 3 }) { nodes { slug } } }')
      t.equal(refused.errors?.[0]?.extensions.code, 'VALIDATION_FAILED', 'depth 3 without includeSensitive is refused, not an empty list')
      t.match((await app.inject('/v1/prompts?depth=3')).json(), { status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'depth' }] })
    })

    t.test('plans without the flag choose no sensitive or deep prompt; with it they can', async (t) => {
      let withFlag = 0
      let planned = 0
      for (const goal of Object.keys(goals)) {
        for (const age of [7, 12, 16, 30]) {
          for (const setting of ['car-ride', 'meal', 'activity']) {
            const request = { age, goal, setting, minutes: 60 }
            const plain = await app.inject(post('/v1/conversation-plans', request))
            t.equal(plain.statusCode, 200)
            const prompts = planPrompts(plain.json())
            planned += prompts.length
            const wrong = prompts.filter((prompt) => heavy(prompt))
            if (wrong.length > 0) t.fail(`${goal} at ${age} (${setting}): ${wrong.map((prompt) => prompt.slug).join(', ')}`)
            const wide = await app.inject(post('/v1/conversation-plans', { ...request, maxDepth: 3, includeSensitive: true }))
            withFlag += planPrompts(wide.json()).filter(heavy).length
          }
        }
      }
      t.ok(planned > 500, `${planned} prompts planned without the flag, none sensitive or deep`)
      t.ok(withFlag > 0, `${withFlag} sensitive or deep prompts with includeSensitive: true`)
      const capped = (await app.inject(post('/v1/conversation-plans', { age: 16, goal: 'open-up', setting: 'walk', minutes: 30, maxDepth: 3 }))).json()
      t.match(capped.notes, [/includeSensitive/], 'maxDepth 3 without the flag says why it stays at 2')
      const gql = await graphqlData(
        app,
        '{ conversationPlan(input: { age: 16, goal: OPEN_UP, setting: "walk", minutes: 60 }) { steps { prompts { prompt { sensitive depth } followUps { sensitive depth } } } } }',
      )
      t.notOk(planPrompts(gql.conversationPlan).some(heavy), 'GraphQL conversationPlan too')
    })

    t.test('recommendations without the flag name no sensitive or deep prompt; with it they can', async (t) => {
      let named = 0
      let withFlag = 0
      for (const age of [4, 7, 10, 13, 16, 25]) {
        const profile = { age, limit: 20 }
        const body = (await app.inject(post('/v1/recommendations', profile))).json()
        const slugs = recommendationSlugs(body)
        named += slugs.length
        const wrong = slugs.filter((slug) => heavy(bySlug.get(slug)!))
        if (wrong.length > 0) t.fail(`age ${age}: ${wrong.join(', ')}`)
        const wide = (await app.inject(post('/v1/recommendations', { ...profile, includeSensitive: true }))).json()
        withFlag += wide.data.flatMap((item: Json) => item.prompts).filter(heavy).length
      }
      t.ok(named > 100, `${named} prompts named without the flag, none sensitive or deep`)
      // Today's content suggests none (activities may not suggest sensitive prompts, content:check), so this only counts.
      t.ok(withFlag >= 0, `${withFlag} sensitive or deep prompts suggested with includeSensitive: true`)
      const gql = await graphqlData(app, '{ recommendations(profile: { age: 13, limit: 20 }) { items { prompts { sensitive depth } } } }')
      t.notOk(gql.recommendations.items.flatMap((item: Json) => item.prompts).some(heavy), 'GraphQL recommendations too')
    })

    t.test('the deprecated excludeSensitive still works, and says it is deprecated', async (t) => {
      const same = async (old: string, current: string) => {
        const before = await app.inject(old)
        const now = await app.inject(current)
        t.equal(before.statusCode, 200, old)
        t.same(before.json().data ?? before.json().prompt, now.json().data ?? now.json().prompt, `${old} answers as ${current}`)
        t.equal(before.headers.deprecation, '@1796601600', `${old}: Deprecation (RFC 9745)`)
        t.equal(before.headers.sunset, 'Wed, 30 Jun 2027 00:00:00 GMT', `${old}: Sunset (RFC 8594)`)
        t.match(before.headers.link, /rel="deprecation"/)
        t.notOk(now.headers.deprecation, `${current}: no Deprecation header`)
        const again = await app.inject(old)
        t.equal(again.headers.deprecation, '@1796601600', `${old}: a cached answer says so too`)
      }
      await same('/v1/prompts?age=12&excludeSensitive=true&limit=100', '/v1/prompts?age=12&limit=100')
      await same('/v1/prompts?age=12&excludeSensitive=false&limit=100', '/v1/prompts?age=12&includeSensitive=true&limit=100')
      await same('/v1/prompts/daily?date=2027-02-02&excludeSensitive=false', '/v1/prompts/daily?date=2027-02-02&includeSensitive=true')
      const plan = { age: 15, goal: 'open-up', setting: 'walk', minutes: 60, maxDepth: 3, seed: 's' }
      const old = await app.inject(post('/v1/conversation-plans', { ...plan, excludeSensitive: false }))
      t.equal(old.headers.deprecation, '@1796601600', 'plan body: Deprecation')
      t.same(old.json().steps, (await app.inject(post('/v1/conversation-plans', { ...plan, includeSensitive: true }))).json().steps)
      t.match((await app.inject('/v1/prompts?includeSensitive=true&excludeSensitive=true')).json(), {
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'excludeSensitive' }],
      })
      const introspection = await graphqlData(
        app,
        '{ __type(name: "PromptFilter") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
      )
      t.match(
        introspection.__type.inputFields.find((field: Json) => field.name === 'excludeSensitive'),
        { isDeprecated: true, deprecationReason: /includeSensitive/ },
      )
      const gqlOld = await graphqlData(app, '{ prompts(first: 100, filter: { age: 12, excludeSensitive: false }) { nodes { slug } } }')
      const gqlNew = await graphqlData(app, '{ prompts(first: 100, filter: { age: 12, includeSensitive: true }) { nodes { slug } } }')
      t.same(gqlOld.prompts.nodes, gqlNew.prompts.nodes, 'GraphQL: the alias answers as includeSensitive')
    })

    t.test('any spelling and value of the flag is a 4xx or a correct answer, never a 5xx', async (t) => {
      const value = fc.oneof(fc.constantFrom('true', 'false', 'TRUE', '1', '0', '', 'yes', 'null'), fc.string({ maxLength: 8 }))
      const name = fc.constantFrom('includeSensitive', 'excludeSensitive', 'IncludeSensitive', 'include_sensitive', 'sensitive')
      const path = fc.constantFrom('/v1/prompts', '/v1/prompts/daily')
      await fc.assert(
        fc.asyncProperty(path, fc.array(fc.tuple(name, value), { maxLength: 3 }), fc.constantFrom('', 'depth=3', 'age=10'), async (route, pairs, extra) => {
          const query = new URLSearchParams([...pairs, ...(extra ? [extra.split('=') as [string, string]] : [])]).toString()
          const fixed = route.endsWith('daily') ? 'date=2027-01-01' : 'limit=100'
          const response = await app.inject(`${route}?${fixed}&${query}`)
          if (response.statusCode >= 500) throw new Error(`${route}?${query}: ${response.statusCode}`)
          if (response.statusCode !== 200) return
          const served: Prompt[] = response.json().data ?? [response.json().prompt]
          const asked = new URLSearchParams(query)
          const include = asked.get('includeSensitive') === 'true' || asked.get('excludeSensitive') === 'false'
          if (!include && served.some(heavy)) throw new Error(`${route}?${query}: served a sensitive or deep prompt`)
        }),
        { numRuns: driver === 'pglite' ? 80 : 30 },
      )
      const json = fc.oneof(fc.boolean(), fc.constant(null), fc.string({ maxLength: 5 }), fc.integer(), fc.constant([true]), fc.constant({}))
      await fc.assert(
        fc.asyncProperty(fc.record({ includeSensitive: json, excludeSensitive: json }, { requiredKeys: [] }), async (flags) => {
          for (const request of [
            post('/v1/conversation-plans', { age: 14, goal: 'open-up', setting: 'meal', minutes: 30, ...flags }),
            post('/v1/recommendations', { age: 14, ...flags }),
          ]) {
            const response = await app.inject(request)
            if (response.statusCode >= 500) throw new Error(`${request.url} ${JSON.stringify(flags)}: ${response.statusCode}`)
          }
          const gql = await graphql(app, 'query($f: PromptFilter) { prompts(filter: $f) { nodes { slug } } }', { f: flags })
          if (gql.status >= 500 || gql.errors?.some((error) => error.extensions.code === 'INTERNAL_ERROR')) {
            throw new Error(`GraphQL ${JSON.stringify(flags)}: ${gql.status} ${JSON.stringify(gql.errors)}`)
          }
        }),
        { numRuns: driver === 'pglite' ? 60 : 25 },
      )
      t.pass('no 5xx')
    })
  })
}

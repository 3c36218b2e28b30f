// Themes (issue 25): what an item is about, for finding it. The `theme` filter on REST and GraphQL
// serves exactly the items the content says carry the theme (within the list's own defaults), every
// situation brings its theme, and content:check counts items per theme.
import fc from 'fast-check'
import t from 'tap'
import { loadContent, type ContentDocument } from '../../src/content/load-content.js'
import { situationTheme, themes } from '../../src/content/vocabulary.js'
import { build, copyContent, drivers } from '../helpers/build.js'
import { contentProblemsOf, editContentFile } from '../helpers/content.js'
import { fetchAll } from '../helpers/fetch-all.js'
import { graphqlData } from '../helpers/graphql.js'

type Json = Record<string, any>

const slugsOf = (items: { slug: string }[]) => items.map((item) => item.slug).sort()

/** What `GET /v1/prompts?theme=X&includeSensitive=true` should list: the list leaves out activity-only prompts. */
const listedPrompts = (docs: ContentDocument[], theme: string, age?: number) =>
  docs
    .filter((doc) => doc.type === 'prompt' && doc.themes.includes(theme) && !(doc.settings.length === 1 && doc.settings[0] === 'activity'))
    .filter((doc) => age === undefined || ((doc.ageMin ?? 0) <= age && (doc.ageMax ?? 99) >= age))
    .map((doc) => doc.slug as string)
    .sort()

t.test('the bundled content: every situation brings its theme', async (t) => {
  const docs = await loadContent()
  for (const doc of docs.filter((item) => item.type === 'prompt' || item.type === 'activity')) {
    for (const situation of doc.situations) {
      const theme = situationTheme[situation as keyof typeof situationTheme]
      if (theme && !doc.themes.includes(theme)) t.fail(`${doc.id}: situation ${situation} without theme ${theme}`)
    }
  }
  t.ok(
    docs.some((doc) => doc.themes.length > 0),
    'some items carry a theme',
  )
})

t.test('content:check refuses an item whose situation brings a theme it does not carry, and only that', async (t) => {
  const folder = await copyContent(t)
  const file = 'prompts/navigating-change.json'
  let at = -1
  await editContentFile(folder, file, (content) => {
    at = content.prompts.findIndex((prompt: Json) => prompt.situations.includes('bereavement'))
    content.prompts[at].themes = []
  })
  const problems = await contentProblemsOf(folder)
  t.ok(
    problems.some((problem) => problem.startsWith(`situation-without-theme ${file}: prompts.${at} `) && problem.includes('grief')),
    'a bereavement prompt without the grief theme',
  )
  t.equal(problems.length, 1, 'nothing else')
  await editContentFile(folder, file, (content) => {
    content.prompts[at].themes = ['grief', 'siblings']
  })
  t.same(await contentProblemsOf(folder), [], 'a theme beyond what the situations bring is allowed')
})

for (const driver of drivers) {
  t.test(`themes on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const docs = await loadContent()

    t.test('REST and GraphQL list exactly the prompts and activities of each theme', async (t) => {
      for (const theme of themes) {
        const rest = await fetchAll<Json & { slug: string }>(app, `/v1/prompts?theme=${theme}&includeSensitive=true`)
        t.same(slugsOf(rest), listedPrompts(docs, theme), `GET /v1/prompts?theme=${theme}`)
        t.ok(
          rest.every((prompt) => prompt.themes.includes(theme)),
          `${theme}: every prompt listed shows the theme`,
        )
        const gql = await graphqlData(app, `{ prompts(filter: { theme: "${theme}", includeSensitive: true }, first: 100) { nodes { slug themes } pageInfo { hasNextPage } } }`)
        t.equal(gql.prompts.pageInfo.hasNextPage, false)
        t.same(slugsOf(gql.prompts.nodes), slugsOf(rest), `GraphQL prompts(filter: { theme: "${theme}" }) matches REST`)

        const activities = await fetchAll<Json & { slug: string }>(app, `/v1/activities?theme=${theme}`)
        const expected = docs
          .filter((doc) => doc.type === 'activity' && doc.themes.includes(theme))
          .map((doc) => doc.slug as string)
          .sort()
        t.same(slugsOf(activities), expected, `GET /v1/activities?theme=${theme}`)
        const gqlActivities = await graphqlData(app, `{ activities(filter: { theme: "${theme}" }, first: 100) { nodes { slug themes } } }`)
        t.same(slugsOf(gqlActivities.activities.nodes), expected, `GraphQL activities(filter: { theme: "${theme}" }) matches REST`)
      }
    })

    t.test('excludeWarnings=substances leaves out every prompt about substances, on both adapters', async (t) => {
      const substances = listedPrompts(docs, 'substances')
      t.ok(substances.length >= 8, 'the substances theme has its prompts')
      t.ok(
        docs.filter((doc) => doc.type === 'prompt' && doc.themes.includes('substances')).every((doc) => (doc.body.contentWarnings as string[]).includes('substances')),
        'each carries the substances warning',
      )
      const rest = slugsOf(await fetchAll<{ slug: string }>(app, '/v1/prompts?excludeWarnings=substances&includeSensitive=true'))
      t.same(
        substances.filter((slug) => rest.includes(slug)),
        [],
      )
      const all = slugsOf(await fetchAll<{ slug: string }>(app, '/v1/prompts?includeSensitive=true'))
      t.same(all.filter((slug) => !rest.includes(slug)), substances.sort(), 'and only those')
      const gql = await graphqlData(app, `{ prompts(filter: { theme: "substances", excludeWarnings: ["substances"], includeSensitive: true }, first: 100) { nodes { slug } } }`)
      t.same(gql.prompts.nodes, [])
    })

    t.test('an unknown theme is a 400 naming the allowed values, on both adapters', async (t) => {
      const response = await app.inject({ url: '/v1/prompts?theme=space-travel' })
      t.equal(response.statusCode, 400)
      t.equal(response.json().code, 'VALIDATION_FAILED')
      t.match(response.json().detail, /theme/)
      const activities = await app.inject({ url: '/v1/activities?theme=space-travel' })
      t.equal(activities.statusCode, 400)
      const gql = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ prompts(filter: { theme: "space-travel" }) { nodes { slug } } }' } })
      t.ok(gql.statusCode < 500, 'GraphQL answers without a server error')
      t.ok(gql.json().errors?.length > 0, 'GraphQL reports the unknown theme')
    })

    t.test('property: any theme with any age lists what the content says, the same on REST and GraphQL', async (t) => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...themes), fc.integer({ min: 3, max: 99 }), async (theme, age) => {
          const rest = await fetchAll<{ slug: string }>(app, `/v1/prompts?theme=${theme}&age=${age}&includeSensitive=true`)
          const expected = listedPrompts(docs, theme, age)
          if (JSON.stringify(slugsOf(rest)) !== JSON.stringify(expected)) throw new Error(`${theme} at ${age}: REST ${slugsOf(rest)} vs ${expected}`)
          const gql = await graphqlData(app, `{ prompts(filter: { theme: "${theme}", age: ${age}, includeSensitive: true }, first: 100) { nodes { slug } } }`)
          if (JSON.stringify(slugsOf(gql.prompts.nodes)) !== JSON.stringify(expected)) throw new Error(`${theme} at ${age}: GraphQL differs`)
        }),
        { numRuns: 40 },
      )
      t.pass('REST, GraphQL and the content agree')
    })
  })
}

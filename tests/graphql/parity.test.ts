import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { fetchAll } from '../helpers/fetch-all.js'
import { graphqlData } from '../helpers/graphql.js'

const topicFields = 'id version slug number title summary paragraphs keyPoints competencies lifeStages'
const faqFields = 'id version slug position question answer topics { slug }'
const promptFields =
  'id version slug text ageMin ageMax depth settings direction competencies sensitive contentWarnings situations themes purpose responseTip ' +
  'safeguardingNote motherNote readAloud formerIds gradeBands readingGrade followUps { slug } topics { slug } resources { slug }'
const activityFields =
  'id version slug title category description steps materials ageMin ageMax minutesMin minutesMax cost setting energy seasons interests competencies topics { why topic { slug } } suggestedPrompts { slug } ' +
  'participants { min max othersCanJoin } remote accessibility situations themes recurrence { kind days sessions weeks sameDay } facilitatorNote formerIds gradeBands'

type Json = Record<string, any>
const slugs = (values: string[]) => values.map((slug) => ({ slug }))
const faqAsGraphql = (faq: Json) => ({ ...faq, topics: slugs(faq.topics) })
// GraphQL answers null where REST leaves an optional field out.
const promptAsGraphql = ({ followUpPrompts: _expanded, ...prompt }: Json) => ({
  ...prompt,
  responseTip: prompt.responseTip ?? null,
  safeguardingNote: prompt.safeguardingNote ?? null,
  motherNote: prompt.motherNote ?? null,
  readAloud: prompt.readAloud ?? null,
  followUps: slugs(prompt.followUps),
  topics: slugs(prompt.topics),
  resources: slugs(prompt.resources),
})
const activityAsGraphql = ({ prompts, suggestedPrompts: _expanded, ...activity }: Json) => ({
  ...activity,
  recurrence: { days: null, sessions: null, weeks: null, sameDay: null, ...activity.recurrence },
  topics: activity.topics.map((item: Json) => ({ why: item.why, topic: { slug: item.topic } })),
  suggestedPrompts: slugs(prompts),
})

for (const driver of drivers) {
  t.test(`GraphQL answers what REST answers, on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const rest = async (url: string) => (await app.inject(url)).json()
    const post = async (url: string, payload: object) => (await app.inject({ method: 'POST', url, payload })).json()

    t.test('guide, topics, topic', async (t) => {
      const data = await graphqlData(
        app,
        `{ guide(release: 1) { release title topicsHeading introduction { id version paragraphs } conclusion { id version title paragraphs }
           topics { ${topicFields} } faqs { ${faqFields} } }
           topics(release: 1, filter: { lifeStage: "teens" }, first: 100) { release nodes { ${topicFields} } }
           topic(slug: "boundaries", release: 1) { release ${topicFields} } }`,
      )
      const guide = await rest('/v1/guide?release=1')
      t.same(data.guide, { ...guide, release: 1, faqs: guide.faqs.map(faqAsGraphql) })
      t.same(data.topics.nodes, (await rest('/v1/topics?release=1&lifeStage=teens&limit=100')).data)
      t.same(data.topic, { ...(await rest('/v1/topics/boundaries?release=1')), release: 1 })
    })

    t.test('faqs, faq', async (t) => {
      const data = await graphqlData(app, `{ faqs(topic: "communication") { nodes { ${faqFields} } } faq(slug: "role-of-shared-interests") { ${faqFields} } }`)
      t.same(data.faqs.nodes, (await rest('/v1/faqs?topic=communication')).data.map(faqAsGraphql))
      t.same(data.faq, faqAsGraphql(await rest('/v1/faqs/role-of-shared-interests')))
    })

    t.test('prompts, prompt, daily prompt, conversation plan', async (t) => {
      const filter =
        'topic: "legacy", age: 15, direction: "son-to-mother", excludeSensitive: true, excludeWarnings: ["romance", "grief-and-loss"], gradeBand: "9-12", maxReadingGrade: 12'
      const data = await graphqlData(
        app,
        `{ prompts(filter: { ${filter} }, first: 100) { nodes { ${promptFields} } }
           daily: dailyPrompt(date: "2026-11-25", timeZone: "Europe/Paris", seed: "family-42", filter: { age: 8 }) {
             release date timeZone seed cycleDays prompt { ${promptFields} } } }`,
      )
      const listed = (
        await rest(
          '/v1/prompts?topic=legacy&age=15&direction=son-to-mother&excludeSensitive=true&excludeWarnings=romance,grief-and-loss&gradeBand=9-12&maxReadingGrade=12&limit=100',
        )
      ).data
      t.ok(listed.length > 0)
      t.same(data.prompts.nodes, listed.map(promptAsGraphql))
      const daily = await rest('/v1/prompts/daily?date=2026-11-25&tz=Europe/Paris&seed=family-42&age=8')
      t.same(data.daily, { ...daily, release: 1, prompt: promptAsGraphql(daily.prompt) })

      const one = listed[0].slug
      const single = await graphqlData(app, `{ prompt(slug: "${one}") { ${promptFields} } }`)
      t.same(single.prompt, promptAsGraphql(await rest(`/v1/prompts/${one}`)))

      const byPurpose = await graphqlData(app, `{ prompts(filter: { purpose: "repair", situation: "parents-living-apart" }, first: 100) { nodes { slug } } }`)
      const restByPurpose = (await rest('/v1/prompts?purpose=repair&situation=parents-living-apart&limit=100')).data
      t.same(byPurpose.prompts.nodes, slugs(restByPurpose.map((prompt: Json) => prompt.slug)))

      const plan = await graphqlData(
        app,
        `{ conversationPlan(input: { age: 14, goal: OPEN_UP, setting: "car-ride", minutes: 30 }) {
             age setting minutes topics notes steps { stage minutes tip { text topic source }
             prompts { prompt { slug } followUps { slug } } } } }`,
      )
      const restPlan = await post('/v1/conversation-plans', { age: 14, goal: 'open-up', setting: 'car-ride', minutes: 30 })
      t.same(plan.conversationPlan, {
        ...restPlan,
        steps: restPlan.steps.map((step: Json) => ({
          ...step,
          prompts: step.prompts.map((item: Json) => ({ prompt: { slug: item.prompt.slug }, followUps: slugs(item.followUps.map((f: Json) => f.slug)) })),
        })),
      })
    })

    t.test('activities, activity, recommendations', async (t) => {
      const data = await graphqlData(
        app,
        `{ activities(filter: { age: 10, setting: "outdoor", maxMinutes: 90 }, first: 100) { nodes { ${activityFields} } }
           recommendations(profile: { age: 11, interests: ["cooking", "nature"], minutes: 90, budget: "low", weather: "clear", topics: ["communication"], limit: 4 }) {
             considered reason items { rank score why { factor weight reason } activity { slug } prompts { slug } } } }`,
      )
      t.same(data.activities.nodes, (await fetchAll<Json>(app, '/v1/activities?age=10&setting=outdoor&maxMinutes=90')).map(activityAsGraphql))
      const restRecommendations = await post('/v1/recommendations', {
        age: 11,
        interests: ['cooking', 'nature'],
        minutes: 90,
        budget: 'low',
        weather: 'clear',
        topics: ['communication'],
        limit: 4,
      })
      t.same(data.recommendations, {
        considered: restRecommendations.considered,
        reason: restRecommendations.reason,
        items: restRecommendations.data.map((item: Json) => ({
          rank: item.rank,
          score: item.score,
          why: item.why,
          activity: { slug: item.activity.slug },
          prompts: slugs(item.prompts.map((prompt: Json) => prompt.slug)),
        })),
      })
      const remote = await graphqlData(
        app,
        `{ activities(filter: { remote: true, accessibility: "low-sensory", participants: 2, gradeBand: "adult" }, first: 100) { nodes { slug } } }`,
      )
      const restRemote = await fetchAll<Json>(app, '/v1/activities?remote=true&accessibility=low-sensory&participants=2&gradeBand=adult')
      t.same(remote.activities.nodes, slugs(restRemote.map((activity) => activity.slug)))

      const slug = data.activities.nodes[0].slug
      const single = await graphqlData(app, `{ activity(slug: "${slug}") { ${activityFields} } }`)
      t.same(single.activity, activityAsGraphql(await rest(`/v1/activities/${slug}`)))
    })

    t.test('search: the same hits, as a union of content types', async (t) => {
      const data = await graphqlData(
        app,
        `{ search(q: "bond", first: 30) { release edges { rank snippet node { __typename
             ... on Topic { id } ... on Faq { id } ... on Prompt { id } ... on Activity { id } ... on GuideSection { id } } } } }`,
      )
      const hits = (await rest('/v1/search?q=bond&limit=30')).data
      const typename: Record<string, string> = { topic: 'Topic', faq: 'Faq', prompt: 'Prompt', activity: 'Activity', section: 'GuideSection' }
      t.same(
        data.search.edges,
        hits.map((hit: Json) => ({ rank: hit.rank, snippet: hit.snippet, node: { __typename: typename[hit.type], id: hit.id } })),
      )
      t.ok(new Set(data.search.edges.map((edge: Json) => edge.node.__typename)).size >= 3, 'several kinds of hit')
    })

    t.test('releases, release, document versions', async (t) => {
      const data = await graphqlData(
        app,
        `{ currentRelease { id current } releases { nodes { id note source basedOnReleaseId documentCount createdAt current reviewedBy reviewedAt reviewNote } }
           release(id: 1) { id documents { documentId type slug version } }
           documentVersion(id: "topic:legacy", version: 1) { documentId type slug version contentHash createdAt firstReleaseId content } }`,
      )
      t.same(data.currentRelease, { id: 1, current: true })
      t.same(data.releases.nodes, (await rest('/v1/releases')).data)
      const release = await rest('/v1/releases/1')
      t.same(data.release, { id: 1, documents: release.documents })
      t.same(data.documentVersion, await rest('/v1/documents/topic:legacy/versions/1'))
    })

    t.test('paging with first/after walks every item once', async (t) => {
      const seen: string[] = []
      let after: string | null = null
      for (let page = 0; page < 10; page++) {
        const data: Json = await graphqlData(
          app,
          'query($after: String) { topics(first: 4, after: $after) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }',
          { after },
        )
        seen.push(...data.topics.edges.map((edge: Json) => edge.node.slug))
        if (!data.topics.pageInfo.hasNextPage) break
        after = data.topics.pageInfo.endCursor
      }
      t.same(
        seen,
        (await rest('/v1/topics')).data.map((topic: Json) => topic.slug),
      )
    })
  })
}

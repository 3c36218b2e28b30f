// Over 400 lines on purpose: one table of every read surface against every policy field, kept together so
// a new surface or policy field is added to the one table that checks it.
import t from 'tap'
import type { App } from '../../src/app.js'
import { goals } from '../../src/prompts/plan-schemas.js'
import { hashContent, loadContent, type ContentDocument } from '../../src/content/load-content.js'
import type { ContentPolicy } from '../../src/keys/schemas.js'
import { promptSettings } from '../../src/content/vocabulary.js'
import { build, drivers } from '../helpers/build.js'
import { fetchAll, fetchAllPrompts } from '../helpers/fetch-all.js'
import { bearer, createKey } from '../helpers/keys.js'

// "A document outside the caller's policy is never named: not in follow-up lists, suggested prompts,
// plans, recommendations, search, release mappings or document-version bodies." This walks every
// response a restricted key can get and looks for the slug of any document it may not read.

type Json = any
type Headers = Record<string, string>

const policies: ContentPolicy[] = [
  { maxDepth: 2, excludeSensitive: true },
  { topics: ['legacy'], ageMax: 8 },
  // Reaches the FAQs, which name topics on both sides of this policy.
  { topics: ['communication', 'mutual-growth'], ageMin: 13 },
]

/**
 * Fields holding the guide's or a document's own prose (and sentences made from it). Words such as
 * "communication", "boundaries" or "legacy" are ordinary English there, and also the slugs of topics:
 * in prose only slugs of several words (which no sentence contains) count as naming a document.
 * Everywhere else, any token equal to a forbidden slug is a leak.
 */
const proseFields = new Set([
  'text',
  'title',
  'summary',
  'paragraphs',
  'keyPoints',
  'topicsHeading',
  'question',
  'answer',
  'description',
  'steps',
  'materials',
  'why',
  'reason',
  'snippet',
])

/**
 * Slugs are lower-case words joined by hyphens, and ids are `type:slug` (`type:slug@version` when
 * quoted), so a slug is named exactly when a maximal run of letters, digits and hyphens equals it:
 * `legacy` inside `prompt:lg-legacy-stories` is the token `lg-legacy-stories`, not a mention of the
 * topic `legacy`, while `topic:legacy@1` holds the token `legacy`.
 */
const TOKEN = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g

function namedSlugs(value: unknown, forbidden: ReadonlySet<string>): string[] {
  const found: string[] = []
  const visit = (node: unknown, field: string, path: string) => {
    if (typeof node === 'string') {
      const prose = proseFields.has(field)
      for (const token of node.match(TOKEN) ?? []) {
        const word = token.toLowerCase()
        if (forbidden.has(word) && (!prose || word.includes('-'))) found.push(`${path}: ${word}`)
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, field, `${path}[${index}]`))
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (forbidden.has(key.toLowerCase())) found.push(`${path}: key ${key}`)
        visit(item, key, `${path}.${key}`)
      }
    }
  }
  visit(value, '', '')
  return found
}

t.test('the scanner matches whole slugs only', async (t) => {
  const forbidden = new Set(['legacy', 'lg-someone-you-wish-i-knew'])
  t.same(namedSlugs({ id: 'prompt:lg-legacy-stories', slug: 'lg-legacy-stories', followUps: ['lg-legacy-x'] }, forbidden), [])
  t.same(namedSlugs({ text: 'Our family legacy matters.', snippet: 'a <mark>legacy</mark>' }, forbidden), [])
  t.same(namedSlugs({ topics: ['legacy'] }, forbidden), ['.topics[0]: legacy'])
  t.same(namedSlugs({ source: 'topic:legacy@1' }, forbidden), ['.source: legacy'])
  t.same(namedSlugs({ notes: ['No prompt on legacy fits age 3.'] }, forbidden), ['.notes[0]: legacy'])
  t.same(namedSlugs({ text: 'see lg-someone-you-wish-i-knew' }, forbidden), ['.text: lg-someone-you-wish-i-knew'])
  t.same(namedSlugs({ content: { followUps: ['lg-someone-you-wish-i-knew'] } }, forbidden), ['.content.followUps[0]: lg-someone-you-wish-i-knew'])
})

interface Catalogue {
  prompts: Json[]
  activities: Json[]
  faqs: Json[]
  topics: Json[]
}

async function catalogue(app: App, headers: Headers): Promise<Catalogue> {
  const [prompts, activities, faqs, topics] = await Promise.all(
    ['/v1/prompts', '/v1/activities', '/v1/faqs', '/v1/topics'].map((path) =>
      path === '/v1/prompts' ? fetchAllPrompts<Json & { settings: string[] }>(app, headers) : fetchAll<Json>(app, path, headers),
    ),
  )
  return { prompts: prompts!, activities: activities!, faqs: faqs!, topics: topics! }
}

const slugsOf = (all: Catalogue) => new Set([...all.prompts, ...all.activities, ...all.faqs, ...all.topics].map((item: Json) => item.slug as string))

/** Every response body a caller gets, with where it came from. */
class Responses {
  readonly bodies: { where: string; body: unknown }[] = []
  readonly failures: string[] = []

  constructor(
    private readonly app: App,
    private readonly headers: Headers,
  ) {}

  /** `unmatched`: a 404 saying nothing matches the filters is a fine answer too. */
  async get(url: string, unmatched?: string): Promise<Json> {
    const response = await this.app.inject({ url, headers: this.headers })
    const accepted = unmatched !== undefined && response.statusCode === 404 && response.json().code === unmatched
    return this.keep(`GET ${url}`, accepted ? 200 : response.statusCode, response.payload)
  }

  async post(url: string, payload: object): Promise<Json> {
    const response = await this.app.inject({ method: 'POST', url, payload, headers: this.headers })
    return this.keep(`POST ${url} ${JSON.stringify(payload)}`, response.statusCode, response.payload)
  }

  /** Every page of a REST list. */
  async all(path: string): Promise<Json[]> {
    const items: Json[] = []
    const separator = path.includes('?') ? '&' : '?'
    let url = `${path}${separator}limit=100`
    for (;;) {
      const body = await this.get(url)
      if (!body) return items
      items.push(...body.data)
      if (!body.page.nextCursor) return items
      url = `${path}${separator}limit=100&cursor=${body.page.nextCursor}`
    }
  }

  async graphql(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
    const response = await this.app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers: this.headers })
    const body = this.keep(`GraphQL ${query.slice(0, 60).replace(/\s+/g, ' ')} ${JSON.stringify(variables)}`, response.statusCode, response.payload)
    if (body?.errors) this.failures.push(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`)
    return body?.data ?? null
  }

  private keep(where: string, status: number, payload: string): Json {
    const body = JSON.parse(payload)
    this.bodies.push({ where, body })
    if (status !== 200) {
      this.failures.push(`${where} -> ${status} ${payload.slice(0, 200)}`)
      return null
    }
    return body
  }
}

const promptFields = 'id version slug text ageMin ageMax depth settings direction competencies sensitive'
const activityFields =
  'id version slug title category description steps materials ageMin ageMax minutesMin minutesMax cost setting energy seasons interests competencies'

async function walkRest(r: Responses, visible: Catalogue) {
  await r.get('/v1/guide')
  const topicSlugs = visible.topics.map((topic) => topic.slug as string)

  for (const path of ['/v1/topics', '/v1/faqs', '/v1/prompts', '/v1/activities']) await r.all(path)
  for (const topic of topicSlugs) {
    await r.all(`/v1/prompts?topic=${topic}`)
    await r.all(`/v1/activities?topic=${topic}`)
    await r.all(`/v1/faqs?topic=${topic}`)
  }
  for (const query of ['age=8', 'age=15&excludeSensitive=true', 'depth=1', 'depth=2', 'direction=son-to-mother', 'setting=car-ride']) {
    await r.all(`/v1/prompts?${query}`)
  }
  for (const query of ['age=8', 'maxMinutes=30', 'setting=indoor']) await r.all(`/v1/activities?${query}`)

  for (const topic of visible.topics) await r.get(`/v1/topics/${topic.slug}`)
  for (const faq of visible.faqs) await r.get(`/v1/faqs/${faq.slug}`)
  for (const prompt of visible.prompts) await r.get(`/v1/prompts/${prompt.slug}`)
  for (const activity of visible.activities) await r.get(`/v1/activities/${activity.slug}`)

  const dailyQueries = ['', '&seed=family-1', '&age=8', '&excludeSensitive=true', ...topicSlugs.slice(0, 3).map((topic) => `&topic=${topic}`)]
  for (const [index, query] of dailyQueries.entries()) {
    for (let day = 0; day < (index < 2 ? 60 : 15); day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)
      await r.get(`/v1/prompts/daily?date=${date}${query}`, 'NO_PROMPT_MATCHES')
    }
  }

  const subjects = [...Object.keys(goals).map((goal) => ({ goal })), ...topicSlugs.map((topic) => ({ topic }))]
  for (const subject of subjects) {
    for (const age of [4, 8, 12, 16, 25]) {
      for (const setting of promptSettings) {
        // Asks for more than the key may have: the policy must still decide.
        await r.post('/v1/conversation-plans', { ...subject, age, setting, minutes: 60, maxDepth: 3, excludeSensitive: false })
      }
      await r.post('/v1/conversation-plans', { ...subject, age, setting: 'walk', minutes: 15, seed: 'x' })
    }
  }

  for (const age of [3, 5, 8, 11, 14, 17, 25, 40]) {
    await r.post('/v1/recommendations', { age, limit: 20 })
    await r.post('/v1/recommendations', { age, limit: 20, topics: topicSlugs.slice(0, 9), seed: 's' })
  }

  await r.all('/v1/releases')
  const release = await r.get('/v1/releases/1')
  for (const document of release?.documents ?? []) await r.get(`/v1/documents/${document.documentId}/versions/${document.version}`)
  return release?.documents?.length ?? 0
}

async function search(r: Responses, words: string[]) {
  for (const q of words) {
    await r.all(`/v1/search?q=${encodeURIComponent(q)}`)
    await r.graphql(
      `query($q: String!) { search(q: $q, first: 100) { edges { snippet node { __typename
        ... on Prompt { ${promptFields} followUps { slug id } topics { slug } }
        ... on Activity { slug topics { why topic { slug } } suggestedPrompts { slug followUps { slug } } }
        ... on Faq { slug topics { slug } } ... on Topic { slug } ... on GuideSection { id title } } } } }`,
      { q },
    )
  }
}

async function walkGraphql(r: Responses, visible: Catalogue, documents: { documentId: string; version: number }[]) {
  await r.graphql(`{ currentRelease { id documents { documentId type slug version } }
    release(id: 1) { id documents { documentId type slug version } }
    releases(first: 10) { nodes { id documents { documentId slug } } } }`)
  await r.graphql(`{ guide { title introduction { id title paragraphs } conclusion { id title }
    topics { id slug title keyPoints } faqs { id slug question topics { slug } } } }`)

  const pages = async (field: string, selection: string) => {
    let after: string | null = null
    for (;;) {
      const data: Json = await r.graphql(
        `query($after: String) { ${field}(first: 50, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      )
      const page = data?.[field]
      if (!page?.pageInfo.hasNextPage) return
      after = page.pageInfo.endCursor
    }
  }
  await pages('prompts', `${promptFields} followUps { ${promptFields} followUps { slug } topics { slug } } topics { slug title }`)
  await pages('activities', `${activityFields} topics { why topic { slug } } suggestedPrompts { ${promptFields} followUps { slug } topics { slug } }`)
  await pages('faqs', 'id slug question answer topics { slug prompts(first: 5) { nodes { slug } } }')
  await pages('topics', 'slug faqs(first: 20) { nodes { slug topics { slug } } }')

  for (const topic of visible.topics) {
    const relations = (after: string | null) => `topic(slug: $slug) { slug
      prompts(first: 100, after: ${after === null ? 'null' : JSON.stringify(after)}) {
        nodes { id slug followUps { id slug } topics { slug } } pageInfo { hasNextPage endCursor } }
      activities(first: 100) { nodes { slug topics { topic { slug } } suggestedPrompts { slug followUps { slug } } } }
      faqs(first: 100) { nodes { slug topics { slug } } } }`
    let after: string | null = null
    for (;;) {
      const data: Json = await r.graphql(`query($slug: String!) { ${relations(after)} }`, { slug: topic.slug })
      if (!data?.topic.prompts.pageInfo.hasNextPage) break
      after = data.topic.prompts.pageInfo.endCursor
    }
  }
  for (const prompt of visible.prompts.slice(0, 60)) {
    await r.graphql(`query($slug: String!) { prompt(slug: $slug) { ${promptFields} followUps { slug followUps { slug } } topics { slug } } }`, {
      slug: prompt.slug,
    })
  }
  for (const activity of visible.activities.slice(0, 30)) {
    await r.graphql(`query($slug: String!) { activity(slug: $slug) { slug topics { topic { slug } } suggestedPrompts { slug followUps { slug } } } }`, {
      slug: activity.slug,
    })
  }
  for (const faq of visible.faqs) await r.graphql(`query($slug: String!) { faq(slug: $slug) { slug topics { slug } } }`, { slug: faq.slug })

  for (let start = 0; start < 60; start += 20) {
    const aliases = Array.from({ length: 20 }, (_, index) => {
      const date = new Date(Date.UTC(2026, 5, 1 + start + index)).toISOString().slice(0, 10)
      return `d${index}: dailyPrompt(date: "${date}", seed: "g") { prompt { ${promptFields} followUps { slug followUps { slug } } topics { slug } } }`
    })
    await r.graphql(`{ ${aliases.join('\n')} }`)
  }

  const planned =
    'topics notes steps { stage tip { text topic source } prompts { prompt { slug id followUps { slug } topics { slug } } followUps { slug id followUps { slug } topics { slug } } } }'
  for (const goal of Object.keys(goals).map((name) => name.toUpperCase().replaceAll('-', '_'))) {
    for (const age of [6, 14]) {
      await r.graphql(`query($input: ConversationPlanInput!) { conversationPlan(input: $input) { ${planned} } }`, {
        input: { goal, age, setting: 'meal', minutes: 40, maxDepth: 3, excludeSensitive: false },
      })
    }
  }
  for (const topic of visible.topics) {
    await r.graphql(`query($input: ConversationPlanInput!) { conversationPlan(input: $input) { ${planned} } }`, {
      input: { topic: topic.slug, age: 8, setting: 'bedtime', minutes: 30, maxDepth: 3, excludeSensitive: false },
    })
  }
  for (const age of [5, 8, 12, 16]) {
    await r.graphql(
      `query($age: Int!) { recommendations(profile: { age: $age, limit: 20 }) { reason items { why { reason }
        activity { slug topics { why topic { slug } } suggestedPrompts { slug followUps { slug } } }
        prompts { slug id followUps { slug } topics { slug } } } } }`,
      { age },
    )
  }

  for (let start = 0; start < documents.length; start += 25) {
    const aliases = documents
      .slice(start, start + 25)
      .map((document, index) => `v${index}: documentVersion(id: "${document.documentId}", version: ${document.version}) { documentId slug content }`)
    await r.graphql(`{ ${aliases.join('\n')} }`)
  }
}

for (const driver of drivers) {
  t.test(`a restricted key never sees the slug of a document outside its policy, on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const everything = bearer(await createKey(app))
    const all = await catalogue(app, everything)
    const allSlugs = slugsOf(all)
    t.equal(allSlugs.size, all.prompts.length + all.activities.length + all.faqs.length + all.topics.length, 'no slug is shared by two documents')
    const everyMapping = (await app.inject({ url: '/v1/releases/1', headers: everything })).json().documents as Json[]

    for (const policy of policies) {
      await t.test(JSON.stringify(policy), async (t) => {
        const headers = bearer(await createKey(app, { policy }))
        const visible = await catalogue(app, headers)
        const visibleSlugs = slugsOf(visible)
        const forbidden = new Set([...allSlugs].filter((slug) => !visibleSlugs.has(slug)))
        t.ok(forbidden.size >= 9, `${forbidden.size} slugs are outside the policy`)

        // The scanner is not blind: the unrestricted catalogue names forbidden slugs everywhere.
        const unrestricted = await Promise.all(
          ['/v1/prompts?limit=100', '/v1/activities?limit=100', '/v1/faqs', '/v1/releases/1'].map(async (url) =>
            (await app.inject({ url, headers: everything })).json(),
          ),
        )
        t.ok(namedSlugs(unrestricted, forbidden).length > 20, 'an unrestricted key sees these slugs named')

        const r = new Responses(app, headers)
        const documentCount = await walkRest(r, visible)
        const words = new Set(['mom', 'together', 'feel', 'talk', 'son', 'story', 'family', 'remember', 'boundaries', 'legacy', 'communication', 'grief'])
        for (const slug of forbidden) words.add(slug.split('-').join(' '))
        await search(r, [...words])
        // Sections and crisis resources are outside content policies (resources follow the key's region only).
        const allowedDocuments = everyMapping.filter(
          (document) => visibleSlugs.has(document.slug) || document.type === 'section' || document.type === 'resource',
        )
        await walkGraphql(r, visible, allowedDocuments)

        t.same(r.failures, [], 'every request succeeded')
        // Leaks grouped by endpoint and field, each with one example.
        const leaks: Record<string, string> = {}
        for (const { where, body } of r.bodies) {
          for (const found of namedSlugs(body, forbidden)) {
            const [method, url] = where.split(' ') as [string, string]
            const endpoint =
              method === 'GraphQL'
                ? method
                : `${method} ${url
                    .replace(/\?.*$/, '')
                    .replace(/^(\/v1\/documents)\/.*$/, '$1/:id/versions/:version')
                    .replace(/^(\/v1\/[a-z]+)\/(?!daily$)[a-z0-9-]+$/, '$1/:slug')}`
            const field = found
              .replace(/\[\d+\]/g, '[]')
              .replace(/^\.data\.[dv]\d+/, '.data.<alias>')
              .replace(/:.*$/, '')
            leaks[`${endpoint} ${field}`] ??= `${where.slice(0, 120)} ${found}`
          }
        }
        t.same(leaks, {}, `no forbidden slug named in ${r.bodies.length} responses`)

        // Reading a forbidden document directly stays impossible.
        for (const document of everyMapping.filter((item) => forbidden.has(item.slug)).slice(0, 20)) {
          const response = await app.inject({ url: `/v1/documents/${document.documentId}/versions/${document.version}`, headers })
          t.equal(response.statusCode, 404, `${document.documentId} is not readable`)
        }

        // Not vacuous: the key still gets plenty of content, links included.
        const followUpLinks = visible.prompts.reduce((sum, prompt) => sum + prompt.followUps.length, 0)
        const suggestions = visible.activities.reduce((sum, activity) => sum + activity.prompts.length, 0)
        t.ok(visible.prompts.length >= 15, `${visible.prompts.length} prompts listed`)
        t.ok(visible.activities.length >= 5, `${visible.activities.length} activities listed`)
        t.ok(followUpLinks >= 5, `${followUpLinks} follow-up links kept`)
        t.ok(suggestions >= 5, `${suggestions} suggested prompts kept`)
        t.ok(documentCount >= 30, `${documentCount} documents in the release mapping, each read by version`)
        t.equal(documentCount, allowedDocuments.length, 'the release mapping lists exactly the documents the key may read')
        t.ok(r.bodies.length > 1_000, `${r.bodies.length} responses walked`)
        const plans = r.bodies.filter(({ where, body }) => where.startsWith('POST /v1/conversation-plans') && (body as Json).steps?.length > 0)
        t.ok(plans.length > 20, `${plans.length} conversation plans with steps`)
        const recommended = r.bodies.filter(({ where, body }) => where.startsWith('POST /v1/recommendations') && (body as Json).data?.length > 0)
        t.ok(recommended.length > 3, `${recommended.length} non-empty recommendation lists`)
        const hits = r.bodies.filter(({ where, body }) => where.startsWith('GET /v1/search') && (body as Json).data?.length > 0)
        t.ok(hits.length > 5, `${hits.length} searches with hits`)
      })
    }
  })
}

for (const driver of drivers) {
  t.test(`a version names what the policy allowed in its first release, so its immutable answer never changes, on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const docs = await loadContent()
    const allowed = (doc: ContentDocument) => doc.type === 'prompt' && (doc.depth ?? 0) <= 2 && !doc.sensitive
    const bySlug = new Map(docs.filter((doc) => doc.type === 'prompt').map((doc) => [doc.slug, doc]))
    const parent = docs.find((doc) => allowed(doc) && (doc.body.followUps as string[]).some((slug) => allowed(bySlug.get(slug)!)))!
    const followUp = (parent.body.followUps as string[]).find((slug) => allowed(bySlug.get(slug)!))!
    const edit = (doc: ContentDocument, change: Record<string, unknown>, columns: Partial<ContentDocument> = {}): ContentDocument => {
      const body = { ...doc.body, ...change }
      return { ...doc, ...columns, body, contentHash: hashContent(body) }
    }
    // Release 2: the follow-up turns sensitive, and the parent gets a second version.
    await app.services.publishing.importContent(
      docs.map((doc) => {
        if (doc.slug === followUp && doc.type === 'prompt') return edit(doc, { sensitive: true }, { sensitive: true })
        if (doc.slug === parent.slug && doc.type === 'prompt') return edit(doc, { text: `${parent.body.text as string} Take your time.` })
        return doc
      }),
      'r2',
    )
    const headers = bearer(await createKey(app, { policy: { maxDepth: 2, excludeSensitive: true } }))
    const read = async (url: string) => (await app.inject({ url, headers })).json()

    const first = await read(`/v1/documents/${parent.id}/versions/1`)
    t.equal(first.firstReleaseId, 1)
    t.ok(first.content.followUps.includes(followUp), 'version 1 still names the follow-up it could name in release 1')
    const second = await read(`/v1/documents/${parent.id}/versions/2`)
    t.equal(second.firstReleaseId, 2)
    t.notOk(second.content.followUps.includes(followUp), 'version 2 does not: in release 2 the follow-up is outside the policy')
    t.same(Object.keys(second.content).sort(), Object.keys(parent.body).sort(), 'the body keeps its shape')
    t.notOk((await read(`/v1/prompts/${parent.slug}`)).followUps.includes(followUp), 'the current release does not name it')
    t.ok((await read(`/v1/prompts/${parent.slug}?release=1`)).followUps.includes(followUp), 'release 1 still does')
    const unrestricted = bearer(await createKey(app))
    const full = (await app.inject({ url: `/v1/documents/${parent.id}/versions/2`, headers: unrestricted })).json()
    t.ok(full.content.followUps.includes(followUp), 'an unrestricted key gets the body verbatim')
  })
}

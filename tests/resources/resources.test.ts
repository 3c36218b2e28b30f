import fc from 'fast-check'
import t from 'tap'
import { hashContent, loadContent, readContent, type ContentDocument } from '../../src/content/load-content.js'
import { contentProblems } from '../../src/content/check/rules.js'
import { contentPolicy } from '../../src/keys/schemas.js'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build, copyContent, drivers } from '../helpers/build.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

const resourceIds = [
  'emergency-911',
  '988-lifeline',
  'childhelp',
  'cybertipline',
  'take-it-down',
  'crisis-text-line',
  'trevor-project',
  'domestic-violence-hotline',
  'samhsa-helpline',
  'rainn-hotline',
  'military-onesource',
]

// Every number and short code the bundled resources carry: none may reach a caller of another region.
const usNumbers = ['911', '988', '741741', '88788', '435748', '1-800-', '800-656']

const onlineSlug = 'what-would-you-do-if-someone-online-made-you-uncomfortable'
const promptQuery = `query($slug: String!) { prompt(slug: $slug) { slug safeguardingNote resources { slug name region channels { kind value message } source checkedAt } } }`

for (const driver of drivers) {
  t.test(`crisis resources on ${driver}`, async (t) => {
    const app = await build(t, driver)

    t.test('GET /v1/resources is the US vocabulary, each value with its source and check date', async (t) => {
      const response = await app.inject('/v1/resources')
      t.equal(response.statusCode, 200)
      t.equal(response.headers['content-release'], '1')
      t.ok(response.headers.etag)
      const list = response.json()
      t.equal(list.region, 'US')
      t.notOk('fallback' in list)
      t.same(list.items.map((item: Json) => item.slug).sort(), [...resourceIds].sort())
      for (const item of list.items) {
        t.equal(item.id, `resource:${item.slug}`)
        t.equal(item.region, 'US')
        t.equal(item.checkedAt, '2026-12-07')
        t.match(item.source, /^https:\/\//)
        t.ok(item.channels.length > 0, `${item.slug} has a channel`)
      }
      const lifeline = list.items.find((item: Json) => item.slug === '988-lifeline')
      t.match(lifeline.channels, [{ kind: 'call', value: '988' }])
      t.ok(lifeline.channels.some((channel: Json) => channel.kind === 'text' && channel.value === '988' && channel.message === 'AYUDA'))
      t.same(lifeline.languages, ['en', 'es'])

      const etag = response.headers.etag as string
      const again = await app.inject({ url: '/v1/resources', headers: { 'if-none-match': etag } })
      t.equal(again.statusCode, 304)
    })

    t.test('GET /v1/resources/{slug}; unknown 404, malformed 400', async (t) => {
      const one = await app.inject('/v1/resources/cybertipline')
      t.equal(one.statusCode, 200)
      t.match(one.json(), { id: 'resource:cybertipline', name: "NCMEC's CyberTipline", source: 'https://takeitdown.ncmec.org/faq/' })
      const missing = await app.inject('/v1/resources/astrology-line')
      t.equal(missing.statusCode, 404)
      t.match(missing.json(), { code: 'RESOURCE_NOT_FOUND' })
      const bad = await app.inject('/v1/resources/Not%20A%20Slug')
      t.equal(bad.statusCode, 400)
      t.equal((await app.inject('/v1/resources?colour=blue')).statusCode, 400)
    })

    t.test('search leaves resources out', async (t) => {
      const hits = (await app.inject('/v1/search?q=lifeline')).json()
      t.notOk(hits.data.some((hit: Json) => hit.type === 'resource'))
      t.equal((await app.inject('/v1/search?q=lifeline&type=resource')).statusCode, 400)
    })

    t.test('prompts name their resources in REST, and GraphQL resolves them', async (t) => {
      const rest = (await app.inject(`/v1/prompts/${onlineSlug}`)).json()
      t.same(rest.resources, ['cybertipline', 'take-it-down', 'emergency-911'])
      t.notMatch(rest.safeguardingNote, /save the messages/i)
      t.match(rest.safeguardingNote, /never save, copy or forward/i)
      const gql = await graphql(app, promptQuery, { slug: onlineSlug })
      t.notOk(gql.errors)
      t.same(
        gql.data!.prompt.resources.map((resource: Json) => resource.slug),
        rest.resources,
      )
      t.match(gql.data!.prompt.resources[0], { name: "NCMEC's CyberTipline", region: 'US', checkedAt: '2026-12-07' })
      const list = await graphql(app, '{ resources { release region fallback items { slug } } }')
      t.equal(list.data!.resources.region, 'US')
      t.equal(list.data!.resources.fallback, null)
      t.equal(list.data!.resources.items.length, resourceIds.length)
      const missing = await graphql(app, '{ resource(slug: "astrology-line") { slug } }')
      t.equal(missing.errors?.[0]?.extensions.code, 'RESOURCE_NOT_FOUND')
    })

    t.test('every prompt with a safeguarding note names a US resource, in REST and GraphQL alike', async (t) => {
      const documents = await loadContent()
      const noted = documents.filter((doc) => doc.type === 'prompt' && (doc.body as Json).safeguardingNote)
      t.ok(noted.length >= 47, `${noted.length} prompts carry a safeguarding note`)
      for (const doc of noted) t.ok(((doc.body as Json).resources as string[]).length > 0, `${doc.slug} names a resource`)
      const slug = noted[0]!.slug
      const rest = (await app.inject(`/v1/prompts/${slug}`)).json()
      const gql = await graphql(app, promptQuery, { slug })
      t.same(
        gql.data!.prompt.resources.map((resource: Json) => resource.slug),
        rest.resources,
      )
    })

    t.test('a key whose policy names GB sees no US number anywhere in a prompt response', async (t) => {
      const key = await createKey(app, { policy: { region: 'GB' } })
      const rest = await app.inject({ url: `/v1/prompts/${onlineSlug}`, headers: bearer(key) })
      t.equal(rest.statusCode, 200)
      t.same(rest.json().resources, [])
      for (const number of usNumbers) t.notOk(rest.body.includes(number), `REST prompt body has no "${number}"`)
      for (const id of resourceIds) t.notOk(rest.body.includes(id), `REST prompt body does not name ${id}`)
      const gql = await app.inject({ method: 'POST', url: '/graphql', headers: bearer(key), payload: { query: promptQuery, variables: { slug: onlineSlug } } })
      t.same(gql.json().data.prompt.resources, [])
      for (const number of usNumbers) t.notOk(gql.body.includes(number), `GraphQL prompt body has no "${number}"`)
      const list = await app.inject({ url: '/v1/resources', headers: bearer(key) })
      t.same(list.json(), { region: 'GB', items: [], fallback: 'Call your local emergency number.' })
      for (const number of usNumbers) t.notOk(list.body.includes(number), `resource list has no "${number}"`)
      t.equal((await app.inject({ url: '/v1/resources/988-lifeline', headers: bearer(key) })).statusCode, 404)
    })

    t.test('a policy naming no region, or US, is served the US resources', async (t) => {
      for (const policy of [{ maxDepth: 3 }, { region: 'US' }]) {
        const key = await createKey(app, { policy })
        const list = (await app.inject({ url: '/v1/resources', headers: bearer(key) })).json()
        t.equal(list.region, 'US')
        t.equal(list.items.length, resourceIds.length)
        const prompt = (await app.inject({ url: `/v1/prompts/${onlineSlug}`, headers: bearer(key) })).json()
        t.same(prompt.resources, ['cybertipline', 'take-it-down', 'emergency-911'])
      }
    })

    t.test('property: for any region, only that region’s resources are served, and a region with none gets the fallback', async (t) => {
      const regions = fc.stringMatching(/^[A-Z]{2}$/)
      await fc.assert(
        fc.asyncProperty(regions, async (region) => {
          const key = await createKey(app, { policy: { region } })
          const list = (await app.inject({ url: '/v1/resources', headers: bearer(key) })).json()
          if (list.region !== region) return false
          if (region === 'US') return list.items.length === resourceIds.length && list.fallback === undefined
          if (list.items.length !== 0 || list.fallback !== 'Call your local emergency number.') return false
          const prompt = await app.inject({ url: `/v1/prompts/${onlineSlug}`, headers: bearer(key) })
          return usNumbers.every((number) => !prompt.body.includes(number)) && resourceIds.every((id) => !prompt.body.includes(id))
        }),
        { numRuns: 15 },
      )
      t.pass('held for 15 regions')
    })

    t.test('a pinned release keeps the resources it was published with', async (t) => {
      const docs = await loadContent()
      const edited = docs.map((doc) => {
        if (doc.id !== 'resource:crisis-text-line') return doc
        const body = { ...(doc.body as Json), purpose: 'Free text support from a trained crisis counselor, any time, for anyone in crisis.' }
        return { ...doc, body, contentHash: hashContent(body) } as ContentDocument
      })
      const { releaseId } = await app.services.publishing.importContent(edited, 'Crisis Text Line purpose reworded')
      t.equal(releaseId, 2)
      const current = (await app.inject('/v1/resources/crisis-text-line')).json()
      t.match(current, { version: 2, purpose: /any time/ })
      const pinned = await app.inject('/v1/resources/crisis-text-line?release=1')
      t.equal(pinned.headers['content-release'], '1')
      t.match(pinned.headers['cache-control'], /immutable/)
      t.match(pinned.json(), { version: 1, purpose: 'Free support by text message from a trained crisis counselor, for anyone in any kind of crisis.' })
      const pinnedList = (await app.inject('/v1/resources?release=1')).json()
      t.equal(pinnedList.items.find((item: Json) => item.slug === 'crisis-text-line').version, 1)
    })
  })
}

t.test('a policy region must be an ISO 3166-1 alpha-2 code', async (t) => {
  for (const region of ['gb', 'GBR', 'U1', '', 'G-']) t.notOk(contentPolicy.safeParse({ region }).success, `refuses "${region}"`)
  for (const region of ['US', 'GB', 'MX']) t.ok(contentPolicy.safeParse({ region }).success, `accepts "${region}"`)
})

t.test('content rules: a safeguarding note needs a US resource; an unknown resource id is refused at load', async (t) => {
  const { documents } = await readContent()
  const prompts = documents
    .filter((doc) => doc.type === 'prompt')
    .map((doc, index) => ({ file: 'content/prompts/x.json', field: `prompts.${index}`, content: doc.body as any }))
  const resources = documents.filter((doc) => doc.type === 'resource').map((doc) => doc.body as { slug: string; region: string })
  t.same(contentProblems(prompts, [], resources), [])

  const noted = prompts.find((prompt) => prompt.content.slug === onlineSlug)!
  const without = { ...noted, content: { ...noted.content, resources: [] } }
  const problems = contentProblems([without], [], resources)
  t.match(problems, [{ rule: 'safeguarding-note-without-resource', slug: onlineSlug }])
  const foreign = contentProblems(
    [without],
    [],
    [...resources, { slug: 'samaritans', region: 'GB' }].map((r) => r),
  )
  t.equal(foreign.length, 1)
  const onlyForeign = { ...noted, content: { ...noted.content, resources: ['samaritans'] } }
  t.match(contentProblems([onlyForeign], [], [{ slug: 'samaritans', region: 'GB' }]), [{ rule: 'safeguarding-note-without-resource' }])

  const folder = await copyContent(t)
  const file = join(folder, 'prompts', 'screens-and-social-media.json')
  const text = await readFile(file, 'utf8')
  await writeFile(file, text.replace('"take-it-down"', '"take-it-dwn"'))
  await t.rejects(loadContent(folder), /no resource has the slug "take-it-dwn"/)

  await writeFile(file, text.replace(/"resources": \[\s*"cybertipline",\s*"take-it-down",\s*"emergency-911"\s*\],/, '"resources": [],'))
  await t.rejects(loadContent(folder), /safeguarding-note-without-resource/)
})

/**
 * The policy crawl: three keys with different content policies (one the school-portal preset) read every surface - every read route of
 * the committed OpenAPI document (so a new route is crawled too) and every Query field of the GraphQL
 * schema, with aliases - at the current release, at a pinned earlier one and in the draft overlay,
 * with widening filters, single reads of every document and former slug, versions, diffs, the change
 * feed, events, search, daily prompts, plans and recommendations. The forbidden set comes from the
 * unrestricted view: ids, slugs, former slugs and text of everything outside each policy. None of it
 * may appear in any header or body a restricted key receives, and each key's unfiltered lists must hold
 * exactly what its policy allows.
 *
 * Release 2 makes pinning matter: a prompt moves out of each policy and one moves in, and one is
 * renamed (its former slug stays readable by slug). The drafts move more in and out and add one.
 * Over 400 lines on purpose: one crawl over every surface, so its coverage check sees all of them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  getNamedType,
  isAbstractType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql'
import t from 'tap'
import type { App } from '../../src/app.js'
import { loadContent } from '../../src/content/load-content.js'
import { defaultLimits, queryLimitsRule } from '../../src/graphql/limits.js'
import { policyPresets, type ContentPolicy } from '../../src/keys/schemas.js'
import { build, copyContent, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'
import { Forbidden, responseTexts, type Seen, type Snapshot } from '../helpers/leak-scanner.js'

type Json = Record<string, any>

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema: Json
}
interface OpenApiOperation {
  method: string
  path: string
  parameters: Parameter[]
  body: Json | undefined
}

const openapi = JSON.parse(await readFile(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Json }> } }>>
  components: { schemas: Record<string, Json> }
}
const resolve = (schema: Json): Json => (schema.$ref ? resolve(openapi.components.schemas[String(schema.$ref).split('/').pop()!]!) : schema)
const operations: OpenApiOperation[] = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content['application/json']?.schema,
    })),
)

const K1_POLICY: ContentPolicy = { maxDepth: 1, excludeSensitive: true }
const K2_POLICY: ContentPolicy = { topics: ['boundaries', 'legacy'], ageMin: 8, ageMax: 12 }
// The school-portal preset, as key creation stores it.
const K3_POLICY: ContentPolicy = policyPresets['school-portal']

/** What an unfiltered prompt list leaves out unless asked for: sensitive, deep and activity-only prompts. */
const leftOutOfLists = (doc: Seen) =>
  doc.type === 'prompt' &&
  (doc.record.sensitive === true || doc.record.depth >= 3 || (doc.record.settings.length === 1 && doc.record.settings[0] === 'activity'))
const SNAPSHOTS: Snapshot[] = [2, 1, 'draft']
const DATES = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i * 27)).toISOString().slice(0, 10))
const SAFEGUARDING = 'If he tells you about something that hurt him, thank him for trusting you and talk with the school counselor about what happens next.'
const SEARCH_TERMS = ['rule', 'feel', 'together', 'school', 'family', 'proud', 'remember', 'secret', 'worried', 'dream']

interface PromptFile {
  file: string
  content: { prompts: Json[] }
}

/**
 * Release 2 over the bundled content: for each policy one prompt moves out (with new text) and one moves in,
 * and a prompt outside both is renamed, its old id kept in formerIds.
 */
async function publishReleaseTwo(app: App, folder: string) {
  const files: PromptFile[] = []
  for (const name of await readdir(join(folder, 'prompts'))) {
    files.push({ file: join(folder, 'prompts', name), content: JSON.parse(await readFile(join(folder, 'prompts', name), 'utf8')) })
  }
  const all = files.flatMap((file) => file.content.prompts)
  const activities = await Promise.all(
    (await readdir(join(folder, 'activities'))).map(async (name) => JSON.parse(await readFile(join(folder, 'activities', name), 'utf8')).activities as Json[]),
  )
  const referenced = new Set([...all.flatMap((prompt) => prompt.followUps), ...activities.flat().flatMap((activity) => activity.prompts ?? [])])
  const used = new Set<string>()
  const pick = (why: string, test: (prompt: Json) => boolean) => {
    const found = all.find((prompt) => !used.has(prompt.slug) && !referenced.has(prompt.slug) && prompt.followUps.length === 0 && test(prompt))
    if (!found) throw new Error(`no prompt to ${why}`)
    used.add(found.slug)
    return found
  }
  const inK2 = (prompt: Json) => prompt.topics.some((topic: string) => K2_POLICY.topics!.includes(topic)) && prompt.ageMin <= 12 && prompt.ageMax >= 8
  const outOfK1 = pick('move out of K1', (p) => p.depth === 1 && !p.sensitive)
  Object.assign(outOfK1, {
    depth: 3,
    safeguardingNote: SAFEGUARDING,
    // Depth 3 is sensitive, and a note names a crisis resource (content rules).
    sensitive: true,
    resources: ['988-lifeline'],
    text: 'Release two moved this deeper: what would you tell me about the hardest week you ever had at home?',
  })
  const intoK1 = pick('move into K1', (p) => p.depth === 2 && !p.sensitive)
  intoK1.depth = 1
  const outOfK2 = pick('move out of K2', (p) => inK2(p) && !p.topics.includes('communication'))
  Object.assign(outOfK2, { topics: ['communication'], text: 'Release two retopicked this one: which talk with me went better than you expected it to?' })
  const intoK2 = pick('move into K2', (p) => !inK2(p) && p.topics.length === 1 && p.topics[0] === 'communication')
  Object.assign(intoK2, { topics: ['legacy'], ageMin: 8, ageMax: 12 })
  const renamed = pick('rename', (p) => p.depth === 3 && !inK2(p))
  const formerSlug = renamed.slug as string
  Object.assign(renamed, { slug: `${formerSlug}-renamed`, formerIds: [...(renamed.formerIds ?? []), `prompt:${formerSlug}`] })
  for (const file of files) await writeFile(file.file, JSON.stringify(file.content, null, 2))
  const result = await app.services.publishing.importContent(await loadContent(folder), 'Release two: moved, retopicked and renamed prompts')
  return {
    releaseId: result.releaseId,
    moved: { outOfK1: outOfK1.slug, intoK1: intoK1.slug, outOfK2: outOfK2.slug, intoK2: intoK2.slug },
    renamed: renamed.slug as string,
    formerSlug,
  }
}

/** Drafts over release 2: one prompt out of each policy with new text, one into K1, and a new prompt outside both. */
async function writeDrafts(app: App, writer: Record<string, string>, current: Json[]) {
  const etagOf = async (id: string) => (await app.inject({ url: `/v1/admin/documents/${id}`, headers: writer })).headers.etag as string
  const patch = async (slug: string, body: Json) => {
    const id = `prompt:${slug}`
    const response = await app.inject({
      method: 'PATCH',
      url: `/v1/admin/documents/${id}/draft`,
      headers: { ...writer, 'content-type': 'application/merge-patch+json', 'if-match': await etagOf(id) },
      payload: JSON.stringify(body),
    })
    if (response.statusCode !== 200) throw new Error(response.payload)
  }
  const free = current.filter((prompt) => prompt.followUps.length === 0)
  const k1 = free.find((p) => p.depth === 1 && !p.sensitive)!
  await patch(k1.slug, {
    depth: 3,
    safeguardingNote: SAFEGUARDING,
    // Depth 3 is sensitive, and a note names a crisis resource (content rules).
    sensitive: true,
    resources: ['988-lifeline'],
    text: 'Only a draft says this: what is the one thing about our family you have never dared to ask me?',
  })
  const k2 = free.find((p) => p !== k1 && p.topics.includes('boundaries') && p.ageMin <= 12 && p.ageMax >= 8)!
  await patch(k2.slug, { topics: ['communication'], text: 'Only a draft asks this: when did a closed door between us feel like the right thing for you?' })
  const intoK1 = free.find((p) => p !== k1 && p !== k2 && p.depth === 2 && !p.sensitive)!
  await patch(intoK1.slug, { depth: 1 })
  const created = newPrompt('draft-only-deep-sensitive-prompt', 'A new draft nobody restricted may read: what still hurts about the year everything changed?', {
    topics: ['communication'],
    ageMin: 14,
    ageMax: 18,
    depth: 3,
    sensitive: true,
    contentWarnings: ['grief-and-loss'],
    safeguardingNote: SAFEGUARDING,
    resources: ['988-lifeline'],
    responseTip: 'Let the silence sit for a while before you answer, and thank him for telling you.',
  })
  const response = await app.inject({ method: 'POST', url: '/v1/admin/documents', headers: writer, payload: { type: 'prompt', content: created } })
  if (response.statusCode !== 201) throw new Error(response.payload)
  return { k1: k1.slug as string, k2: k2.slug as string, intoK1: intoK1.slug as string, created: created.slug as string }
}

/**
 * The whole set at the current release (and for reads of no snapshot); a quarter of it at the pinned
 * release and in the drafts, where what differs is read in full elsewhere. Keeps the crawl to a minute or two.
 */
const sample = <T>(items: T[], snapshot: Snapshot | null) => (snapshot === 2 || snapshot === null ? items : items.filter((_, index) => index % 4 === 0))

const releaseQuery = (snapshot: Snapshot) => (snapshot === 2 ? '' : `release=${snapshot}`)
const join2 = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path)

/** Values of a query parameter, from its schema: every enum value, the ends of a range, and the values these policies sit next to. */
function parameterValues(parameter: Parameter, topics: string[]): string[] {
  const schema = resolve(parameter.schema)
  const enums = (schema.enum ?? schema.anyOf?.flatMap((option: Json) => option.enum ?? [])) as string[] | undefined
  if (enums?.length) return enums.map(String)
  if (schema.type === 'integer') {
    const extra = parameter.name === 'age' ? [7, 8, 12, 13, 16] : [Math.floor((schema.minimum + Math.min(schema.maximum, 30)) / 2)]
    return [...new Set([schema.minimum, Math.min(schema.maximum, 99), ...extra])].map(String)
  }
  if (schema.type === 'boolean') return ['true', 'false']
  const byName: Record<string, string[]> = {
    topic: topics,
    excludeWarnings: ['romance', 'grief-and-loss'],
    date: DATES.slice(0, 3),
    tz: ['UTC', 'Pacific/Kiritimati'],
    seed: ['a', 'b'],
    q: SEARCH_TERMS.slice(0, 3),
  }
  return byName[parameter.name] ?? []
}

// Three keys over every surface: longer than the suite's 480 s per file on a busy machine.
t.setTimeout(1_200_000)

for (const driver of drivers) {
  t.test(`policy crawl on ${driver}`, async (t) => {
    const started = Date.now()
    const folder = await copyContent(t)
    const app = await build(t, driver, { contentFolder: folder, env: { NODE_ENV: 'production', EVENTS_MAX_STREAMS_PER_KEY: '1000' } })
    const full = bearer(await createKey(app, { name: 'unrestricted', scopes: ['content:read', 'content:preview'] }))
    const writer = bearer(await createKey(app, { name: 'editor', scopes: ['content:write'] }))
    const release2 = await publishReleaseTwo(app, folder)
    t.equal(release2.releaseId, 2, 'release 2 published')

    // The unrestricted view of every snapshot: what there is to hide.
    const listAll = async (path: string, headers: Record<string, string>) => {
      const items: Json[] = []
      let url = join2(path, 'limit=100')
      for (let page = 0; page < 50; page++) {
        const response = await app.inject({ url, headers })
        if (response.statusCode !== 200) throw new Error(`${url} -> ${response.statusCode} ${response.payload}`)
        const body = response.json()
        items.push(...body.data)
        if (!body.page.nextCursor) return items
        url = join2(path, `limit=100&cursor=${body.page.nextCursor}`)
      }
      throw new Error('too many pages')
    }
    const unrestricted = async (snapshot: Snapshot): Promise<Seen[]> => {
      const seen: Seen[] = []
      for (const type of ['topic', 'faq', 'prompt', 'activity']) {
        const plural = type === 'activity' ? 'activities' : `${type}s`
        // Prompt lists leave out sensitive, deep and activity-only prompts unless asked for: ask for them all.
        const asks = type === 'prompt' ? ['includeSensitive=true', 'includeSensitive=true&setting=activity'] : ['']
        const ids = new Set<string>()
        for (const ask of asks) {
          for (const record of await listAll(join2(join2(`/v1/${plural}`, ask), releaseQuery(snapshot)), full)) {
            if (ids.has(record.id)) continue
            ids.add(record.id)
            seen.push({ id: record.id, type, slug: record.slug, record })
          }
        }
      }
      const guide = (await app.inject({ url: join2('/v1/guide', releaseQuery(snapshot)), headers: full })).json()
      for (const part of ['introduction', 'conclusion']) seen.push({ id: guide[part].id, type: 'section', slug: part, record: guide[part] })
      return seen
    }
    const currentPrompts = (await unrestricted(2)).filter((doc) => doc.type === 'prompt').map((doc) => doc.record)
    const drafts = await writeDrafts(app, writer, currentPrompts)
    const views = new Map<Snapshot, Seen[]>()
    for (const snapshot of SNAPSHOTS) views.set(snapshot, await unrestricted(snapshot))
    const topics = views
      .get(2)!
      .filter((doc) => doc.type === 'topic')
      .map((doc) => doc.slug)

    const keys = [
      { name: 'K1 (maxDepth 1, excludeSensitive)', policy: K1_POLICY },
      { name: 'K2 (topics boundaries and legacy, ages 8-12)', policy: K2_POLICY },
      { name: 'K3 (preset school-portal)', policy: K3_POLICY, preset: 'school-portal' as const },
    ].map((key) => ({ ...key, forbidden: new Forbidden(key.policy, views) }))
    const headersOf = new Map<string, Record<string, string>>()
    for (const key of keys) {
      const policy = 'preset' in key ? { preset: key.preset } : { policy: key.policy }
      headersOf.set(key.name, bearer(await createKey(app, { name: key.name, scopes: ['content:read', 'content:preview'], ...policy })))
    }

    t.test('the school-portal preset expands to the policy it names, and forbids every sensitive and deep prompt', async (t) => {
      const k3 = (await app.services.keys.list()).find((key) => key.name.startsWith('K3'))!
      t.same(k3.policy, { maxDepth: 2, excludeSensitive: true, excludeSituational: true })
      const forbidden = keys[2]!.forbidden
      for (const snapshot of SNAPSHOTS) {
        const heavy = views.get(snapshot)!.filter((doc) => doc.type === 'prompt' && (doc.record.sensitive || doc.record.depth >= 3))
        t.ok(
          heavy.length > 40 && heavy.every((doc) => forbidden.hidden.get(snapshot)!.has(doc.id)),
          `${heavy.length} sensitive or deep prompts forbidden at ${snapshot}`,
        )
      }
    })

    t.test('the changes make pinning matter', async (t) => {
      const [k1, k2] = keys.map((key) => key.forbidden)
      t.ok(
        k1!.visible.get(1)!.has(`prompt:${release2.moved.outOfK1}`) && k1!.hidden.get(2)!.has(`prompt:${release2.moved.outOfK1}`),
        'K1: a prompt moved out in release 2',
      )
      t.ok(k1!.hidden.get(1)!.has(`prompt:${release2.moved.intoK1}`) && k1!.visible.get(2)!.has(`prompt:${release2.moved.intoK1}`), 'K1: a prompt moved in')
      t.ok(k2!.visible.get(1)!.has(`prompt:${release2.moved.outOfK2}`) && k2!.hidden.get(2)!.has(`prompt:${release2.moved.outOfK2}`), 'K2: a prompt moved out')
      t.ok(k2!.hidden.get(1)!.has(`prompt:${release2.moved.intoK2}`) && k2!.visible.get(2)!.has(`prompt:${release2.moved.intoK2}`), 'K2: a prompt moved in')
      t.ok(k1!.hidden.get('draft')!.has(`prompt:${drafts.k1}`) && k1!.visible.get(2)!.has(`prompt:${drafts.k1}`), 'K1: a draft moves a prompt out')
      t.ok(k1!.visible.get('draft')!.has(`prompt:${drafts.intoK1}`) && k1!.hidden.get(2)!.has(`prompt:${drafts.intoK1}`), 'K1: a draft moves a prompt in')
      t.ok(k2!.hidden.get('draft')!.has(`prompt:${drafts.k2}`), 'K2: a draft moves a prompt out')
      for (const key of keys) {
        t.ok(key.forbidden.everywhere.has(release2.formerSlug), `${key.name}: the renamed prompt's former slug is forbidden`)
        t.ok(key.forbidden.everywhere.has(`prompt:${drafts.created}`), `${key.name}: the new draft is forbidden`)
        t.ok(
          key.forbidden.texts.size > 50,
          `${key.name}: ${key.forbidden.texts.size} forbidden texts, ${key.forbidden.everywhere.size} names forbidden in every snapshot`,
        )
      }
    })

    t.test('the scanner finds what an unrestricted key is shown', async (t) => {
      for (const key of keys) {
        const hidden = views
          .get(2)!
          .filter(
            (doc) =>
              doc.type === 'prompt' &&
              key.forbidden.hidden.get(2)!.has(doc.id) &&
              !key.forbidden.visible.get(1)!.has(doc.id) &&
              !key.forbidden.visible.get('draft')!.has(doc.id),
          )
        const doc = hidden[hidden.length >> 1]!
        const answer = await app.inject({ url: `/v1/prompts/${doc.slug}`, headers: full })
        t.ok(
          key.forbidden.scan(responseTexts(answer.headers, answer.payload), 2, '/v1/prompts/x').length > 0,
          `${key.name}: ${doc.id} read without the policy is flagged`,
        )
        const snippet = JSON.stringify({ data: [{ snippet: `<mark>${String(doc.record.text).split(' ').slice(0, 8).join('</mark> ')}` }] })
        t.ok(key.forbidden.scan(responseTexts({}, snippet), 1, '/v1/search').length > 0, `${key.name}: a search snippet of its text is flagged`)
        const named = JSON.stringify({ followUps: [doc.slug], href: `/v1/documents/${doc.id}/versions/1` })
        t.ok(key.forbidden.scan(responseTexts({}, named), 2, '/v1/prompts').length >= 2, `${key.name}: its slug and id are flagged`)
      }
    })

    let requests = 0
    let scanning = 0
    let unavailable = 0
    const leaks: string[] = []
    const failures: string[] = []
    const checked = new Set<string>()
    const statuses: Record<string, number> = {}

    /** One request by a restricted key; its headers and body are scanned for anything forbidden. */
    const send = async (
      key: (typeof keys)[number],
      method: string,
      url: string,
      snapshot: Snapshot | null,
      payload?: unknown,
      extra: Record<string, string> = {},
    ) => {
      const response = await app.inject({ method: method as 'GET', url, headers: { ...headersOf.get(key.name), ...extra }, payload: payload as never })
      requests++
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1
      const request = `${url} ${payload === undefined ? '' : JSON.stringify(payload)}`
      // A 503 with Retry-After is the database answering too slowly on a loaded machine (the outage
      // suite covers it); counted and scanned, and any other 5xx is a finding.
      if (response.statusCode === 503 && response.headers['retry-after']) unavailable++
      else if (response.statusCode >= 500) failures.push(`${key.name} ${method} ${request} -> ${response.statusCode} ${response.payload.slice(0, 200)}`)
      const scanStarted = performance.now()
      const found = key.forbidden.scan(responseTexts(response.headers, response.payload), snapshot, request)
      scanning += performance.now() - scanStarted
      for (const leak of found) leaks.push(`${key.name} ${method} ${request.slice(0, 160)}: ${leak}`)
      return response
    }
    /** A list, every page of it. */
    const sendAll = async (key: (typeof keys)[number], url: string, snapshot: Snapshot | null) => {
      const items: Json[] = []
      let next = join2(url, 'limit=100')
      for (let page = 0; page < 20; page++) {
        const response = await send(key, 'GET', next, snapshot)
        if (response.statusCode !== 200) return items
        const body = response.json()
        items.push(...(body.data ?? []))
        if (!body.page?.nextCursor) return items
        next = join2(url, `limit=100&cursor=${body.page.nextCursor}`)
      }
      return items
    }

    const slugsOf = (type: string) => {
      const names = new Set<string>()
      for (const docs of views.values()) {
        for (const doc of docs) {
          if (doc.type !== type) continue
          names.add(doc.slug)
          for (const former of doc.record.formerIds ?? []) names.add(String(former).slice(type.length + 1))
        }
      }
      return [...names]
    }

    /**
     * Slugs read one by one over REST: at the current release half the slugs and former slugs the key
     * may not read and one in nine of the rest; at the pinned release and in the drafts, those whose
     * answer differs from the current release's, and a sample. GraphQL reads every one of them everywhere.
     */
    const restSlugs = (key: (typeof keys)[number], type: string, snapshot: Snapshot) => {
      const answer = (snap: Snapshot, slug: string) => {
        const doc = views.get(snap)!.find((item) => item.type === type && (item.slug === slug || (item.record.formerIds ?? []).includes(`${type}:${slug}`)))
        return doc && key.forbidden.visible.get(snap)!.has(doc.id) ? doc.id : null
      }
      return slugsOf(type).filter((slug, index) => {
        const here = answer(snapshot, slug)
        if (snapshot === 2) return (here === null && index % 2 === 0) || index % 9 === 0 || here !== answer(1, slug)
        return here !== answer(2, slug) || index % 17 === 0
      })
    }
    /**
     * Over GraphQL (up to 25 a request): at the current release every slug and former slug the key may
     * not read, and a third of the rest; elsewhere those whose answer differs, and a quarter.
     */
    const graphqlSlugs = (key: (typeof keys)[number], type: string, snapshot: Snapshot) => {
      if (snapshot === 2) {
        const visible = key.forbidden.visible.get(2)!
        const named = new Set(
          views
            .get(2)!
            .filter((doc) => doc.type === type && visible.has(doc.id))
            .flatMap((doc) => [doc.slug, ...(doc.record.formerIds ?? []).map((id: string) => id.slice(type.length + 1))]),
        )
        return slugsOf(type).filter((slug, index) => !named.has(slug) || index % 3 === 0)
      }
      const rest = new Set(restSlugs(key, type, snapshot))
      return slugsOf(type).filter((slug, index) => rest.has(slug) || index % 4 === 0)
    }

    const crawled = new Set<string>()
    const pool = async <T>(items: T[], run: (item: T) => Promise<void>) => {
      let next = 0
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < items.length) await run(items[next++] as T)
        }),
      )
    }

    for (const key of keys) {
      t.test(`REST, driven by the OpenAPI document: ${key.name}`, async (t) => {
        const jobs: (() => Promise<unknown>)[] = []
        for (const operation of operations) {
          const id = `${operation.method} ${operation.path}`
          const params = operation.parameters.filter((parameter) => parameter.in === 'query')
          const takesRelease = params.some((parameter) => parameter.name === 'release')
          const isList = params.some((parameter) => parameter.name === 'cursor')
          const pathParams = operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)
          if (operation.path.startsWith('/v1/admin/') || !operation.path.startsWith('/v1/')) {
            // Not a content read: refused, or a probe; the answer is scanned all the same.
            jobs.push(() =>
              send(key, operation.method, operation.path.replace(/\{[^}]+\}/g, 'prompt:' + release2.formerSlug), null, operation.body ? {} : undefined),
            )
            crawled.add(id)
            continue
          }
          for (const snapshot of takesRelease ? SNAPSHOTS : [null]) {
            const pin = snapshot === null ? '' : releaseQuery(snapshot)
            if (operation.path === '/v1/events') {
              jobs.push(async () => {
                const response = await app.inject({ url: '/v1/events', headers: { ...headersOf.get(key.name), 'last-event-id': '0' }, payloadAsStream: true })
                const chunks: Buffer[] = []
                const stream = response.stream()
                // The replay (then a moment for the rest of it), or 15 s on a loaded machine.
                await new Promise<void>((resolve) => {
                  const finish = () => {
                    clearTimeout(timer)
                    stream.destroy()
                    resolve()
                  }
                  const timer = setTimeout(finish, 15_000)
                  stream.on('data', (chunk: Buffer) => {
                    chunks.push(chunk)
                    if (
                      (
                        Buffer.concat(chunks)
                          .toString('utf8')
                          .match(/^event: release\.published$/gm) ?? []
                      ).length >= 1
                    ) {
                      setTimeout(finish, 300)
                    }
                  })
                })
                requests++
                const body = Buffer.concat(chunks).toString('utf8')
                t.match(body, /release\.published/, 'the event stream replays the releases')
                for (const leak of key.forbidden.scan(responseTexts(response.headers, body), null, '/v1/events')) {
                  leaks.push(`${key.name} GET /v1/events: ${leak}`)
                }
              })
            } else if (pathParams.includes('slug')) {
              const type = operation.path.split('/')[2]!.replace(/ies$/, 'y').replace(/s$/, '')
              for (const slug of restSlugs(key, type, snapshot as Snapshot)) {
                jobs.push(async () => {
                  const response = await send(key, 'GET', join2(operation.path.replace('{slug}', slug), pin), snapshot)
                  const document = views
                    .get(snapshot as Snapshot)!
                    .find((doc) => doc.type === type && (doc.slug === slug || (doc.record.formerIds ?? []).includes(`${type}:${slug}`)))
                  const visible = document !== undefined && key.forbidden.visible.get(snapshot as Snapshot)!.has(document.id)
                  // A former slug of a document the key may read redirects to it; anything else it may not read is a plain 404.
                  const expected = !visible ? 404 : document.slug === slug ? 200 : 308
                  if (response.statusCode !== expected) {
                    failures.push(`${key.name} ${operation.path} ${slug} at ${snapshot}: ${response.statusCode}, expected ${expected}`)
                  }
                  if (expected === 308 && !String(response.headers.location).includes(`/${document!.slug}`)) {
                    failures.push(`${key.name} ${slug} redirects to ${response.headers.location}`)
                  }
                  if (visible) checked.add(document.id)
                })
              }
            } else if (operation.path === '/v1/documents/{id}/versions/{version}') {
              const versions = new Set<string>()
              for (const snap of [1, 2] as Snapshot[]) for (const doc of views.get(snap)!) versions.add(`${doc.id}@${doc.record.version}`)
              for (const [index, version] of [...versions].entries()) {
                const [docId, number] = version.split('@') as [string, string]
                if (index % 8 !== 0 && [1, 2].some((snap) => key.forbidden.visible.get(snap)!.has(docId))) continue
                jobs.push(async () => {
                  const response = await send(key, 'GET', `/v1/documents/${docId}/versions/${number}`, null)
                  const allowedSomewhere = [1, 2].some(
                    (snap) =>
                      key.forbidden.visible.get(snap)!.has(docId) && views.get(snap)!.some((doc) => doc.id === docId && String(doc.record.version) === number),
                  )
                  if (allowedSomewhere !== (response.statusCode === 200)) failures.push(`${key.name} version ${version}: ${response.statusCode}`)
                })
              }
            } else if (operation.path === '/v1/releases/{from}/diff/{to}') {
              for (const [from, to] of [
                [1, 1],
                [1, 2],
                [2, 1],
                [2, 2],
              ]) {
                for (const type of ['', ...(resolve(params.find((p) => p.name === 'type')?.schema ?? {}).enum ?? [])]) {
                  jobs.push(() => send(key, 'GET', join2(`/v1/releases/${from}/diff/${to}`, type ? `type=${type}` : ''), null))
                }
              }
            } else if (operation.path === '/v1/releases/{id}') {
              for (const release of [1, 2]) jobs.push(() => send(key, 'GET', `/v1/releases/${release}`, null))
            } else if (operation.method === 'POST' && operation.path === '/v1/conversation-plans') {
              const schema = resolve(operation.body!)
              for (const goalOrTopic of sample(
                [...(schema.properties.goal.enum as string[]).map((goal) => ({ goal })), ...topics.map((topic) => ({ topic }))],
                snapshot,
              )) {
                for (const age of [6, 16]) {
                  for (const setting of ['meal']) {
                    jobs.push(() =>
                      send(key, 'POST', join2(operation.path, pin), snapshot, {
                        age,
                        setting,
                        minutes: 60,
                        maxDepth: 3,
                        ...(age === 6 ? { excludeSensitive: false } : { includeSensitive: true }),
                        ...goalOrTopic,
                        seed: `${age}${setting}`,
                      }),
                    )
                  }
                }
              }
            } else if (operation.method === 'POST' && operation.path === '/v1/recommendations') {
              const schema = resolve(operation.body!)
              const interests = schema.properties.interests.items.enum as string[]
              for (const [index, topic] of sample(topics, snapshot).entries()) {
                for (const age of [5, 15]) {
                  jobs.push(() =>
                    send(key, 'POST', join2(operation.path, pin), snapshot, {
                      age,
                      topics: [topic],
                      interests: interests.slice(index * 2, index * 2 + 3),
                      limit: 20,
                    }),
                  )
                }
              }
              for (const interest of sample(interests, snapshot)) {
                jobs.push(() => send(key, 'POST', join2(operation.path, pin), snapshot, { age: 10, interests: [interest], limit: 20 }))
              }
            } else if (operation.method === 'GET' && pathParams.length === 0) {
              // Lists and the other reads: bare, then each filter value on its own, every page.
              const paged = (query: string) =>
                isList ? sendAll(key, join2(operation.path, query), snapshot) : send(key, 'GET', join2(operation.path, query), snapshot)
              const required = params.filter((parameter) => parameter.required)
              const base = required.map((parameter) => `${parameter.name}=${encodeURIComponent(parameterValues(parameter, topics)[0] ?? '0')}`)
              if (operation.path === '/v1/search') {
                // Words of what is hidden, and of what is not.
                const hiddenWords = [...key.forbidden.textWindows.keys()]
                  .filter((_, index) => index % 97 === 0)
                  .slice(0, 12)
                  .map((window) => window.split(' ').slice(0, 3).join(' '))
                for (const q of sample([...SEARCH_TERMS, ...hiddenWords], snapshot)) {
                  jobs.push(() => paged([`q=${encodeURIComponent(q)}`, pin].filter(Boolean).join('&')))
                }
              }
              if (operation.path === '/v1/prompts/daily') {
                for (const date of sample(DATES, snapshot)) {
                  for (const seed of ['', 'x']) jobs.push(() => paged([`date=${date}`, seed && `seed=${seed}`, pin].filter(Boolean).join('&')))
                }
              }
              if (operation.path === '/v1/changes') {
                for (const since of [0, 1]) jobs.push(() => paged(`since=${since}`))
              }
              jobs.push(async () => {
                const items = await paged([...base, pin].filter(Boolean).join('&'))
                // The unfiltered list holds exactly what the policy allows.
                if (
                  isList &&
                  snapshot !== null &&
                  Array.isArray(items) &&
                  ['/v1/topics', '/v1/faqs', '/v1/prompts', '/v1/activities'].includes(operation.path)
                ) {
                  const type = operation.path.split('/')[2]!.replace(/ies$/, 'y').replace(/s$/, '')
                  const expected = views
                    .get(snapshot)!
                    .filter((doc) => doc.type === type && key.forbidden.visible.get(snapshot)!.has(doc.id) && !leftOutOfLists(doc))
                    .map((doc) => doc.id)
                    .sort()
                  t.same(
                    items.map((item) => item.id).sort(),
                    expected,
                    `${operation.path} at ${snapshot} lists exactly what the policy allows (${expected.length})`,
                  )
                  for (const id of expected) checked.add(id)
                }
              })
              for (const parameter of params) {
                if (['release', 'limit', 'cursor'].includes(parameter.name) || parameter.required) continue
                for (const value of sample(parameterValues(parameter, topics), snapshot)) {
                  jobs.push(() => paged([...base, `${parameter.name}=${encodeURIComponent(value)}`, pin].filter(Boolean).join('&')))
                }
              }
              // Widening filters together.
              if (operation.path === '/v1/prompts' || operation.path === '/v1/prompts/daily') {
                for (const topic of sample(topics, snapshot)) {
                  jobs.push(() => paged([`topic=${topic}`, 'depth=3', 'includeSensitive=true', 'age=16', pin].filter(Boolean).join('&')))
                  jobs.push(() => paged([`topic=${topic}`, 'excludeSensitive=false', 'setting=activity', pin].filter(Boolean).join('&')))
                }
              }
            } else {
              failures.push(`${id}: the crawl does not know how to read this route yet`)
            }
            crawled.add(id)
          }
        }
        await pool(jobs, (job) => job().then(() => undefined))
        t.same(
          operations.map((operation) => `${operation.method} ${operation.path}`).filter((id) => !crawled.has(id)),
          [],
          'every OpenAPI operation was crawled',
        )
      })

      t.test(`GraphQL, driven by the schema, with aliases: ${key.name}`, async (t) => {
        const schema = (app as unknown as { graphql: { schema: GraphQLSchema } }).graphql.schema
        const gqlErrors: Record<string, number> = {}
        const gql = async (query: string, snapshot: Snapshot | null) => {
          const response = await send(key, 'POST', '/graphql', snapshot, { query })
          for (const error of response.json().errors ?? []) {
            const code = String(error.extensions?.code)
            gqlErrors[code] = (gqlErrors[code] ?? 0) + 1
            if (!/_NOT_FOUND$|^NO_[A-Z_]+_MATCHES$|^FORBIDDEN$/.test(code)) {
              failures.push(`${key.name} GraphQL ${code}: ${error.message} in ${query.slice(0, 200)}`)
            }
          }
          return response
        }
        const selection = (type: GraphQLNamedType, depth: number): string => {
          if (isLeafType(type)) return ''
          const objects: GraphQLObjectType[] = isAbstractType(type) ? [...schema.getPossibleTypes(type)] : isObjectType(type) ? [type] : []
          const fields = (object: GraphQLObjectType) =>
            Object.values(object.getFields())
              .filter((field) => !field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined))
              .map((field) => {
                const named = getNamedType(field.type)
                if (isLeafType(named)) return field.name
                if (depth <= 0) return ''
                return `${field.name} { ${selection(named, depth - 1) || '__typename'} }`
              })
              .filter(Boolean)
              .join(' ')
          if (isAbstractType(type)) return `__typename ${objects.map((object) => `... on ${object.name} { ${fields(object)} }`).join(' ')}`
          return fields(objects[0]!)
        }
        const query = schema.getQueryType()!.getFields()
        const sel = (field: string, depth = 1) => selection(getNamedType(query[field]!.type), depth)
        const literal = (value: unknown): string =>
          Array.isArray(value)
            ? `[${value.map(literal).join(', ')}]`
            : value && typeof value === 'object'
              ? `{ ${Object.entries(value)
                  .map(([name, item]) => `${name}: ${literal(item)}`)
                  .join(', ')} }`
              : JSON.stringify(value)
        const releaseArg = (snapshot: Snapshot) => (snapshot === 2 ? '' : `release: ${JSON.stringify(snapshot)}`)
        const args = (...parts: string[]) => (parts.filter(Boolean).length ? `(${parts.filter(Boolean).join(', ')})` : '')
        const covered = new Set<string>()
        const jobs: (() => Promise<unknown>)[] = []
        // As many aliases as the server's query limits allow, measured by its own rule on the list's first call.
        const withinLimits = (calls: string[]) =>
          validate(schema, parse(`{ ${calls.map((call, index) => `a${index}: ${call}`).join(' ')} }`), [queryLimitsRule(defaultLimits)]).length === 0
        const aliased = (calls: string[], snapshot: Snapshot | null) => {
          if (calls.length === 0) return
          const size = [25, 16, 8, 4, 2, 1].find((count) => withinLimits(Array.from({ length: count }, () => calls[0]!))) ?? 1
          for (let i = 0; i < calls.length; i += size) {
            const query = `{ ${calls
              .slice(i, i + size)
              .map((call, index) => `a${index}: ${call}`)
              .join(' ')} }`
            jobs.push(() => gql(query, snapshot))
          }
        }
        /** The largest page a field can be asked for within the limits. */
        const page = (make: (first: number) => string) => make([100, 40, 20, 10, 5].find((first) => withinLimits([make(first)])) ?? 1)
        /** Filter input values from the REST parameters of the same name. */
        const filterValues = (inputName: string, restPath: string) => {
          const input = schema.getType(inputName)
          if (!isInputObjectType(input)) return []
          const rest = operations.find((operation) => operation.method === 'GET' && operation.path === restPath)!.parameters
          return Object.values(input.getFields()).flatMap((field) => {
            const parameter = rest.find((item) => item.name === field.name)
            const named = getNamedType(field.type).name
            return (parameter ? parameterValues(parameter, topics) : []).map((value) => {
              const typed = named === 'Int' ? Number(value) : named === 'Boolean' ? value === 'true' : value
              // Deep prompts are served only to a caller who asks for them: widen rather than be refused.
              const asks = field.name === 'depth' && typed === 3 ? { includeSensitive: true } : {}
              return { [field.name]: isListType(isNonNullType(field.type) ? field.type.ofType : field.type) ? [typed] : typed, ...asks }
            })
          })
        }
        const connection = (field: string, inputName: string | null, restPath: string) => {
          covered.add(field)
          for (const snapshot of SNAPSHOTS) {
            const filters = [null, ...sample(inputName ? filterValues(inputName, restPath) : [], snapshot)]
            // Nodes with their relations (follow-ups, activities' prompts...), in pages as large as the limits allow.
            const first = [40, 20, 10, 5].find((size) => withinLimits([`${field}(first: ${size}) { ${sel(field, 2)} }`])) ?? 1
            jobs.push(async () => {
              let after: string | null = null
              for (let page = 0; page < 100; page++) {
                const response = await gql(
                  `{ ${field}${args(releaseArg(snapshot), `first: ${first}`, after ? `after: ${JSON.stringify(after)}` : '')} { ${sel(field, 2)} } }`,
                  snapshot,
                )
                const data = response.json().data?.[field]
                after = data?.pageInfo?.hasNextPage ? data.pageInfo.endCursor : null
                if (!after) return
              }
            })
            aliased(
              filters
                .filter(Boolean)
                .map((filter) => `${field}${args(releaseArg(snapshot), `first: ${first}`, `filter: ${literal(filter)}`)} { ${sel(field, 2)} }`),
              snapshot,
            )
          }
        }
        connection('topics', 'TopicFilter', '/v1/topics')
        connection('prompts', 'PromptFilter', '/v1/prompts')
        connection('activities', 'ActivityFilter', '/v1/activities')
        connection('faqs', null, '/v1/faqs')
        for (const snapshot of SNAPSHOTS) {
          aliased(
            topics.map((topic) => `faqs${args(releaseArg(snapshot), `topic: ${JSON.stringify(topic)}`)} { ${sel('faqs', 2)} }`),
            snapshot,
          )
        }
        for (const [field, type] of [
          ['topic', 'topic'],
          ['faq', 'faq'],
          ['prompt', 'prompt'],
          ['activity', 'activity'],
        ] as const) {
          covered.add(field)
          for (const snapshot of SNAPSHOTS) {
            aliased(
              graphqlSlugs(key, type, snapshot).map((slug) => `${field}${args(`slug: ${JSON.stringify(slug)}`, releaseArg(snapshot))} { ${sel(field)} }`),
              snapshot,
            )
          }
        }
        for (const snapshot of SNAPSHOTS) {
          covered.add('guide').add('dailyPrompt').add('conversationPlan').add('recommendations').add('search')
          // Crisis resources: every key reads them (its policy's region only).
          covered.add('resources').add('resource')
          aliased(
            [
              `resources${args(releaseArg(snapshot))} { ${sel('resources', 2)} }`,
              `resource${args('slug: "988-lifeline"', releaseArg(snapshot))} { ${sel('resource', 2)} }`,
            ],
            snapshot,
          )
          aliased([`guide${args(releaseArg(snapshot))} { ${sel('guide', 2)} }`], snapshot)
          aliased(
            sample(DATES, snapshot).map(
              (date) =>
                `dailyPrompt${args(releaseArg(snapshot), `date: "${date}"`, 'filter: { depth: 3, excludeSensitive: false }')} { ${sel('dailyPrompt', 2)} }`,
            ),
            snapshot,
          )
          aliased(
            sample(topics, snapshot).flatMap((topic) =>
              [6, 16].map(
                (age) =>
                  `conversationPlan${args(releaseArg(snapshot), `input: ${literal({ age, topic, setting: 'meal', minutes: 60, maxDepth: 3, excludeSensitive: false })}`)} { ${sel('conversationPlan', 2)} }`,
              ),
            ),
            snapshot,
          )
          aliased(
            sample(topics, snapshot).flatMap((topic) =>
              [5, 15].map(
                (age) =>
                  `recommendations${args(releaseArg(snapshot), `profile: ${literal({ age, topics: [topic], limit: 20, includeSensitive: age === 15 })}`)} { ${sel('recommendations', 2)} }`,
              ),
            ),
            snapshot,
          )
          aliased(
            sample(SEARCH_TERMS, snapshot).map((q) =>
              page((first) => `search${args(`q: ${JSON.stringify(q)}`, releaseArg(snapshot), `first: ${first}`)} { ${sel('search', 2)} }`),
            ),
            snapshot,
          )
        }
        covered.add('currentRelease').add('releases').add('release').add('releaseDiff').add('documentVersion').add('changes')
        aliased(
          [
            `currentRelease { ${sel('currentRelease')} }`,
            page((first) => `releases(first: ${first}) { ${sel('releases', 2)} }`),
            `release(id: 1) { ${sel('release')} }`,
            `release(id: 2) { ${sel('release')} }`,
          ],
          null,
        )
        aliased(
          [
            [1, 2],
            [2, 1],
            [1, 1],
            [2, 2],
          ].map(([from, to]) => `releaseDiff(from: ${from}, to: ${to}) { ${sel('releaseDiff', 2)} }`),
          null,
        )
        aliased(
          [0, 1].map((since) => page((first) => `changes(since: ${since}, first: ${first}) { ${sel('changes', 2)} }`)),
          null,
        )
        const versions = new Set<string>()
        for (const snap of [1, 2] as Snapshot[]) {
          for (const doc of views.get(snap)!) {
            if (doc.type === 'prompt' || doc.type === 'activity') {
              versions.add(`documentVersion(id: ${JSON.stringify(doc.id)}, version: ${doc.record.version}) { ${sel('documentVersion', 2)} }`)
            }
          }
        }
        aliased([...versions], null)
        // The rest need another scope: refused, and scanned like every answer.
        for (const field of Object.keys(query).filter((name) => !covered.has(name))) {
          const required = query[field]!.args.filter((arg) => isNonNullType(arg.type)).map(
            (arg) => `${arg.name}: ${getNamedType(arg.type).name === 'Int' ? 1 : JSON.stringify(`prompt:${release2.formerSlug}`)}`,
          )
          jobs.push(async () => {
            const response = await gql(`{ ${field}${args(...required)} { __typename } }`, null)
            t.equal(response.json().errors?.[0]?.extensions?.code, 'FORBIDDEN', `${field} needs another scope`)
          })
        }
        t.same(
          Object.keys(query)
            .filter((name) => !covered.has(name))
            .sort(),
          [
            'auditLog',
            'documentDiff',
            'documentHistory',
            'editorialDocument',
            'editorialDocuments',
            'schedule',
            'schedules',
            'webhook',
            'webhookDeliveries',
            'webhooks',
          ],
          'every content Query field is crawled',
        )
        await pool(jobs, (job) => job().then(() => undefined))
        t.comment(`GraphQL errors by code: ${JSON.stringify(gqlErrors)}`)
      })
    }

    t.test('nothing forbidden reached a restricted key', async (t) => {
      t.same(failures.slice(0, 20), [], `no 5xx, and single reads answer as the policy says (${failures.length} problems)`)
      t.same(leaks.slice(0, 30), [], `no forbidden id, slug or text in any answer (${leaks.length} leaks)`)
      const names = keys.reduce((sum, key) => sum + new Set([...key.forbidden.perSnapshot.values()].flatMap((set) => [...set])).size, 0)
      t.comment(
        `${requests} requests by ${keys.length} restricted keys on ${driver} in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(statuses)}; ${(scanning / 1000).toFixed(1)} s scanning; ${unavailable} answered 503 (busy database)`,
      )
      t.comment(
        `forbidden: ${names} names (ids, slugs, former slugs), ${keys.reduce((sum, key) => sum + key.forbidden.texts.size, 0)} texts; ${checked.size} visible documents read back`,
      )
    })
  })
}

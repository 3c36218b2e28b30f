import { readFile } from 'node:fs/promises'
import t from 'tap'
import { Webhook } from 'standardwebhooks'
import { contentDocument, hashContent, loadContent, type ContentDocument } from '../../src/content/load-content.js'
import { activityType, promptType } from '../../src/content/types/index.js'
import { build, drivers } from '../helpers/build.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'
import { receiver, webhookTestEnv } from '../helpers/receiver.js'

type Json = Record<string, any>
interface Retired {
  successor: string
  body: Json
}

// The prompts and activities merged away in December 2026, as they were published before: each must
// answer 308 to the item that kept its place, and leave the change feed and webhooks as a removal.
const fixture = JSON.parse(await readFile(new URL('fixtures/retired-2026-12.json', import.meta.url), 'utf8')) as { prompts: Retired[]; activities: Retired[] }
const retired = [...fixture.prompts.map((item) => ({ ...item, type: 'prompt' as const })), ...fixture.activities.map((item) => ({ ...item, type: 'activity' as const }))]
const path = (type: 'prompt' | 'activity') => (type === 'prompt' ? 'prompts' : 'activities')

const env = webhookTestEnv

/** The bundled content as it was before the merge: the retired items back, their successors without their ids. */
function beforeTheMerge(docs: ContentDocument[]): ContentDocument[] {
  const moved = new Set(retired.flatMap(({ type, body }) => [`${type}:${body.slug}`, ...((body.formerIds as string[]) ?? [])]))
  const successors = new Set(retired.map(({ type, successor }) => `${type}:${successor}`))
  const kept = docs.map((doc) => {
    if (!successors.has(doc.id)) return doc
    const body = { ...doc.body, formerIds: (doc.body.formerIds as string[]).filter((id) => !moved.has(id)) }
    return { ...doc, body, contentHash: hashContent(body) }
  })
  const back = retired.map(({ type, body }, index) =>
    type === 'prompt' ? contentDocument(promptType, body.slug, body as never, 10_000 + index) : contentDocument(activityType, body.slug, body as never, 10_000 + index),
  )
  return [...kept, ...back]
}

t.test('the fixture names every retired item once, and each successor is in the bundled content and lists it', async (t) => {
  const docs = await loadContent()
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  t.equal(retired.length, 23, '19 prompts and 4 activities')
  for (const { type, body, successor } of retired) {
    t.notOk(byId.has(`${type}:${body.slug}`), `${body.slug} is no longer served as itself`)
    const kept = byId.get(`${type}:${successor}`)
    t.ok(kept, `${successor} exists`)
    t.ok((kept!.body.formerIds as string[]).includes(`${type}:${body.slug}`), `${successor} lists ${body.slug}`)
    for (const formerId of (body.formerIds as string[]) ?? []) t.ok((kept!.body.formerIds as string[]).includes(formerId), `${successor} keeps ${formerId}`)
  }
})

for (const driver of drivers) {
  t.test(`retired items on ${driver}`, async (t) => {
    const app = await build(t, driver, { env })
    const docs = await loadContent()
    const admin = bearer(await createKey(app, { name: 'Editor', scopes: ['webhooks:admin', 'content:publish'] }))
    const reader = bearer(await createKey(app, { name: 'Portal' }))
    const before = await app.services.publishing.importContent(beforeTheMerge(docs), 'before the December merge')
    t.ok(before.releaseCreated)

    const inbox = await receiver(t)
    const hook = await app.inject({ method: 'POST', url: '/v1/admin/webhooks', headers: admin, payload: { url: inbox.url, eventTypes: ['release.published'] } })
    t.equal(hook.statusCode, 201, hook.body)
    const after = await app.services.publishing.importContent(docs, 'the December merge')
    t.ok(after.releaseCreated)

    t.test('a webhook tells a subscriber that 23 items left, and the change feed names each as removed', async (t) => {
      await inbox.waitFor(1)
      const event = new Webhook(hook.json().secret).verify(inbox.received[0]!.body, inbox.received[0]!.headers as Record<string, string>) as Json
      t.equal(event.type, 'release.published')
      t.equal(event.data.releaseId, after.releaseId)
      t.equal(event.data.counts.removed, retired.length)
      const removed: string[] = []
      let url: string | null = `/v1/changes?since=${before.releaseId}&limit=100`
      while (url) {
        const page: Json = (await app.inject({ url, headers: reader })).json()
        for (const entry of page.data) if (entry.data.change === 'removed') removed.push(entry.data.documentId)
        url = page.page.nextCursor ? `/v1/changes?since=${before.releaseId}&limit=100&cursor=${page.page.nextCursor}` : null
      }
      t.same(removed.sort(), retired.map(({ type, body }) => `${type}:${body.slug}`).sort())
    })

    t.test('each old id answers 308 to its successor on REST and resolves to it on GraphQL; the old release still serves it', async (t) => {
      for (const { type, body, successor } of retired) {
        const moved = await app.inject({ url: `/v1/${path(type)}/${body.slug}`, headers: reader })
        t.equal(moved.statusCode, 308, body.slug)
        t.equal(moved.headers.location, `/v1/${path(type)}/${successor}`)
        const { data } = await graphql(app, `{ ${type}(slug: "${body.slug}") { slug formerIds } }`, undefined, reader)
        t.equal(data?.[type].slug, successor)
        t.ok(data?.[type].formerIds.includes(`${type}:${body.slug}`))
        const pinned = await app.inject({ url: `/v1/${path(type)}/${body.slug}?release=${before.releaseId}`, headers: reader })
        t.equal(pinned.statusCode, 200, `${body.slug} in release ${before.releaseId}`)
        t.equal(pinned.json().slug, body.slug)
      }
    })
  })
}

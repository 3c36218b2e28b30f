import fc from 'fast-check'
import t from 'tap'
import { hashContent, loadContent, type ContentDocument } from '../../src/content/load-content.js'
import { contentWarnings, situations } from '../../src/content/vocabulary.js'
import type { Prompt } from '../../src/prompts/schemas.js'
import { build, drivers } from '../helpers/build.js'
import { fetchAll, fetchAllPrompts } from '../helpers/fetch-all.js'
import { graphqlData } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>
const v2PromptFields = ['contentWarnings', 'situations', 'purpose', 'responseTip', 'safeguardingNote', 'formerIds'] as const

/** A prompt body as published before content model v2: none of the fields added in November 2026. */
function asPublishedBeforeV2(doc: ContentDocument, slug: string): Record<string, unknown> {
  const body: Record<string, unknown> = { ...doc.body, slug }
  for (const field of v2PromptFields) delete body[field]
  return body
}

for (const driver of drivers) {
  t.test(`content model v2 on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const docs = await loadContent()
    const prompts = await fetchAllPrompts<Prompt>(app)

    t.test('every prompt carries the v2 fields; derived ones follow the text and the ages', async (t) => {
      for (const prompt of prompts) {
        if (!prompt.responseTip) t.fail(`${prompt.slug}: depth ${prompt.depth} without a responseTip`)
        if (!prompt.purpose) t.fail(`${prompt.slug}: no purpose`)
        if (prompt.settings.includes('activity') && prompt.settings.length > 1) t.fail(`${prompt.slug}: activity-only with other settings`)
        if (prompt.ageMin <= 4 && !prompt.gradeBands.includes('pre-k')) t.fail(`${prompt.slug}: ages ${prompt.ageMin}+ but no pre-k band`)
        if (prompt.ageMax >= 18 && !prompt.gradeBands.includes('adult')) t.fail(`${prompt.slug}: adult ages but no adult band`)
        if (!(prompt.readingGrade >= 0 && prompt.readingGrade < 20)) t.fail(`${prompt.slug}: reading grade ${prompt.readingGrade}`)
      }
      t.ok(prompts.some((prompt) => prompt.situations.length > 0), 'some prompts are situational')
      t.ok(prompts.some((prompt) => prompt.settings.includes('activity')), 'some prompts are activity-only')
      const activities = await fetchAll<Json>(app, '/v1/activities')
      for (const activity of activities) {
        t.ok(activity.participants.min >= 2 && activity.participants.max >= activity.participants.min, `${activity.slug}: participants`)
        t.type(activity.remote, 'boolean')
        t.ok(activity.facilitatorNote.length >= 20, `${activity.slug}: facilitator note`)
      }
      t.ok(activities.filter((activity) => activity.remote).length >= 10, 'at least ten activities work at a distance')
      t.ok(activities.some((activity) => activity.recurrence.kind === 'repeated'), 'recurring activities say so')
    })

    t.test('prompt filters: excludeWarnings, situation, purpose, gradeBand, maxReadingGrade', async (t) => {
      // Lists leave out sensitive and activity-only prompts unless asked: compare with every everyday prompt.
      const everyday = prompts.filter((prompt) => !(prompt.settings.length === 1 && prompt.settings[0] === 'activity'))
      const grief = await fetchAll<Prompt>(app, '/v1/prompts?excludeWarnings=grief-and-loss,romance&includeSensitive=true')
      t.ok(grief.length > 0 && grief.length < everyday.length)
      t.notOk(grief.some((prompt) => prompt.contentWarnings.includes('grief-and-loss') || prompt.contentWarnings.includes('romance')))
      t.same(
        grief.map((prompt) => prompt.slug),
        everyday.filter((prompt) => !prompt.contentWarnings.some((w) => w === 'grief-and-loss' || w === 'romance')).map((prompt) => prompt.slug),
      )
      const apart = await fetchAll<Prompt>(app, '/v1/prompts?situation=parents-living-apart')
      t.ok(apart.length > 0)
      t.ok(apart.every((prompt) => prompt.situations.includes('parents-living-apart')))
      const repair = await fetchAll<Prompt>(app, '/v1/prompts?purpose=repair')
      t.ok(repair.length > 0 && repair.every((prompt) => prompt.purpose === 'repair'))
      const middle = await fetchAll<Prompt>(app, '/v1/prompts?gradeBand=6-8&includeSensitive=true')
      t.same(middle.map((p) => p.slug), everyday.filter((p) => p.ageMin <= 13 && p.ageMax >= 11).map((p) => p.slug))
      const easy = await fetchAll<Prompt>(app, '/v1/prompts?maxReadingGrade=3')
      t.ok(easy.length > 0 && easy.every((prompt) => prompt.readingGrade <= 3))

      for (const url of [
        '/v1/prompts?excludeWarnings=gossip',
        '/v1/prompts?excludeWarnings=romance,romance',
        '/v1/prompts?excludeWarnings=',
        '/v1/prompts?situation=on-the-moon',
        '/v1/prompts?purpose=fun',
        '/v1/prompts?gradeBand=13',
        '/v1/prompts?maxReadingGrade=2.5',
        '/v1/activities?participants=1',
        '/v1/activities?remote=yes',
        '/v1/activities?accessibility=none',
      ]) {
        const response = await app.inject(url)
        t.equal(response.statusCode, 400, url)
        t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8', url)
      }
    })

    t.test('activity filters: remote, accessibility, participants, gradeBand', async (t) => {
      const all = await fetchAll<Json>(app, '/v1/activities')
      const remote = await fetchAll<Json>(app, '/v1/activities?remote=true')
      t.same(remote.map((a) => a.slug), all.filter((a) => a.remote).map((a) => a.slug))
      const inPerson = await fetchAll<Json>(app, '/v1/activities?remote=false')
      t.equal(remote.length + inPerson.length, all.length)
      const calm = await fetchAll<Json>(app, '/v1/activities?accessibility=low-sensory')
      t.ok(calm.length >= 2 && calm.every((a) => a.accessibility.includes('low-sensory')))
      const group = await fetchAll<Json>(app, '/v1/activities?participants=6')
      t.same(group.map((a) => a.slug), all.filter((a) => a.participants.min <= 6 && a.participants.max >= 6).map((a) => a.slug))
      const adult = await fetchAll<Json>(app, '/v1/activities?gradeBand=adult')
      t.ok(adult.length > 0 && adult.every((a) => a.ageMax >= 18))
    })

    t.test('over any 60 days, the daily prompt never serves an activity-only or situational prompt', async (t) => {
      const bySlug = new Map(prompts.map((prompt) => [prompt.slug, prompt]))
      await fc.assert(
        fc.asyncProperty(
          fc.stringMatching(/^[\w.:-]{0,12}$/),
          fc.integer({ min: 0, max: 3000 }),
          fc.option(fc.integer({ min: 3, max: 40 }), { nil: undefined }),
          async (seed, startDay, age) => {
            const start = Date.UTC(2026, 0, 1) + startDay * 86_400_000
            for (let day = 0; day < 60; day++) {
              const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10)
              const query = new URLSearchParams({ date, seed, ...(age === undefined ? {} : { age: String(age) }) })
              const response = await app.inject(`/v1/prompts/daily?${query}`)
              if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode}`)
              const body = response.json()
              const prompt = bySlug.get(body.prompt.slug)!
              if (prompt.settings.includes('activity')) throw new Error(`${query}: activity-only ${prompt.slug}`)
              if (prompt.situations.length > 0) throw new Error(`${query}: situational ${prompt.slug}`)
              for (const followUp of body.prompt.followUpPrompts) {
                if (followUp.situations.length > 0 || followUp.settings.includes('activity')) throw new Error(`${query}: follow-up ${followUp.slug}`)
              }
            }
          },
        ),
        { numRuns: driver === 'pglite' ? 6 : 3 },
      )
      // Asked for, they are served: the activity setting, or a situation.
      const activityDaily = (await app.inject('/v1/prompts/daily?date=2026-11-25&setting=activity')).json()
      t.same(bySlug.get(activityDaily.prompt.slug)!.settings, ['activity'])
      for (const situation of situations) {
        const response = await app.inject(`/v1/prompts/daily?date=2026-11-25&situation=${situation}`)
        if (response.statusCode === 404) continue
        t.ok(response.json().prompt.situations.includes(situation), `daily for ${situation}`)
      }
      const warned = (await app.inject('/v1/prompts/daily?date=2026-11-25&excludeWarnings=' + contentWarnings.join(','))).json()
      t.same(warned.prompt.contentWarnings, [])
    })

    t.test('conversation plans leave out activity-only and situational prompts unless asked, and honour excludeWarnings', async (t) => {
      const planned = (plan: Json) => plan.steps.flatMap((step: Json) => step.prompts.flatMap((item: Json) => [item.prompt, ...item.followUps]))
      for (const goal of ['open-up', 'handle-change', 'share-family-stories', 'reconnect']) {
        for (const age of [5, 12, 16, 30]) {
          const body = { age, goal, setting: 'walk', minutes: 60, excludeSensitive: false, excludeWarnings: ['grief-and-loss', 'conflict'] }
          const plan = (await app.inject({ method: 'POST', url: '/v1/conversation-plans', payload: body })).json()
          for (const prompt of planned(plan)) {
            t.notOk(prompt.settings.includes('activity'), `${goal} ${age}: ${prompt.slug} is activity-only`)
            t.same(prompt.situations, [], `${goal} ${age}: ${prompt.slug} is situational`)
            t.notOk(prompt.contentWarnings.includes('grief-and-loss') || prompt.contentWarnings.includes('conflict'), `${goal} ${age}: ${prompt.slug}`)
          }
        }
      }
      const apart = (
        await app.inject({
          method: 'POST',
          url: '/v1/conversation-plans',
          payload: { age: 10, goal: 'handle-change', setting: 'walk', minutes: 60, excludeSensitive: false, situation: 'parents-living-apart' },
        })
      ).json()
      for (const prompt of planned(apart)) t.ok(prompt.situations.every((s: string) => s === 'parents-living-apart'), prompt.slug)
    })

    t.test('old ids: 308 on REST, the successor on GraphQL, versions exactly as published', async (t) => {
      const successorDoc = docs.find((doc) => doc.type === 'prompt' && (doc.body.formerIds as string[]).length > 0)!
      const formerId = (successorDoc.body.formerIds as string[])[0]!
      const oldSlug = formerId.slice('prompt:'.length)
      const successor = successorDoc.slug

      // What a deployment published before the revision: the old id, without the v2 fields.
      const oldBody = asPublishedBeforeV2(successorDoc, oldSlug)
      const oldDoc: ContentDocument = { ...successorDoc, id: formerId, slug: oldSlug, body: oldBody, contentHash: hashContent(oldBody) }
      const before = await app.services.publishing.importContent([...docs.filter((doc) => doc.id !== successorDoc.id), oldDoc], 'before v2')
      const after = await app.services.publishing.importContent(docs, 'v2')
      t.ok(before.releaseCreated && after.releaseCreated)

      const pinnedOld = await app.inject(`/v1/prompts/${oldSlug}?release=${before.releaseId}`)
      t.equal(pinnedOld.statusCode, 200, 'the old release still serves the old prompt')
      t.equal(pinnedOld.json().slug, oldSlug)
      t.notOk('purpose' in pinnedOld.json(), 'a body published before v2 has no purpose')

      const version = await app.inject(`/v1/documents/${formerId}/versions/1`)
      t.equal(version.statusCode, 200)
      t.same(version.json().content, oldBody, 'the version exactly as published')

      const moved = await app.inject(`/v1/prompts/${oldSlug}`)
      t.equal(moved.statusCode, 308)
      t.equal(moved.headers.location, `/v1/prompts/${successor}`)
      t.same(moved.json(), { id: `prompt:${successor}`, slug: successor, location: `/v1/prompts/${successor}` })
      const pinned = await app.inject(`/v1/prompts/${oldSlug}?release=${after.releaseId}`)
      t.equal(pinned.statusCode, 308)
      t.equal(pinned.headers.location, `/v1/prompts/${successor}?release=${after.releaseId}`, 'the query string is kept')
      const followed = await app.inject(pinned.headers.location as string)
      t.equal(followed.statusCode, 200)
      t.ok(followed.json().formerIds.includes(formerId))

      const data = await graphqlData(app, `{ prompt(slug: "${oldSlug}") { id slug formerIds } }`)
      t.same(data.prompt, { id: `prompt:${successor}`, slug: successor, formerIds: successorDoc.body.formerIds })

      // A key whose policy hides the successor is not told where it went.
      const otherTopics = ['emotional-needs', 'communication', 'boundaries', 'navigating-change', 'legacy', 'mutual-growth', 'emotional-intelligence', 'independence-and-interdependence', 'connection-beyond-shared-experiences'].filter(
        (topic) => !successorDoc.topics.includes(topic),
      )
      const hidden = bearer(await createKey(app, { policy: { topics: otherTopics } }))
      const refused = await app.inject({ url: `/v1/prompts/${oldSlug}`, headers: hidden })
      t.equal(refused.statusCode, 404)
      t.notMatch(refused.payload, successor)
      const refusedGraphql = await app.inject({ method: 'POST', url: '/graphql', headers: hidden, payload: { query: `{ prompt(slug: "${oldSlug}") { slug } }` } })
      t.notMatch(refusedGraphql.payload, successor)

      const activity = docs.find((doc) => doc.type === 'activity' && (doc.body.formerIds as string[]).length > 0)
      if (activity) {
        const oldActivity = (activity.body.formerIds as string[])[0]!.slice('activity:'.length)
        const movedActivity = await app.inject(`/v1/activities/${oldActivity}`)
        t.equal(movedActivity.statusCode, 308)
        t.equal(movedActivity.headers.location, `/v1/activities/${activity.slug}`)
        const graphqlActivity = await graphqlData(app, `{ activity(slug: "${oldActivity}") { slug formerIds } }`)
        t.equal(graphqlActivity.activity.slug, activity.slug)
      }
    })

    t.test('key policies: excludeWarnings and excludeSituational are validated', async (t) => {
      const admin = bearer(await createKey(app, { scopes: ['keys:admin'] }))
      const create = (policy: unknown) =>
        app.inject({ method: 'POST', url: '/v1/admin/keys', headers: admin, payload: { name: 'portal', scopes: ['content:read'], policy } })
      t.equal((await create({ excludeWarnings: ['romance'], excludeSituational: true })).statusCode, 201)
      for (const policy of [{ excludeWarnings: [] }, { excludeWarnings: ['gossip'] }, { excludeWarnings: ['romance', 'romance'] }, { excludeSituational: 'yes' }]) {
        const response = await create(policy)
        t.equal(response.statusCode, 400, JSON.stringify(policy))
      }
    })
  })
}

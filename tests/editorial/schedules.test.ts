// Over 400 lines on purpose: the schedule lifecycle (create, change, cancel, fire, fail, outage, many
// instances) over one set of helpers; split, the helpers would move to a file of their own to be shared.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { and, eq, sql } from 'drizzle-orm'
import fc from 'fast-check'
import pg from 'pg'
import t from 'tap'
import { logEntries } from '../helpers/log.js'
import type { App } from '../../src/app.js'
import { auditLog } from '../../src/db/schema.js'
import { isUnavailable } from '../../src/db/unavailable.js'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>
type Headers = Record<string, string>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString()
/** Waits until a publishAt has passed (on the database's clock too: same machine). */
const until = (publishAt: string) => sleep(Date.parse(publishAt) - Date.now() + 60)

// The tests call runDue themselves; a long poll keeps the background runner out of their way.
const env = { NODE_ENV: 'production', SCHEDULE_POLL_MS: '600000' }

/** An editor's and a publisher's view of one app. */
async function editors(app: App) {
  const writer = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write'] }))
  const publisher = bearer(await createKey(app, { name: 'Ben (publisher)', scopes: ['content:publish'] }))
  const reader = bearer(await createKey(app, { name: 'reader', scopes: ['content:read'] }))
  const call = async (method: string, url: string, headers: Headers, payload?: unknown) =>
    app.inject({ method: method as 'GET', url, headers, ...(payload === undefined ? {} : { payload: payload as object }) })
  const ok = async (method: string, url: string, headers: Headers, payload?: unknown) => {
    const response = await call(method, url, headers, payload)
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.payload}`)
    return response.json() as Json
  }
  /** A new prompt with a draft in the given state. */
  const draft = async (slug: string, state: 'draft' | 'in-review' | 'approved' = 'approved') => {
    const id = `prompt:${slug}`
    await ok('POST', '/v1/admin/documents', writer, { type: 'prompt', content: newPrompt(slug, `What about ${slug.replaceAll('-', ' ')}?`) })
    if (state !== 'draft') await ok('POST', `/v1/admin/documents/${id}/submit`, writer, {})
    if (state === 'approved') await ok('POST', `/v1/admin/documents/${id}/approve`, publisher, {})
    return id
  }
  const schedule = (body: Json) => call('POST', '/v1/admin/releases', publisher, body)
  const getSchedule = async (id: number) => ok('GET', `/v1/admin/schedules/${id}`, writer)
  const releaseCount = async () => (await ok('GET', '/v1/releases?limit=100', reader)).data.length as number
  const prompt = (app2: App, slug: string) => app2.inject({ url: `/v1/prompts/${slug}`, headers: reader })
  return { writer, publisher, reader, call, ok, draft, schedule, getSchedule, releaseCount, prompt }
}

const auditRows = (app: App, action: string, id: number) =>
  app.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.target, `schedule:${id}`)))

/** Cancels whatever is still scheduled, so a later test starts with nothing pending. */
async function cancelPending(app: App) {
  const publisher = { keyId: null, name: 'test clean-up', scopes: new Set(['content:publish'] as const) }
  for (;;) {
    const page = await app.services.schedules.list(publisher, { state: 'scheduled', limit: 100 })
    if (page.items.length === 0) return
    for (const item of page.items) await app.services.schedules.cancel(publisher, item.id, undefined)
  }
}

for (const driver of drivers) {
  t.test(`scheduled releases on ${driver}`, async (t) => {
    // PGlite keeps its data in a folder here, so the app can be stopped and a new one started on the same database.
    const dataDir = driver === 'pglite' ? await mkdtemp(join(tmpdir(), 'bonds-schedules-')) : undefined
    if (dataDir) t.teardown(() => rm(dataDir, { recursive: true, force: true }))
    const origin = await build(t, driver, { env, dataDir })
    // The restart test replaces the app; the tests after it use the new one, which lives as long as this suite.
    const suite = t
    let app = origin
    let e = await editors(app)

    t.test('a schedule waits until it is due, then fires once; the public API serves its release', async (t) => {
      const id = await e.draft('what-did-you-plant-today')
      const publishAt = inMs(1_500)
      const before = await e.releaseCount()
      const created = await e.schedule({ note: 'Garden prompts', documents: [id], publishAt })
      t.equal(created.statusCode, 202, created.payload)
      const schedule = created.json()
      t.equal(created.headers.location, `/v1/admin/schedules/${schedule.id}`)
      t.equal(created.headers.etag, '"s1"')
      t.match(schedule, {
        publishAt,
        documents: [id],
        note: 'Garden prompts',
        state: 'scheduled',
        revision: 1,
        etag: '"s1"',
        releaseId: null,
        error: null,
        attempts: 0,
        createdBy: 'Ben (publisher)',
      })

      t.same(await app.services.schedules.runDue(), [], 'nothing is due yet')
      t.equal((await e.prompt(app, 'what-did-you-plant-today')).statusCode, 404, 'not public before it is due')
      t.equal(await e.releaseCount(), before, 'no release yet')
      const read = await e.call('GET', `/v1/admin/schedules/${schedule.id}`, e.writer)
      t.equal(read.headers.etag, '"s1"', 'a writer reads it, with its ETag')

      await until(publishAt)
      const fired = await app.services.schedules.runDue()
      t.match(fired, [{ id: schedule.id, outcome: 'published' }])
      const done = await e.getSchedule(schedule.id)
      t.match(done, { state: 'published', attempts: 1, revision: 2, etag: '"s2"', releaseId: Number, error: null })
      const live = await e.prompt(app, 'what-did-you-plant-today')
      t.equal(live.statusCode, 200)
      t.equal(live.headers['content-release'], String(done.releaseId), 'served by the scheduled release')
      t.match(await e.ok('GET', `/v1/releases/${done.releaseId}`, e.reader), { source: 'schedule', note: 'Garden prompts', current: true })

      t.same(await app.services.schedules.runDue(), [], 'it does not fire again')
      t.equal(await e.releaseCount(), before + 1, 'exactly one release')
      const audit = await auditRows(app, 'schedule.fire', schedule.id)
      t.equal(audit.length, 1, 'one schedule.fire audit row')
      t.match(audit[0], { keyName: `Ben (publisher) (schedule ${schedule.id})`, keyId: String })
      t.equal((await auditRows(app, 'schedule.create', schedule.id)).length, 1, 'and one schedule.create row')
      const again = await e.call('PATCH', `/v1/admin/schedules/${schedule.id}`, { ...e.publisher, 'if-match': '"s2"' }, { note: 'later' })
      t.equal(again.statusCode, 409, 'a published schedule cannot change')
      t.equal(again.json().code, 'SCHEDULE_NOT_PENDING')
    })

    t.test('what a schedule request must carry', async (t) => {
      const id = await e.draft('what-did-you-notice-today', 'in-review')
      const expectProblem = async (body: Json, status: number, code: string) => {
        const response = await e.schedule(body)
        t.equal(response.statusCode, status, `${JSON.stringify(body)}: ${response.payload}`)
        t.equal(response.json().code, code)
        return response.json()
      }
      await expectProblem({ note: 'x', publishAt: new Date(Date.now() - 60_000).toISOString() }, 422, 'SCHEDULE_IN_PAST')
      await expectProblem({ note: 'x', publishAt: '2020-01-01T00:00:00+02:00' }, 422, 'SCHEDULE_IN_PAST')
      await expectProblem({ note: 'x', publishAt: '2099-12-01T08:00:00' }, 400, 'VALIDATION_FAILED')
      await expectProblem({ note: 'x', publishAt: '2099-12-01' }, 400, 'VALIDATION_FAILED')
      await expectProblem({ note: 'x', publishAt: '9999-12-31T23:59:59-23:59' }, 400, 'VALIDATION_FAILED')
      const bad = await expectProblem(
        { note: 'x', publishAt: inMs(3_600_000), documents: ['prompt:no-such-prompt', 'topic:boundaries', id] },
        400,
        'VALIDATION_FAILED',
      )
      t.match(bad.errors, [
        { field: 'documents.0', message: /does not exist/ },
        { field: 'documents.1', message: /has no draft/ },
      ])
      t.equal(bad.errors.length, 2, 'a draft in review may be scheduled: it must be approved when it fires')

      const forbidden = await e.call('POST', '/v1/admin/releases', e.writer, { note: 'x', publishAt: inMs(3_600_000) })
      t.equal(forbidden.statusCode, 403, 'scheduling needs content:publish')
      t.equal((await e.call('GET', '/v1/admin/schedules', e.reader)).statusCode, 403, 'a read key cannot list schedules')
      t.equal((await e.call('GET', '/v1/admin/schedules', e.writer)).statusCode, 200, 'content:write can')
      t.equal((await e.call('DELETE', '/v1/admin/schedules/1', e.writer)).statusCode, 403, 'cancelling needs content:publish')
      const missing = await e.call('GET', '/v1/admin/schedules/2147483647', e.writer)
      t.equal(missing.statusCode, 404)
      t.equal(missing.json().code, 'SCHEDULE_NOT_FOUND')
      t.equal((await e.call('GET', '/v1/admin/schedules/0', e.writer)).statusCode, 400)
      t.equal((await e.call('GET', '/v1/admin/schedules/1e3', e.writer)).statusCode, 400)
      t.equal((await e.call('GET', '/v1/admin/schedules?cursor=nope', e.writer)).statusCode, 400)
      await e.call('DELETE', `/v1/admin/documents/${id}/draft`, { ...e.writer, 'if-match': '*' })
    })

    t.test('reschedule needs a fresh If-Match; a cancelled schedule never fires', async (t) => {
      const id = await e.draft('what-did-you-cook-today')
      const publishAt = inMs(1_200)
      const schedule = (await e.schedule({ note: 'Kitchen prompts', documents: [id], publishAt })).json()
      const url = `/v1/admin/schedules/${schedule.id}`
      const missing = await e.call('PATCH', url, e.publisher, { note: 'Kitchen prompts, reworded' })
      t.equal(missing.statusCode, 428)
      t.equal(missing.json().code, 'PRECONDITION_REQUIRED')
      t.equal(missing.json().detail, `Send If-Match: "s1" (the ETag of GET ${url}).`, 'the same words as a document write')
      const stale = await e.call('PATCH', url, { ...e.publisher, 'if-match': '"s7"' }, { note: 'Kitchen prompts, reworded' })
      t.equal(stale.statusCode, 412)
      t.equal(stale.json().code, 'PRECONDITION_FAILED')
      t.equal(stale.json().detail, `Schedule ${schedule.id} changed since you read it (now "s1"); read it again and reapply your change.`)
      const past = await e.call('PATCH', url, { ...e.publisher, 'if-match': '"s1"' }, { publishAt: '2001-01-01T00:00:00Z' })
      t.equal(past.statusCode, 422)
      const changed = await e.call('PATCH', url, { ...e.publisher, 'if-match': '"s1"' }, { note: 'Kitchen prompts, reworded' })
      t.equal(changed.statusCode, 200, changed.payload)
      t.equal(changed.headers.etag, '"s2"')
      t.match(changed.json(), { note: 'Kitchen prompts, reworded', publishAt, state: 'scheduled', revision: 2 })
      t.equal((await e.call('DELETE', url, { ...e.publisher, 'if-match': '"s1"' })).statusCode, 412, 'cancel checks If-Match when sent')

      const cancelled = await e.call('DELETE', url, e.publisher)
      t.equal(cancelled.statusCode, 200, cancelled.payload)
      t.match(cancelled.json(), { state: 'cancelled', revision: 3 })
      const before = await e.releaseCount()
      await until(publishAt)
      t.same(await app.services.schedules.runDue(), [], 'nothing fires')
      t.equal(await e.releaseCount(), before, 'no release')
      t.equal((await e.prompt(app, 'what-did-you-cook-today')).statusCode, 404, 'the draft stays unpublished')
      t.match(await e.getSchedule(schedule.id), { state: 'cancelled', releaseId: null, attempts: 0 })
      const listed = await e.ok('GET', '/v1/admin/schedules?state=cancelled', e.writer)
      t.ok(
        listed.data.some((item: Json) => item.id === schedule.id),
        'it stays, as history',
      )
      for (const [method, body] of [
        ['PATCH', { note: 'again' }],
        ['DELETE', undefined],
      ] as const) {
        const refused = await e.call(method, url, { ...e.publisher, 'if-match': '"s3"' }, body)
        t.equal(refused.statusCode, 409, `${method} after cancelling`)
        t.equal(refused.json().code, 'SCHEDULE_NOT_PENDING')
      }
      t.equal((await auditRows(app, 'schedule.cancel', schedule.id)).length, 1, 'the cancel is audited')
      await e.call('DELETE', `/v1/admin/documents/${id}/draft`, { ...e.writer, 'if-match': '*' })
    })

    t.test('a failure is recorded on the schedule and in the audit log; rescheduling it tries again', async (t) => {
      const id = await e.draft('what-did-you-fix-today', 'in-review')
      const publishAt = inMs(1_200)
      const schedule = (await e.schedule({ note: 'Repair prompts', documents: [id], publishAt })).json()
      await e.ok('POST', `/v1/admin/documents/${id}/reject`, e.publisher, { note: 'Not before the holidays' })
      const before = await e.releaseCount()
      await until(publishAt)
      t.match(await app.services.schedules.runDue(), [{ id: schedule.id, outcome: 'failed', error: { code: 'INVALID_TRANSITION' } }])
      const failed = await e.getSchedule(schedule.id)
      t.match(failed, { state: 'failed', attempts: 1, revision: 2, releaseId: null, error: { code: 'INVALID_TRANSITION', detail: String } })
      t.match(failed.error.errors, [{ field: 'documents.0', message: /is draft, not approved/ }])
      t.equal(await e.releaseCount(), before, 'nothing was published')
      t.equal((await e.prompt(app, 'what-did-you-fix-today')).statusCode, 404)
      const audit = await auditRows(app, 'schedule.fail', schedule.id)
      t.equal(audit.length, 1, 'one schedule.fail audit row')
      t.match(audit[0]!.detail, { error: { code: 'INVALID_TRANSITION' } })
      t.same(await app.services.schedules.runDue(), [], 'a failed schedule is not retried on its own')
      t.equal((await e.getSchedule(schedule.id)).attempts, 1)

      // The editor fixes the draft and reschedules: its time has passed, so it fires at the next run.
      await e.ok('POST', `/v1/admin/documents/${id}/submit`, e.writer, {})
      await e.ok('POST', `/v1/admin/documents/${id}/approve`, e.publisher, {})
      const again = await e.call('PATCH', `/v1/admin/schedules/${schedule.id}`, { ...e.publisher, 'if-match': '"s2"' }, {})
      t.match(again.json(), { state: 'scheduled', error: null, attempts: 1 })
      t.match(await app.services.schedules.runDue(), [{ id: schedule.id, outcome: 'published' }])
      t.match(await e.getSchedule(schedule.id), { state: 'published', attempts: 2 })
      t.equal((await e.prompt(app, 'what-did-you-fix-today')).statusCode, 200)
    })

    t.test('without a list, it publishes every approved draft when it fires', async (t) => {
      const first = await e.draft('what-did-you-read-today')
      const publishAt = inMs(1_000)
      const schedule = (await e.schedule({ note: 'Everything approved', publishAt })).json()
      t.equal(schedule.documents, null)
      const second = await e.draft('what-did-you-write-today')
      await until(publishAt)
      await app.services.schedules.runDue()
      const done = await e.getSchedule(schedule.id)
      t.equal(done.state, 'published')
      const release = await e.ok('GET', `/v1/releases/${done.releaseId}`, e.reader)
      const ids = release.documents.map((item: Json) => item.documentId)
      t.ok(ids.includes(first) && ids.includes(second), 'both drafts approved by then are in it')
    })

    t.test('GraphQL runs the same use cases, with the same codes', async (t) => {
      // /graphql itself needs content:read; the service checks the editorial scopes.
      const gqlPublisher = bearer(await createKey(app, { name: 'Di (publisher)', scopes: ['content:read', 'content:publish'] }))
      const gqlWriter = bearer(await createKey(app, { name: 'Cy (editor)', scopes: ['content:read', 'content:write'] }))
      const gql = async (headers: Headers, query: string, variables: Json = {}) => graphql(app, query, variables, headers)
      const fields = 'id publishAt documents note state revision etag releaseId attempts createdBy error { code }'
      const past = await gql(gqlPublisher, 'mutation { scheduleRelease(publishAt: "2001-01-01T00:00:00Z", note: "x") { id } }')
      t.equal(past.errors?.[0]?.extensions.code, 'SCHEDULE_IN_PAST')
      const local = await gql(gqlPublisher, 'mutation { scheduleRelease(publishAt: "2099-01-01T00:00:00", note: "x") { id } }')
      t.equal(local.errors?.[0]?.extensions.code, 'VALIDATION_FAILED')
      const forbidden = await gql(gqlWriter, `mutation($at: String!) { scheduleRelease(publishAt: $at, note: "x") { id } }`, { at: inMs(3_600_000) })
      t.equal(forbidden.errors?.[0]?.extensions.code, 'FORBIDDEN')
      const publishAt = inMs(3_600_000)
      const created = await gql(gqlPublisher, `mutation($at: String!) { scheduleRelease(publishAt: $at, note: "Via GraphQL") { ${fields} } }`, {
        at: publishAt,
      })
      const schedule = created.data?.scheduleRelease
      t.match(schedule, { publishAt, documents: null, note: 'Via GraphQL', state: 'scheduled', etag: '"s1"', createdBy: 'Di (publisher)', error: null })
      const listed = await gql(gqlWriter, '{ schedules(state: "scheduled", first: 5) { nodes { id state } nextAfter } }')
      t.ok(listed.data?.schedules.nodes.some((item: Json) => item.id === schedule.id))
      const reschedule = `mutation($id: Int!, $ifMatch: String!) { reschedule(id: $id, ifMatch: $ifMatch, note: "Via GraphQL, later") { ${fields} } }`
      t.equal((await gql(gqlPublisher, reschedule, { id: schedule.id, ifMatch: '"s9"' })).errors?.[0]?.extensions.code, 'PRECONDITION_FAILED')
      t.match((await gql(gqlPublisher, reschedule, { id: schedule.id, ifMatch: '"s1"' })).data?.reschedule, { note: 'Via GraphQL, later', etag: '"s2"' })
      const cancel = `mutation($id: Int!) { cancelSchedule(id: $id) { ${fields} } }`
      t.match((await gql(gqlPublisher, cancel, { id: schedule.id })).data?.cancelSchedule, { state: 'cancelled', revision: 3 })
      t.equal((await gql(gqlPublisher, cancel, { id: schedule.id })).errors?.[0]?.extensions.code, 'SCHEDULE_NOT_PENDING')
      t.equal((await gql(gqlWriter, '{ schedule(id: 2147483647) { id } }')).errors?.[0]?.extensions.code, 'SCHEDULE_NOT_FOUND')
      t.equal((await gql(e.reader, '{ schedule(id: 1) { id } }')).errors?.[0]?.extensions.code, 'FORBIDDEN')
      const rest = await e.getSchedule(schedule.id)
      t.match(rest, { state: 'cancelled', etag: '"s3"' }, 'REST sees what GraphQL did')
    })

    t.test('lists page newest first, and filter by state', async (t) => {
      const all = await e.ok('GET', '/v1/admin/schedules?limit=100', e.writer)
      const seen: number[] = []
      let cursor: string | null = null
      do {
        const page: Json = await e.ok('GET', `/v1/admin/schedules?limit=2${cursor ? `&cursor=${cursor}` : ''}`, e.writer)
        seen.push(...page.data.map((item: Json) => item.id))
        cursor = page.page.nextCursor
      } while (cursor)
      t.same(
        seen,
        all.data.map((item: Json) => item.id),
        'pages join up',
      )
      t.same(
        seen,
        [...seen].sort((a, b) => b - a),
        'newest first',
      )
      t.ok(seen.length >= 5)
      const published = await e.ok('GET', '/v1/admin/schedules?state=published', e.writer)
      t.ok(published.data.length >= 3 && published.data.every((item: Json) => item.state === 'published'))
      t.equal((await e.call('GET', '/v1/admin/schedules?state=done', e.writer)).statusCode, 400)
    })

    t.test('a schedule that fell due while every instance was down fires when one starts', async (t) => {
      const id = await e.draft('what-did-you-build-today')
      const publishAt = inMs(1_000)
      const schedule = (await e.schedule({ note: 'While nobody ran', documents: [id], publishAt })).json()
      await app.close()
      if (driver === 'pglite') await app.database.close()
      await until(publishAt)

      // A new instance on the same database, polling often: it fires the missed schedule as it starts, then polls.
      const restartEnv = { ...env, SCHEDULE_POLL_MS: '200' }
      app = driver === 'pglite' ? await build(suite, driver, { env: restartEnv, dataDir }) : await buildSibling(suite, origin, restartEnv)
      await app.ready()
      e = await editors(app)
      const done = await e.getSchedule(schedule.id)
      t.match(done, { state: 'published', attempts: 1 }, 'fired at start')
      const live = await e.prompt(app, 'what-did-you-build-today')
      t.equal(live.headers['content-release'], String(done.releaseId))

      const next = await e.draft('what-did-you-build-tomorrow')
      const soon = (await e.schedule({ note: 'Polled', documents: [next], publishAt: inMs(600) })).json()
      let state = 'scheduled'
      for (let waited = 0; state === 'scheduled' && waited < 10_000; waited += 100) {
        await sleep(100)
        state = (await e.getSchedule(soon.id)).state
      }
      t.equal(state, 'published', 'the poll fires it without anyone calling runDue')
    })

    if (driver === 'postgres') {
      t.test('instances racing: each schedule is published exactly once, and every instance serves it', async (t) => {
        // Four runDue calls on two instances, and the first instance's own poll (every 200 ms), all race.
        const sibling = await buildSibling(t, origin, env)
        // The instance that did not publish the newest release hears of it through NOTIFY, a moment later.
        const servedBy = async (instance: App, slug: string) => {
          for (let waited = 0; ; waited += 50) {
            const live = await e.prompt(instance, slug)
            if ((live.statusCode === 200 && live.headers['content-release'] === current) || waited > 3_000) return live
            await sleep(50)
          }
        }
        let current = ''
        for (let round = 0; round < 4; round++) {
          const slugs = [0, 1, 2].map((index) => `what-did-you-race-${round}-${index}`)
          const ids = []
          for (const slug of slugs) ids.push(await e.draft(slug))
          const publishAt = inMs(800)
          const schedules = []
          for (const id of ids) schedules.push((await e.schedule({ note: `Race ${round}`, documents: [id], publishAt })).json())
          const before = await e.releaseCount()
          await until(publishAt)
          const runs = await Promise.all([app, sibling, app, sibling].map((instance) => instance.services.schedules.runDue()))
          // runDue passes over a schedule another instance is publishing (SKIP LOCKED): the poll may still be at it.
          for (let waited = 0; waited < 5_000; waited += 50) {
            const states = await Promise.all(schedules.map(async (schedule) => (await e.getSchedule(schedule.id)).state))
            if (!states.includes('scheduled')) break
            await sleep(50)
          }
          const fired = runs.flat().map((item) => item.id)
          t.equal(new Set(fired).size, fired.length, `round ${round}: no schedule reported fired twice (${fired.length} by runDue, the rest by the poll)`)
          t.equal(await e.releaseCount(), before + 3, 'three new releases')
          const releaseIds = []
          for (const schedule of schedules) {
            const done = await e.getSchedule(schedule.id)
            t.match(done, { state: 'published', attempts: 1, revision: 2 })
            t.equal((await auditRows(app, 'schedule.fire', schedule.id)).length, 1, 'one schedule.fire row')
            releaseIds.push(done.releaseId as number)
          }
          t.equal(new Set(releaseIds).size, 3, 'a release each')
          current = String(Math.max(...releaseIds))
          for (const instance of [app, sibling]) {
            for (const slug of slugs) t.equal((await servedBy(instance, slug)).headers['content-release'], current, 'both instances serve the newest release')
          }
        }
      })
    }

    if (driver === 'postgres') {
      t.test('a database outage during polls marks nothing failed; the schedule fires once it is back', async (t) => {
        const { lines, stream } = logEntries()
        const polled = await build(t, driver, { env: { ...env, SCHEDULE_POLL_MS: '200', LOG_LEVEL: 'warn' }, logger: { stream } })
        const p = await editors(polled)
        const id = await p.draft('what-did-you-wait-for-today')
        const publishAt = inMs(1_000)
        const schedule = (await p.schedule({ note: 'Through an outage', documents: [id], publishAt })).json()
        const { rows } = (await polled.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] }
        const name = rows[0]!.name
        const admin = async (query: string, values: unknown[] = []) => {
          const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
          await client.connect()
          await client.query(query, values).finally(() => client.end())
        }
        // The database refuses connections (the shared server keeps running), and the open ones are dropped:
        // only idle ones, round after round until none is left, since node-postgres throws an uncaught error
        // for a connection that dies while checked out between two statements of a transaction (see the report).
        await admin(`alter database ${name} allow_connections false`)
        t.teardown(() => admin(`alter database ${name} allow_connections true`))
        for (let round = 0; round < 100; round++) {
          const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
          await client.connect()
          const left = await client
            .query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and state = 'idle'`, [name])
            .then(() => client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]))
            .finally(() => client.end())
          if (left.rows[0].n === 0) break
          await sleep(20)
        }
        await until(publishAt)
        await sleep(1_000)
        const outage = await polled.services.schedules.runDue().then(
          () => null,
          (error: unknown) => error,
        )
        t.ok(isUnavailable(outage), 'runDue reports the outage instead of marking anything')

        await admin(`alter database ${name} allow_connections true`)
        let done: Json = {}
        for (let waited = 0; done.state !== 'published' && waited < 15_000; waited += 200) {
          await sleep(200)
          const response = await p.call('GET', `/v1/admin/schedules/${schedule.id}`, p.writer)
          if (response.statusCode === 200) done = response.json()
        }
        t.match(done, { state: 'published', attempts: 1, error: null }, 'the poll fired it once the database answered')
        t.equal((await auditRows(polled, 'schedule.fail', schedule.id)).length, 0, 'never marked failed')
        const warnings = lines.filter((line) => String(line.msg).startsWith('scheduled releases: the database is unavailable'))
        t.equal(warnings.length, 1, 'one warning for the whole outage, not one per poll')
        t.notMatch(JSON.stringify(lines), /select |insert |params:|msb_/i, 'no SQL and no key in the log')
      })
    }

    if (driver === 'pglite') {
      t.test('property: whatever editors do, no cancelled schedule fires and none fires twice', async (t) => {
        await cancelPending(app)
        const minute = 60_000
        type Op =
          | { kind: 'schedule'; at: number }
          | { kind: 'reschedule'; pick: number; at: number }
          | { kind: 'cancel'; pick: number }
          | { kind: 'unapprove'; pick: number }
          | { kind: 'approve'; pick: number }
          | { kind: 'advance'; by: number; twice: boolean }
        const op: fc.Arbitrary<Op> = fc.oneof(
          { weight: 3, arbitrary: fc.record({ kind: fc.constant('schedule' as const), at: fc.integer({ min: 1, max: 60 }) }) },
          { weight: 2, arbitrary: fc.record({ kind: fc.constant('reschedule' as const), pick: fc.nat(), at: fc.integer({ min: 1, max: 60 }) }) },
          { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
          { weight: 1, arbitrary: fc.record({ kind: fc.constant('unapprove' as const), pick: fc.nat() }) },
          { weight: 1, arbitrary: fc.record({ kind: fc.constant('approve' as const), pick: fc.nat() }) },
          { weight: 3, arbitrary: fc.record({ kind: fc.constant('advance' as const), by: fc.integer({ min: 0, max: 30 }), twice: fc.boolean() }) },
        )
        interface Modelled {
          id: number
          doc: string
          slug: string
          at: number
          state: 'scheduled' | 'published' | 'failed' | 'cancelled'
          approved: boolean
          attempts: number
          releaseId?: number
        }
        let docs = 0
        let runs = 0
        await fc.assert(
          // Each sequence starts by scheduling, so the other steps have something to act on.
          fc.asyncProperty(fc.integer({ min: 1, max: 60 }), fc.array(op, { maxLength: 12 }), async (firstAt, rest) => {
            const ops: Op[] = [{ kind: 'schedule', at: firstAt }, ...rest]
            runs++
            // Virtual time: every schedule is an hour or more ahead on the real clock; runDue is told the time.
            const base = Date.now() + 60 * minute
            let now = 0
            const model: Modelled[] = []
            const pick = (index: number) => model[index % model.length]
            const ifMatch = async (item: Modelled) => ({ ...e.publisher, 'if-match': (await e.getSchedule(item.id)).etag as string })
            const advance = async (by: number, twice: boolean) => {
              now += by
              const asOf = new Date(base + now * minute)
              const fired = (await Promise.all(Array.from({ length: twice ? 2 : 1 }, () => app.services.schedules.runDue(asOf)))).flat()
              const due = model.filter((item) => item.state === 'scheduled' && item.at <= now)
              const expected = due.map((item) => `${item.id}:${item.approved ? 'published' : 'failed'}`).sort()
              const actual = fired.map((item) => `${item.id}:${item.outcome}`).sort()
              if (JSON.stringify(actual) !== JSON.stringify(expected)) {
                throw new Error(`at +${now} min fired ${actual.join(' ')}, expected ${expected.join(' ')}`)
              }
              for (const item of due) {
                item.state = item.approved ? 'published' : 'failed'
                item.attempts++
                const outcome = fired.find((entry) => entry.id === item.id)
                if (outcome?.outcome === 'published') item.releaseId = outcome.releaseId
              }
            }
            for (const step of ops) {
              if (step.kind === 'schedule') {
                const slug = `what-did-you-try-${++docs}`
                const doc = await e.draft(slug)
                const created = await e.schedule({ note: `Property ${docs}`, documents: [doc], publishAt: new Date(base + step.at * minute).toISOString() })
                if (created.statusCode !== 202) throw new Error(`schedule: ${created.statusCode} ${created.payload}`)
                model.push({ id: created.json().id, doc, slug, at: step.at, state: 'scheduled', approved: true, attempts: 0 })
              } else if (step.kind === 'advance') {
                await advance(step.by, step.twice)
              } else if (model.length > 0) {
                const item = pick(step.pick)!
                const pending = item.state === 'scheduled' || item.state === 'failed'
                if (step.kind === 'reschedule' || step.kind === 'cancel') {
                  const response =
                    step.kind === 'reschedule'
                      ? await e.call('PATCH', `/v1/admin/schedules/${item.id}`, await ifMatch(item), {
                          publishAt: new Date(base + step.at * minute).toISOString(),
                        })
                      : await e.call('DELETE', `/v1/admin/schedules/${item.id}`, await ifMatch(item))
                  if (response.statusCode !== (pending ? 200 : 409)) {
                    throw new Error(`${step.kind} of a ${item.state} schedule: ${response.statusCode} ${response.payload}`)
                  }
                  if (pending && step.kind === 'reschedule') Object.assign(item, { state: 'scheduled', at: step.at })
                  if (pending && step.kind === 'cancel') item.state = 'cancelled'
                } else if (item.state !== 'published') {
                  // Editing an approved draft sends it back to draft; approving needs a review first.
                  const current = await e.ok('GET', `/v1/admin/documents/${item.doc}`, e.writer)
                  if (step.kind === 'unapprove' && item.approved) {
                    await e.ok('PATCH', `/v1/admin/documents/${item.doc}/draft`, { ...e.writer, 'if-match': current.etag }, { ageMax: 11 })
                    item.approved = false
                  } else if (step.kind === 'approve' && !item.approved) {
                    await e.ok('POST', `/v1/admin/documents/${item.doc}/submit`, e.writer, {})
                    await e.ok('POST', `/v1/admin/documents/${item.doc}/approve`, e.publisher, {})
                    item.approved = true
                  }
                }
              }
            }
            await advance(1_000, false)

            for (const item of model) {
              const stored = await e.getSchedule(item.id)
              if (stored.state !== item.state || stored.attempts !== item.attempts) {
                throw new Error(`schedule ${item.id}: ${stored.state}/${stored.attempts}, expected ${item.state}/${item.attempts}`)
              }
              const fires = await auditRows(app, 'schedule.fire', item.id)
              if (fires.length !== (item.state === 'published' ? 1 : 0)) {
                throw new Error(`schedule ${item.id} (${item.state}) has ${fires.length} schedule.fire rows`)
              }
              const doc = await e.ok('GET', `/v1/admin/documents/${item.doc}`, e.writer)
              if ((doc.published !== null) !== (item.state === 'published')) {
                throw new Error(`${item.doc} published: ${doc.published !== null}, schedule ${item.state}`)
              }
              if (item.state === 'published') {
                if (stored.releaseId !== item.releaseId) throw new Error(`schedule ${item.id} names release ${stored.releaseId}, fired ${item.releaseId}`)
                const release = await e.ok('GET', `/v1/releases/${item.releaseId}`, e.reader)
                if (release.source !== 'schedule' || release.note !== `Property ${item.slug.split('-').at(-1)}`) {
                  throw new Error(`release ${item.releaseId}: ${release.source} ${release.note}`)
                }
              } else if (stored.releaseId !== null) throw new Error(`schedule ${item.id} (${item.state}) names release ${stored.releaseId}`)
            }
            const releases = new Set(model.flatMap((item) => (item.releaseId ? [item.releaseId] : [])))
            if (releases.size !== model.filter((item) => item.state === 'published').length) throw new Error('two schedules share a release')
          }),
          { numRuns: 25 },
        )
        t.comment(`${runs} runs, ${docs} schedules`)
        t.pass('no cancelled schedule fired, none fired twice')
      })
    }
  })
}

import { asc } from 'drizzle-orm'
import t from 'tap'
import { events } from '../../src/db/schema.js'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

for (const driver of drivers) {
  t.test(`the event outbox on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production', SCHEDULE_POLL_MS: '600000' } })
    const editor = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write', 'content:publish'] }))
    const call = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: Json) =>
      app.inject({ method, url, headers: editor, ...(payload ? { payload } : {}) })
    const all = async () => app.db.select().from(events).orderBy(asc(events.id))
    const approve = async (slug: string, text: string) => {
      const created = await call('POST', '/v1/admin/documents', { type: 'prompt', content: newPrompt(slug, text) })
      t.equal(created.statusCode, 201, created.body)
      await call('POST', `/v1/admin/documents/prompt:${slug}/submit`, {})
      await call('POST', `/v1/admin/documents/prompt:${slug}/approve`, {})
    }

    t.test('the first import wrote the first event', async (t) => {
      t.match(await all(), [{ id: 1, type: 'release.published', releaseId: 1, previousReleaseId: null, data: { source: 'import' } }])
    })

    t.test('a publish and a rollback each write one event, in their transaction', async (t) => {
      await approve('what-did-you-build-today', 'What did you build or make today, even something small?')
      const published = await call('POST', '/v1/admin/releases', { note: 'A new prompt' })
      t.equal(published.statusCode, 201)
      t.match((await all()).at(-1), { type: 'release.published', releaseId: 2, previousReleaseId: 1, data: { source: 'publish', note: 'A new prompt' } })
      t.equal((await call('POST', '/v1/admin/releases/1/restore', { note: 'Not yet' })).statusCode, 201)
      t.match((await all()).at(-1), { type: 'release.rolled_back', releaseId: 3, previousReleaseId: 2, data: { source: 'rollback' } })
    })

    t.test('a refused publish writes no event, nor anything else', async (t) => {
      const before = await all()
      t.equal((await call('POST', '/v1/admin/releases', { note: 'Nothing' })).json().code, 'NOTHING_TO_PUBLISH')
      t.equal((await call('POST', '/v1/admin/releases/3/restore', { note: 'Same' })).json().code, 'NOTHING_TO_PUBLISH')
      t.same(await all(), before)
    })

    t.test('a schedule firing and a schedule failing', async (t) => {
      await approve('what-are-you-looking-forward-to', 'What are you looking forward to this week?')
      const publishAt = new Date(Date.now() + 60_000).toISOString()
      const fires = (await call('POST', '/v1/admin/releases', { note: 'On time', publishAt })).json()
      const fails = (
        await call('POST', '/v1/admin/releases', {
          note: 'Will fail',
          publishAt: new Date(Date.now() + 120_000).toISOString(),
          documents: ['prompt:what-are-you-looking-forward-to'],
        })
      ).json()
      const fired = await app.services.schedules.runDue(new Date(Date.now() + 600_000))
      t.match(fired, [
        { id: fires.id, outcome: 'published' },
        { id: fails.id, outcome: 'failed' },
      ])
      const [published, failed] = (await all()).slice(-2)
      t.match(published, { type: 'release.published', releaseId: 4, data: { source: 'schedule', scheduleId: fires.id } })
      t.match(failed, { type: 'schedule.failed', releaseId: null, data: { scheduleId: fails.id, error: { code: 'INVALID_TRANSITION' } } })
    })

    t.test('a key revoked once writes one event', async (t) => {
      const key = await createKey(app, { name: 'to revoke' })
      const id = key.split('_')[1]!
      await app.services.keys.revoke(id)
      await app.services.keys.revoke(id)
      const revoked = (await all()).filter((event) => event.type === 'key.revoked')
      t.match(revoked, [{ data: { keyId: id, name: 'to revoke' } }])
    })

    t.test('events are history: the database refuses to change or delete one', async (t) => {
      await t.rejects(app.db.update(events).set({ type: 'key.revoked' }))
      await t.rejects(app.db.delete(events))
      t.equal((await all()).length >= 6, true)
    })

    if (driver === 'postgres') {
      t.test('another instance hears every event on the bus', async (t) => {
        const sibling = await buildSibling(t, app, { NODE_ENV: 'production', SCHEDULE_POLL_MS: '600000' })
        await sibling.ready()
        const heard: Json[] = []
        sibling.services.events.on((notice) => heard.push(notice))
        t.equal((await call('POST', '/v1/admin/releases/2/restore', { note: 'Again' })).statusCode, 201)
        for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20))
        const last = (await all()).at(-1)!
        t.same(heard, [{ id: last.id, type: 'release.rolled_back', releaseId: last.releaseId }])
        t.equal(await sibling.services.releases.currentId(), last.releaseId, 'and serves its release')
      })
    }
  })
}

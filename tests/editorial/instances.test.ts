import t from 'tap'
import type { App } from '../../src/app.js'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

const SLUG = 'tell-me-your-day-like-a-story'
const TEXT = 'Can you tell me about your day like a story, with a start, a middle and an end?'

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 3_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

// Scaled out on PostgreSQL: an edit made on one instance is previewed on another, and a publish on one
// is served by every instance at once (the release NOTIFY moves each one's current pointer).
if (drivers.includes('postgres')) {
  t.test('publishing through the API on one instance: every instance serves it at once', async (t) => {
    const env = { NODE_ENV: 'production' }
    const first = await build(t, 'postgres', { env })
    const second = await buildSibling(t, first, env)
    const editor = bearer(await createKey(first, { name: 'Ana', scopes: ['content:write', 'content:publish', 'content:preview', 'content:read'] }))
    const reader = bearer(await createKey(first, { scopes: ['content:read'] }))
    const read = (app: App, query = '') => app.inject({ url: `/v1/prompts/${SLUG}${query}`, headers: query ? editor : reader })
    // Both instances have the current release (and its responses) in memory before the publish.
    const before = (await read(second)).json()
    await read(first)

    const id = `prompt:${SLUG}`
    const current = await first.inject({ url: `/v1/admin/documents/${id}`, headers: editor })
    const edited = await first.inject({
      method: 'PATCH',
      url: `/v1/admin/documents/${id}/draft`,
      headers: { ...editor, 'content-type': 'application/merge-patch+json', 'if-match': current.headers.etag as string },
      payload: JSON.stringify({ text: TEXT }),
    })
    t.equal(edited.statusCode, 200, edited.payload)
    t.equal((await read(second, '?release=draft')).json().text, TEXT, 'the other instance previews the draft')
    for (const step of ['submit', 'approve']) await second.inject({ method: 'POST', url: `/v1/admin/documents/${id}/${step}`, headers: editor })
    const release = await first.inject({ method: 'POST', url: '/v1/admin/releases', headers: editor, payload: { note: 'Story prompt reworded' } })
    t.equal(release.statusCode, 201, release.payload)
    const releaseId = String(release.json().releaseId)

    const served = await until(
      () => read(second),
      (response) => response.headers['content-release'] === releaseId,
    )
    t.equal(served.headers['content-release'], releaseId, 'the other instance serves the new release')
    t.equal(served.json().text, TEXT)
    t.not(before.text, TEXT)
    t.equal((await read(first)).headers['content-release'], releaseId)
  })
}

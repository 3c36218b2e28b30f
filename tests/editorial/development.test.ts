import t from 'tap'
import { build } from '../helpers/build.js'

// The embedded default: `npm start` runs in development on PGlite, whose files no second process may
// open while the server runs. A newcomer edits and publishes through the API without making a key.
t.test('in development, a caller without a key edits, previews and publishes while the server runs', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'development' } })
  const id = 'prompt:something-brave-you-did-today'
  const read = await app.inject({ url: `/v1/admin/documents/${id}` })
  t.equal(read.statusCode, 200)
  const edited = await app.inject({
    method: 'PATCH',
    url: `/v1/admin/documents/${id}/draft?note=${encodeURIComponent('Shorter for bedtime')}`,
    headers: { 'content-type': 'application/merge-patch+json', 'if-match': read.headers.etag as string },
    payload: JSON.stringify({ text: "What's one brave thing you did today?" }),
  })
  t.equal(edited.statusCode, 200, edited.payload)
  t.equal(edited.json().draft.updatedBy, 'anonymous (development)', 'the audit trail names who it was')
  const preview = await app.inject({ url: '/v1/prompts/something-brave-you-did-today?release=draft' })
  t.equal(preview.headers['content-release'], 'draft')
  t.equal(preview.json().text, "What's one brave thing you did today?")
  for (const step of ['submit', 'approve']) {
    const moved = await app.inject({ method: 'POST', url: `/v1/admin/documents/${id}/${step}` })
    t.equal(moved.statusCode, 200, moved.payload)
  }
  const release = await app.inject({ method: 'POST', url: '/v1/admin/releases', payload: { note: 'First edit' } })
  t.equal(release.statusCode, 201, release.payload)
  const live = await app.inject({ url: '/v1/prompts/something-brave-you-did-today' })
  t.equal(live.headers['content-release'], String(release.json().releaseId))
  t.equal(live.json().text, "What's one brave thing you did today?")
  const keys = await app.inject({ url: '/v1/admin/keys' })
  t.equal(keys.statusCode, 403, 'managing keys still needs a key')
  t.match(
    keys.json().detail,
    /Calls without an API key do not have it: send a key that does, as Authorization: Bearer msb_\.\.\., made with npm run keys -- create --name me --scopes keys:admin\./,
  )
})

t.test('in production, a caller without a key edits nothing', async (t) => {
  const app = await build(t, 'pglite', { env: { NODE_ENV: 'production' } })
  const response = await app.inject({ method: 'POST', url: '/v1/admin/releases', payload: { note: 'x' } })
  t.equal(response.statusCode, 401)
  t.equal((await app.inject({ url: '/v1/prompts/something-brave-you-did-today?release=draft' })).statusCode, 401)
})

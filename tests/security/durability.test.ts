/**
 * kill -9 durability: the real server (src/server.ts, as `npm start` runs it) takes draft edits
 * (PATCH with If-Match) and publishes (edit, submit, approve, publish) at once, and is killed with
 * SIGKILL at a moment drawn from a fixed seed. Restarted on the same data - the same PGlite folder, or
 * the same PostgreSQL database - it must start cleanly, and every write it acknowledged (a 2xx received
 * before the kill) must be there: each draft's text, and each release with the text it published. Writes
 * in flight at the kill may land or not; nothing else may change. Several rounds, on every driver.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { spawnServer } from '../helpers/server-process.js'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
import { projectRoot } from '../../src/paths.js'
import { createPostgresDatabase, drivers, type Driver } from '../helpers/build.js'

const ROUNDS = [11, 23, 37]
/** Words for the texts written: drawn at random, so no two texts are near-duplicates (a content rule refuses those). */
const WORDS = [...new Set((await readFile(join(projectRoot, 'content/source/strengthening-bonds-guide.txt'), 'utf8')).toLowerCase().match(/[a-z]{5,}/g) ?? [])]
const DRAFT_LANES = 4
const PUBLISH_LANES = 2
const PORTS: Record<Driver, number> = { pglite: 3450, postgres: 3451 }

/** mulberry32: a small seeded generator, so a failing round can be run again as it was. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

interface Server {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  // Whatever answers on the port must be the server started here, not a leftover or a stranger.
  if (
    await fetch(`http://127.0.0.1:${port}/readyz`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`something already listens on port ${port}`)
  }
  const child = spawnServer({
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    REDIS_URL: '',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: '',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited while starting:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not become ready:\n${output}`)
    }
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ready) return { child, output: () => output, exited }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

interface Acknowledged {
  /** Per draft document: every text acknowledged, in order. */
  drafts: Map<string, string[]>
  /** Per draft document: the text of a PATCH in flight at the kill, if any (it may or may not have landed). */
  inFlight: Map<string, string>
  /** Releases acknowledged, with the document and text each published. */
  releases: { releaseId: number; documentId: string; slug: string; text: string }[]
  count: number
}

/** An answer that was not the expected 2xx. */
class Refused extends Error {}

/**
 * Editors and publishers working against one server until it dies. Each lane owns its documents,
 * so the last acknowledged write of a document is what must be there after the restart.
 */
async function work(
  base: string,
  key: string,
  seed: number,
  round: number,
  draftIds: string[],
  publishIds: string[],
  acknowledged: Acknowledged,
  stopped: () => boolean,
) {
  const next = random(seed * 7 + 1)
  const words = () => Array.from({ length: 8 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
  const call = async (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    })
    const text = await response.text()
    return { status: response.status, etag: response.headers.get('etag'), json: text ? JSON.parse(text) : null }
  }
  const etagOf = async (id: string) => (await call('GET', `/v1/admin/documents/${id}`)).etag as string
  const patch = (id: string, text: string, etag: string) =>
    call('PATCH', `/v1/admin/documents/${id}/draft`, { text }, { 'content-type': 'application/merge-patch+json', 'if-match': etag })

  const draftLane = async (id: string, lane: number) => {
    let etag = await etagOf(id)
    for (let n = 0; !stopped(); n++) {
      const text = `Round ${round}, lane ${lane}, edit ${n}: ${words()}?`
      acknowledged.inFlight.set(id, text)
      const response = await patch(id, text, etag)
      if (response.status === 200) {
        acknowledged.drafts.get(id)!.push(text)
        acknowledged.inFlight.delete(id)
        acknowledged.count++
        etag = response.etag as string
      } else if (response.status === 412) {
        etag = await etagOf(id)
      } else throw new Refused(`PATCH ${id}: ${response.status} ${JSON.stringify(response.json)}`)
    }
  }
  const publishLane = async (id: string, lane: number) => {
    for (let n = 0; !stopped(); n++) {
      const text = `Round ${round}, publisher ${lane}, release ${n}: ${words()}?`
      const edited = await patch(id, text, await etagOf(id))
      if (edited.status !== 200) throw new Refused(`PATCH ${id}: ${edited.status} ${JSON.stringify(edited.json)}`)
      acknowledged.count++
      for (const step of ['submit', 'approve']) {
        const moved = await call('POST', `/v1/admin/documents/${id}/${step}`, {})
        if (moved.status !== 200) throw new Refused(`${step} ${id}: ${moved.status} ${JSON.stringify(moved.json)}`)
        acknowledged.count++
      }
      const published = await call('POST', '/v1/admin/releases', { documents: [id], note: `Round ${round}: ${id}` })
      if (published.status !== 201) throw new Refused(`publish ${id}: ${published.status} ${JSON.stringify(published.json)}`)
      acknowledged.releases.push({ releaseId: published.json.releaseId, documentId: id, slug: id.slice('prompt:'.length), text })
      acknowledged.count++
    }
  }
  // After the kill every lane ends on a refused or reset connection; an answer that is not a 2xx is a finding.
  const results = await Promise.allSettled([...draftIds.map((id, lane) => draftLane(id, lane)), ...publishIds.map((id, lane) => publishLane(id, lane))])
  return results.flatMap((result) =>
    result.status === 'rejected' && (!stopped() || result.reason instanceof Refused) ? [String(result.reason?.message ?? result.reason)] : [],
  )
}

async function prepare(t: Test, driver: Driver) {
  let env: NodeJS.ProcessEnv
  if (driver === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'bonds-kill9-'))
    t.teardown(() => rm(dataDir, { recursive: true, force: true }))
    env = { DATA_DIR: dataDir, DATABASE_URL: '' }
  } else {
    const created = await createPostgresDatabase('bonds_kill9')
    env = { DATABASE_URL: created.url }
    t.teardown(created.drop)
  }
  // The database as a first start leaves it (migrated, bundled content published), and a key that writes and publishes.
  const database = await openDatabase(driver === 'pglite' ? { dataDir: env.DATA_DIR! } : { databaseUrl: env.DATABASE_URL! })
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', ...env }), database, logger: false })
  const created = await app.services.keys.create({ name: 'kill -9 editor', scopes: ['content:read', 'content:write', 'content:publish'] })
  const prompts = (await app.inject({ url: '/v1/prompts?limit=100&depth=1', headers: { authorization: `Bearer ${created.key}` } })).json().data as {
    id: string
  }[]
  await app.close()
  await database.close()
  return { env, key: created.key, ids: prompts.map((prompt) => prompt.id) }
}

for (const driver of drivers) {
  t.test(`kill -9 during edits and publishes on ${driver}: every acknowledged write survives`, async (t) => {
    const started = Date.now()
    const { env, key, ids } = await prepare(t, driver)
    const port = PORTS[driver]
    const base = `http://127.0.0.1:${port}`
    const draftIds = ids.slice(0, DRAFT_LANES)
    const publishIds = ids.slice(DRAFT_LANES, DRAFT_LANES + PUBLISH_LANES)
    const acknowledged: Acknowledged = { drafts: new Map(draftIds.map((id) => [id, []])), inFlight: new Map(), releases: [], count: 0 }
    let server = await startServer(env, port)
    t.teardown(() => server.child.kill('SIGKILL'))
    const auth = { authorization: `Bearer ${key}` }
    const get = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers: auth })
      return { status: response.status, json: (await response.json()) as any }
    }

    for (const [index, seed] of ROUNDS.entries()) {
      const round = index + 1
      const before = acknowledged.count
      let killed = false
      // The moment: after a drawn number of acknowledged writes (the machine's speed does not decide
      // whether anything happens), then a drawn delay, so the kill lands anywhere in a request.
      const draw = random(seed)
      const writes = 10 + Math.floor(draw() * 30)
      const delay = Math.floor(draw() * 250)
      const running = work(base, key, seed, round, draftIds, publishIds, acknowledged, () => killed)
      const deadline = Date.now() + 90_000
      const releasesBefore = acknowledged.releases.length
      // ...and at least one acknowledged release, so every round puts publishes to the test too.
      while ((acknowledged.count < before + writes || acknowledged.releases.length === releasesBefore) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      await new Promise((resolve) => setTimeout(resolve, delay))
      killed = true
      server.child.kill('SIGKILL')
      t.equal(await server.exited, null, `round ${round}: killed with SIGKILL ${delay} ms after ${writes} acknowledged writes`)
      t.same(await running, [], `round ${round}: every answer before the kill was a 2xx (or a 412 to retry)`)
      t.ok(acknowledged.count > before, `round ${round}: ${acknowledged.count - before} writes acknowledged before the kill`)

      server = await startServer(env, port)
      t.notMatch(
        server.output(),
        /"level":(50|60)/,
        `round ${round}: the server starts again on the same ${driver === 'pglite' ? 'data folder' : 'database'}, logging no error`,
      )
      for (const [id, texts] of acknowledged.drafts) {
        const document = await get(`/v1/admin/documents/${id}`)
        const stored = document.json.draft?.content?.text
        const last = texts.at(-1)
        const allowed = [last, acknowledged.inFlight.get(id)].filter((text) => text !== undefined)
        if (last === undefined && stored === undefined) continue
        t.ok(allowed.includes(stored), `round ${round}: ${id} holds its last acknowledged draft`, { stored, allowed })
      }
      acknowledged.inFlight.clear()
      const lost: string[] = []
      for (const release of acknowledged.releases) {
        if ((await get(`/v1/releases/${release.releaseId}`)).status !== 200) lost.push(`release ${release.releaseId} is gone`)
        const published = await get(`/v1/prompts/${release.slug}?release=${release.releaseId}`)
        if (published.json.text !== release.text) lost.push(`release ${release.releaseId} serves "${published.json.text}" for ${release.documentId}`)
      }
      t.same(lost, [], `round ${round}: all ${acknowledged.releases.length} acknowledged releases are there with what they published`)
    }
    server.child.kill('SIGTERM')
    t.equal(await server.exited, 0, 'the last server stops cleanly')
    t.notMatch(server.output(), /"level":(50|60)/, 'and logged no error')
    const drafts = [...acknowledged.drafts.values()].reduce((sum, texts) => sum + texts.length, 0)
    t.comment(
      `${ROUNDS.length} rounds on ${driver}: ${acknowledged.count} acknowledged writes (${drafts} draft edits, ${acknowledged.releases.length} releases) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  })
}

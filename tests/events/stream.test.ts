import http from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import type { App } from '../../src/app.js'
import { build, drivers } from '../helpers/build.js'
import { publishSecondRelease } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

interface Event {
  id?: string
  event?: string
  data?: Json
  comment?: string
}

/** Opens /v1/events over real HTTP and parses what arrives. */
async function open(t: Test, app: App, headers: Record<string, string>) {
  const { port } = app.server.address() as AddressInfo
  const events: Event[] = []
  let buffer = ''
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/v1/events', headers }, resolve)
    request.on('error', reject)
  })
  response.setEncoding('utf8')
  response.on('data', (chunk: string) => {
    buffer += chunk
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event: Event = {}
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) event.comment = line.slice(1).trim()
        else if (line.startsWith('id: ')) event.id = line.slice(4)
        else if (line.startsWith('event: ')) event.event = line.slice(7)
        else if (line.startsWith('data: ')) event.data = JSON.parse(line.slice(6))
      }
      events.push(event)
    }
  })
  t.teardown(() => response.destroy())
  const ended = new Promise<void>((resolve) => response.on('close', resolve))
  const waitFor = async (test: (events: Event[]) => boolean, ms = 10_000) => {
    const deadline = Date.now() + ms
    while (!test(events) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
    return events
  }
  return { response, events, waitFor, ended, close: () => response.destroy() }
}

for (const driver of drivers) {
  t.test(`server-sent events on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production', EVENTS_HEARTBEAT_MS: '200', EVENTS_MAX_STREAMS_PER_KEY: '2' } })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const readerKey = await createKey(app, { name: 'app', scopes: ['content:read'] })
    const reader = bearer(readerKey)
    const publisher = bearer(await createKey(app, { scopes: ['content:publish'] }))
    const rollback = (to: number) =>
      app.inject({ method: 'POST', url: `/v1/admin/releases/${to}/restore`, headers: publisher, payload: { note: `Back to ${to}` } })

    t.test('new releases arrive as they are published, with heartbeats; Last-Event-ID resumes', async (t) => {
      const stream = await open(t, app, reader)
      t.equal(stream.response.statusCode, 200)
      t.match(stream.response.headers['content-type'], /^text\/event-stream/)
      t.equal(stream.response.headers['cache-control'], 'no-store')
      const second = await publishSecondRelease(app)
      await stream.waitFor((events) => events.some((event) => event.event === 'release.published'))
      const published = stream.events.find((event) => event.event === 'release.published')!
      t.match(published.data, {
        type: 'release.published',
        data: { releaseId: second, previousReleaseId: 1, counts: { changed: 1 }, changesUrl: '/v1/changes?since=1' },
      })
      await stream.waitFor((events) => events.some((event) => event.comment === 'heartbeat'))
      t.ok(
        stream.events.some((event) => event.comment === 'heartbeat'),
        'a heartbeat',
      )
      stream.close()

      // Missed while disconnected: two rollbacks. Resuming after the event seen replays both, in order.
      t.equal((await rollback(1)).statusCode, 201)
      t.equal((await rollback(2)).statusCode, 201)
      const resumed = await open(t, app, { ...reader, 'last-event-id': published.id! })
      await resumed.waitFor((events) => events.filter((event) => event.event).length >= 2)
      t.same(
        resumed.events.filter((event) => event.event).map((event) => event.data!.data.releaseId),
        [second + 1, second + 2],
      )
      resumed.close()
    })

    t.test('scope, bad input and the per-key limit', async (t) => {
      const { port } = app.server.address() as AddressInfo
      const status = (headers: Record<string, string>) =>
        new Promise<number>((resolve) =>
          http.get({ host: '127.0.0.1', port, path: '/v1/events', headers }, (response) => {
            resolve(response.statusCode ?? 0)
            response.destroy()
          }),
        )
      t.equal(await status({}), 401)
      t.equal(await status(bearer(await createKey(app, { scopes: ['keys:admin'] }))), 403)
      t.equal(await status({ ...reader, 'last-event-id': 'abc' }), 400)
      const one = await open(t, app, reader)
      const two = await open(t, app, reader)
      t.equal(one.response.statusCode, 200)
      t.equal(two.response.statusCode, 200)
      t.equal(await status(reader), 429, 'a third stream for the same key')
      two.close()
      await two.ended
      await new Promise((resolve) => setTimeout(resolve, 100))
      const three = await open(t, app, reader)
      t.equal(three.response.statusCode, 200, 'a closed stream frees its place')
      three.close()
      one.close()
    })

    t.test("a revoked key's streams end", async (t) => {
      const key = await createKey(app, { name: 'to revoke', scopes: ['content:read'] })
      const stream = await open(t, app, bearer(key))
      t.equal(stream.response.statusCode, 200)
      await app.services.keys.revoke(key.split('_')[1]!)
      await stream.ended
      t.pass('the stream ended')
    })

    t.test('a policy key sees counts through its policy', async (t) => {
      const portal = await open(t, app, bearer(await createKey(app, { scopes: ['content:read'], policy: { topics: ['boundaries'] } })))
      t.equal((await rollback(1)).statusCode, 201)
      await portal.waitFor((events) => events.some((event) => event.event))
      t.same(portal.events.find((event) => event.event)!.data!.data.counts, { added: 0, changed: 0, removed: 0 })
      portal.close()
    })
  })
}

// Sync and push figures per driver. The change feed: GET /v1/changes over a change set of 500 documents
// (a release that adds 500 prompts): the first request after the publish (computed) and the next
// (cached), then one page of 500 under load next to its ceiling (a bare Fastify route sending
// the same bytes, same run), plus the initial sync (since=0). Then webhook delivery latency: from sending
// a publish (a rollback, through the API) to the receiver holding the signed delivery, median and max.
// Usage: npm run bench:sync [-- --duration 8 --connections 20 --publishes 20 --skipPostgres]
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { exampleContent } from '../src/editorial/routes.js'
import { measureAgainstCeiling } from './ceiling.js'
import { median } from './first-request.js'
import { startServer, type RunningServer } from './server-process.js'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '20' },
    publishes: { type: 'string', default: '20' },
    skipPostgres: { type: 'boolean', default: false },
  },
})
const drivers = values.skipPostgres ? (['pglite'] as const) : (['pglite', 'postgres'] as const)
const CHANGE_SET = 500

async function call(server: RunningServer, method: string, path: string, body?: object) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return JSON.parse(text)
}

/** Release 2: the bundled content plus 500 new approved prompts, published through the editorial API. */
async function publishChangeSet(server: RunningServer) {
  const started = performance.now()
  for (let i = 0; i < CHANGE_SET; i++) {
    const slug = `bench-prompt-${i}`
    await call(server, 'POST', '/v1/admin/documents', {
      type: 'prompt',
      content: { ...exampleContent, slug, text: `What is one small thing that made you smile on day ${i + 1}?` },
    })
    await call(server, 'POST', `/v1/admin/documents/prompt:${slug}/submit`, {})
    await call(server, 'POST', `/v1/admin/documents/prompt:${slug}/approve`, {})
  }
  const publishStarted = performance.now()
  const release = await call(server, 'POST', '/v1/admin/releases', { note: `${CHANGE_SET} new prompts` })
  return { releaseId: release.releaseId as number, editMs: publishStarted - started, publishMs: performance.now() - publishStarted }
}

async function deliveryLatency(server: RunningServer, publishes: number) {
  const arrivals: ((at: number) => void)[] = []
  const receiver = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      arrivals.shift()?.(performance.now())
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const { port } = receiver.address() as AddressInfo
  await call(server, 'POST', '/v1/admin/webhooks', { url: `http://127.0.0.1:${port}/hooks`, eventTypes: ['release.published', 'release.rolled_back'] })
  const latencies: number[] = []
  try {
    for (let i = 0; i < publishes; i++) {
      const arrived = new Promise<number>((resolve) => arrivals.push(resolve))
      const sent = performance.now()
      await call(server, 'POST', `/v1/admin/releases/${i % 2 === 0 ? 1 : 2}/restore`, { note: `bench ${i}` })
      latencies.push((await arrived) - sent)
    }
  } finally {
    receiver.close()
  }
  return latencies
}

const rows: Record<string, string | number>[] = []
const ms = (value: number) => Number(value.toFixed(1))
for (const [index, driver] of drivers.entries()) {
  // Development: the anonymous caller edits, publishes and subscribes webhooks to 127.0.0.1.
  const server = await startServer(driver, 4300 + index, { NODE_ENV: 'development', RATE_LIMIT_PER_MINUTE: '1000000' })
  try {
    const changeSet = await publishChangeSet(server)
    rows.push({ driver, endpoint: `publish ${CHANGE_SET} approved drafts in one release`, service: `${ms(changeSet.publishMs)} ms` })
    // The first read of the feed after the publish computes it; the next is served from the response cache.
    for (const nth of ['1st (computed)', '2nd (cached)']) {
      const started = performance.now()
      const response = await fetch(`${server.url}/v1/changes?since=1&limit=500`, { headers: server.headers })
      const body = (await response.json()) as { data: unknown[] }
      if (!response.ok || body.data.length !== CHANGE_SET) throw new Error(`GET /v1/changes: ${response.status}, ${body.data.length} entries`)
      rows.push({ driver, endpoint: `GET /v1/changes?since=1&limit=500, ${nth} request`, 'p50 ms': ms(performance.now() - started) })
    }
    const measured = await measureAgainstCeiling(
      server,
      [
        { label: `GET /v1/changes?since=1 (${CHANGE_SET} added, one page)`, method: 'GET', path: `/v1/changes?since=1&limit=500` },
        { label: 'GET /v1/changes?since=0 (initial sync, first page of 500)', method: 'GET', path: '/v1/changes?since=0&limit=500' },
      ],
      { connections: Number(values.connections), duration: Number(values.duration), port: 4400 + index },
    )
    rows.push(...measured.map((row) => ({ driver, ...row })))
    const latencies = await deliveryLatency(server, Number(values.publishes))
    rows.push({
      driver,
      endpoint: `webhook delivery, publish sent to receiver (${latencies.length} publishes)`,
      'p50 ms': ms(median(latencies)),
      'p99 ms': ms(Math.max(...latencies)),
    })
  } finally {
    await server.stop()
  }
}
console.table(rows)

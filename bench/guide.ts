// Read throughput per driver, each figure next to its ceiling: a bare Fastify route sending the very
// same bytes from memory, measured in the same run (this machine is shared and noisy, so only the
// ratio is comparable between runs). Also start-up time on an empty database.
// Usage: npm run bench [-- --duration 8 --connections 50 --skipPostgres]
//        (PostgreSQL at BENCH_DATABASE_URL or the local server)
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { projectRoot } from '../src/paths.js'
import { startServer } from './server-process.js'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
    skipPostgres: { type: 'boolean', default: false },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const drivers = values.skipPostgres ? (['pglite'] as const) : (['pglite', 'postgres'] as const)

interface Target {
  method: 'GET' | 'POST'
  path: string
  body?: object
}
const targets: Target[] = [
  { method: 'GET', path: '/v1/topics/boundaries' },
  { method: 'GET', path: '/v1/guide' },
  { method: 'GET', path: '/v1/prompts?age=9&depth=2&limit=20' },
  { method: 'GET', path: '/v1/search?q=boundaries' },
  { method: 'POST', path: '/v1/recommendations', body: { age: 9, interests: ['cooking'], minutes: 60 } },
  { method: 'POST', path: '/graphql', body: { query: '{ topics(first: 9) { nodes { slug title prompts(first: 3) { nodes { slug text } } } } }' } },
]

async function load(url: string, target: Target, headers: Record<string, string>) {
  const result = await autocannon({
    url: `${url}${target.path}`,
    method: target.method,
    headers: target.body ? { ...headers, 'content-type': 'application/json' } : headers,
    ...(target.body ? { body: JSON.stringify(target.body) } : {}),
    connections,
    duration,
  })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.path}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result
}

async function startCeiling(port: number, recorded: object[]) {
  const folder = await mkdtemp(join(tmpdir(), 'bonds-ceiling-'))
  const file = join(folder, 'responses.json')
  await writeFile(file, JSON.stringify(recorded))
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ceiling-server.ts', String(port), file], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => String(chunk).includes('ready') && resolve())
    child.once('exit', (code) => reject(new Error(`ceiling server exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      await rm(folder, { recursive: true, force: true })
    },
  }
}

const rows: Record<string, string | number>[] = []
for (const [index, driver] of drivers.entries()) {
  const server = await startServer(driver, 4100 + index)
  let ceiling: Awaited<ReturnType<typeof startCeiling>> | undefined
  try {
    rows.push({ driver, endpoint: 'start-up on an empty database', bytes: '', service: `${Math.round(server.startupMs)} ms` })
    const recorded = []
    for (const target of targets) {
      const response = await fetch(`${server.url}${target.path}`, {
        method: target.method,
        headers: target.body ? { ...server.headers, 'content-type': 'application/json' } : server.headers,
        ...(target.body ? { body: JSON.stringify(target.body) } : {}),
      })
      if (!response.ok) throw new Error(`${target.path}: ${response.status} ${await response.text()}`)
      recorded.push({ method: target.method, path: target.path, contentType: response.headers.get('content-type') ?? 'application/json', body: await response.text() })
    }
    ceiling = await startCeiling(4200 + index, recorded)
    for (const [position, target] of targets.entries()) {
      const service = await load(server.url, target, server.headers)
      const bare = await load(ceiling.url, target, {})
      rows.push({
        driver,
        endpoint: `${target.method} ${target.path.slice(0, 40)}`,
        bytes: Buffer.byteLength(recorded[position]?.body ?? ''),
        service: Math.round(service.requests.average),
        ceiling: Math.round(bare.requests.average),
        ratio: Number((service.requests.average / bare.requests.average).toFixed(2)),
        'p99 ms': service.latency.p99,
      })
    }
  } finally {
    await ceiling?.stop()
    await server.stop()
  }
}
console.table(rows)

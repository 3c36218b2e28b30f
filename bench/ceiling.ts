// Measures a running server's endpoints against their ceiling: a bare Fastify child process sending the
// very same response bytes from memory, loaded with the same autocannon settings in the same run.
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { projectRoot } from '../src/paths.js'
import type { RunningServer } from './server-process.js'

export interface Target {
  label: string
  method: 'GET' | 'POST'
  path: string
  /** POST bodies, sent in turn by each connection. */
  bodies?: object[]
  /**
   * Each request to the service adds a never-seen entry to `recentActivities` (an unknown slug, so the
   * answer is the same), making every request a response-cache miss: the uncached path is measured.
   */
  missEveryRequest?: boolean
}

let missCounter = 0

export interface LoadOptions {
  connections: number
  duration: number
  /** Port for the ceiling server. */
  port: number
}

async function load(url: string, target: Target, headers: Record<string, string>, options: LoadOptions, misses = false) {
  const requestHeaders = target.bodies ? { ...headers, 'content-type': 'application/json' } : headers
  const unique = (body: object) => () => ({
    method: target.method,
    path: target.path,
    headers: requestHeaders,
    body: JSON.stringify({ ...body, recentActivities: [`bench-miss-${missCounter++}`] }),
  })
  const result = await autocannon({
    url: `${url}${target.path}`,
    method: target.method,
    headers: requestHeaders,
    ...(target.bodies
      ? {
          requests: target.bodies.map((body) =>
            misses ? { setupRequest: unique(body) } : { method: target.method, path: target.path, headers: requestHeaders, body: JSON.stringify(body) },
          ),
        }
      : {}),
    connections: options.connections,
    duration: options.duration,
  })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.label}: ${result.non2xx} non-2xx, ${result.errors} errors`)
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

/** One row per target: the service's and the ceiling's requests per second, their ratio, p50 and p99. */
export async function measureAgainstCeiling(server: RunningServer, targets: Target[], options: LoadOptions) {
  const recorded = []
  const bytes = new Map<Target, number>()
  for (const target of targets) {
    for (const body of target.bodies ?? [undefined]) {
      const requestBody = body === undefined ? undefined : JSON.stringify(body)
      const response = await fetch(`${server.url}${target.path}`, {
        method: target.method,
        headers: requestBody ? { ...server.headers, 'content-type': 'application/json' } : server.headers,
        ...(requestBody ? { body: requestBody } : {}),
      })
      const text = await response.text()
      if (!response.ok) throw new Error(`${target.label}: ${response.status} ${text}`)
      recorded.push({
        method: target.method,
        path: target.path,
        requestBody,
        contentType: response.headers.get('content-type') ?? 'application/json',
        body: text,
      })
      bytes.set(target, (bytes.get(target) ?? 0) + Buffer.byteLength(text) / (target.bodies?.length ?? 1))
    }
  }
  const ceiling = await startCeiling(options.port, recorded)
  try {
    const rows: Record<string, string | number>[] = []
    for (const target of targets) {
      const service = await load(server.url, target, server.headers, options, target.missEveryRequest)
      const bare = await load(ceiling.url, target, {}, options)
      rows.push({
        endpoint: target.label,
        bytes: Math.round(bytes.get(target) ?? 0),
        service: Math.round(service.requests.average),
        ceiling: Math.round(bare.requests.average),
        ratio: Number((service.requests.average / bare.requests.average).toFixed(2)),
        'p50 ms': service.latency.p50,
        'p99 ms': service.latency.p99,
      })
    }
    return rows
  } finally {
    await ceiling.stop()
  }
}

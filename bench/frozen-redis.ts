// Latency of counted requests while Redis is frozen (SIGSTOP) for 30 s, fail-open and fail-closed.
// Starts its own redis-server and two instances over HTTP on one embedded database; prints p50/p99/max
// per mode and phase. Usage: npx tsx bench/frozen-redis.ts [freeze seconds] [concurrent clients per instance]
// (ports 6391, 3410, 3411). Figures on a shared machine are its load as much as ours: compare the phases.
import { performance } from 'node:perf_hooks'
import { buildApp, type App } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'
import { startOwnRedis } from '../tests/helpers/redis-server.js'

const FREEZE_S = Number(process.argv[2] ?? 30)
const WORKERS = Number(process.argv[3] ?? 8)
const redis = await startOwnRedis(6391)
const database = await openDatabase({})
const instance = async (failClosed: boolean, port: number) => {
  const env = { NODE_ENV: 'production', LOG_LEVEL: 'silent', REDIS_URL: redis.url, RATE_LIMIT_FAIL_CLOSED: String(failClosed) }
  const app = await buildApp({ config: loadConfig(env), database, logger: false })
  await app.listen({ port, host: '127.0.0.1' })
  return app
}
const apps: [string, App, number][] = [
  ['fail-open', await instance(false, 3410), 3410],
  ['fail-closed', await instance(true, 3411), 3411],
]
const key = (await apps[0]![1].services.keys.create({ name: 'bench', scopes: ['content:read'], rateLimit: 1_000_000 })).key

async function load(port: number, seconds: number): Promise<{ ms: number[]; statuses: Map<number, number> }> {
  const ms: number[] = []
  const statuses = new Map<number, number>()
  const until = performance.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (performance.now() < until) {
        const started = performance.now()
        const response = await fetch(`http://127.0.0.1:${port}/v1/topics`, { headers: { authorization: `Bearer ${key}` } })
        await response.arrayBuffer()
        ms.push(performance.now() - started)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
    }),
  )
  return { ms, statuses }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
function report(mode: string, phase: string, result: Awaited<ReturnType<typeof load>>) {
  const sorted = result.ms.sort((a, b) => a - b)
  const statuses = [...result.statuses].map(([status, count]) => `${status}x${count}`).join(' ')
  console.log(
    `${mode.padEnd(11)} ${phase.padEnd(14)} n=${String(sorted.length).padEnd(6)} p50=${percentile(sorted, 50).toFixed(1)} ms  p99=${percentile(sorted, 99).toFixed(1)} ms  max=${sorted.at(-1)?.toFixed(1)} ms  ${statuses}`,
  )
}

try {
  for (const [mode, , port] of apps) report(mode, 'healthy (5 s)', await load(port, 5))
  redis.freeze()
  const frozen = await Promise.all(apps.map(([, , port]) => load(port, FREEZE_S)))
  apps.forEach(([mode], index) => report(mode, `frozen (${FREEZE_S} s)`, frozen[index]!))
  for (const [mode, , port] of apps) {
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
    console.log(
      `${mode}: ${metrics
        .split('\n')
        .filter((line) => /^bonds_(redis|rate_limit)/.test(line))
        .join('  ')}`,
    )
  }
  redis.thaw()
  const after = await Promise.all(apps.map(([, , port]) => load(port, 10)))
  apps.forEach(([mode], index) => report(mode, 'thawed (10 s)', after[index]!))
} finally {
  for (const [, app] of apps) await app.close()
  await database.close()
  await redis.stop()
}

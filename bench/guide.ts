// Start-up time on an empty database and read latency of the guide endpoints, per driver, in one run.
// Usage: npm run bench [-- --duration 10 --connections 20]   (PostgreSQL at BENCH_DATABASE_URL or the local server)
import autocannon from 'autocannon'
import { parseArgs } from 'node:util'
import { startServer } from './server-process.js'

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' }, skipPostgres: { type: 'boolean', default: false } },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const paths = ['/v1/guide', '/v1/topics/boundaries', '/v1/search?q=boundaries', '/v1/guide?release=1']
const drivers = values.skipPostgres ? (['pglite'] as const) : (['pglite', 'postgres'] as const)

const rows: Record<string, string | number>[] = []
for (const [index, driver] of drivers.entries()) {
  const server = await startServer(driver, 4100 + index)
  try {
    rows.push({ driver, path: 'start-up on an empty database (ms)', value: Math.round(server.startupMs) })
    for (const path of paths) {
      const result = await autocannon({ url: `${server.url}${path}`, headers: server.headers, connections, duration })
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`)
      rows.push({
        driver,
        path,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
      })
    }
  } finally {
    await server.stop()
  }
}
console.table(rows)

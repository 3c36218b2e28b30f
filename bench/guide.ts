// Read throughput per driver, each figure next to its ceiling: a bare Fastify route sending the very
// same bytes from memory, measured in the same run (this machine is shared and noisy, so only the
// ratio is comparable between runs). Also start-up time on an empty database, and the server's RSS
// after the load. Recommendations are measured twice: one profile, and 40 varied profiles in turn
// (each answer computed, as for real partners).
// Usage: npm run bench [-- --duration 8 --connections 50 --skipPostgres]
//        (PostgreSQL at BENCH_DATABASE_URL or the local server)
import { parseArgs } from 'node:util'
import { exampleQuery } from '../src/graphql/graphiql.js'
import { measureAgainstCeiling, type Target } from './ceiling.js'
import { variedProfiles } from './profiles.js'
import { startServer } from './server-process.js'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
    skipPostgres: { type: 'boolean', default: false },
  },
})
const drivers = values.skipPostgres ? (['pglite'] as const) : (['pglite', 'postgres'] as const)

const targets: Target[] = [
  { label: 'GET /v1/topics/boundaries', method: 'GET', path: '/v1/topics/boundaries' },
  { label: 'GET /v1/guide', method: 'GET', path: '/v1/guide' },
  { label: 'GET /v1/prompts?age=9&depth=2&limit=20', method: 'GET', path: '/v1/prompts?age=9&depth=2&limit=20' },
  { label: 'GET /v1/search?q=boundaries', method: 'GET', path: '/v1/search?q=boundaries' },
  { label: 'POST /v1/recommendations (one profile)', method: 'POST', path: '/v1/recommendations', bodies: [{ age: 9, interests: ['cooking'], minutes: 60 }] },
  { label: 'POST /v1/recommendations (40 profiles)', method: 'POST', path: '/v1/recommendations', bodies: variedProfiles(40) },
  { label: 'POST /graphql (the GraphiQL example)', method: 'POST', path: '/graphql', bodies: [{ query: exampleQuery }] },
]

const rows: Record<string, string | number>[] = []
for (const [index, driver] of drivers.entries()) {
  const server = await startServer(driver, 4100 + index)
  try {
    rows.push({ driver, endpoint: 'start-up on an empty database', service: `${Math.round(server.startupMs)} ms` })
    const measured = await measureAgainstCeiling(server, targets, {
      connections: Number(values.connections),
      duration: Number(values.duration),
      port: 4200 + index,
    })
    rows.push(...measured.map((row) => ({ driver, ...row })))
    rows.push({ driver, endpoint: 'RSS after the load', service: `${(await server.rssMb()) ?? '?'} MB` })
  } finally {
    await server.stop()
  }
}
console.table(rows)

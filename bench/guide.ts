// Read throughput per driver, each figure next to its ceiling: a bare Fastify route sending the very
// same bytes from memory, measured in the same run (this machine is shared and noisy, so only the
// ratio is comparable between runs). Also start-up time on an empty database, and the server's RSS
// after the load. Recommendations are measured twice: one profile, and 40 varied profiles in turn
// (each answer computed, as for real partners). Last, the uncached figure: the GraphiQL example as the
// first request after a publish (PostgreSQL: --publishes imports from outside the running server; PGlite,
// which locks its data folder: the first request on as many freshly started servers), median and max,
// next to the request right after it (see first-request.ts).
// Usage: npm run bench [-- --duration 8 --connections 50 --publishes 5 --skipPostgres]
//        (PostgreSQL at BENCH_DATABASE_URL or the local server)
import { parseArgs } from 'node:util'
import { exampleQuery } from '../src/graphql/graphiql.js'
import { measureAgainstCeiling, type Target } from './ceiling.js'
import { afterPublishes, afterStarts, median, type FirstRequests } from './first-request.js'
import { variedProfiles } from './profiles.js'
import { startServer } from './server-process.js'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
    publishes: { type: 'string', default: '5' },
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
  {
    label: 'POST /v1/recommendations (40 profiles, every request a cache miss)',
    method: 'POST',
    path: '/v1/recommendations',
    bodies: variedProfiles(40),
    missEveryRequest: true,
  },
  { label: 'POST /graphql (the GraphiQL example)', method: 'POST', path: '/graphql', bodies: [{ query: exampleQuery }] },
]

const publishes = Number(values.publishes)

const rows: Record<string, string | number>[] = []
const ms = (value: number) => Number(value.toFixed(1))
/** Two rows: the first requests' median and max, then the second requests'. */
const firstRequestRows = (driver: string, after: string, count: string, measured: FirstRequests) =>
  (['1st', '2nd'] as const).map((nth) => {
    const values = nth === '1st' ? measured.first : measured.second
    return {
      driver,
      endpoint: `POST /graphql (the GraphiQL example), ${nth} request ${after}`,
      service: count,
      'p50 ms': ms(median(values)),
      'max ms': ms(Math.max(...values)),
    }
  })
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
    if (driver === 'postgres' && publishes > 0) {
      rows.push(...firstRequestRows(driver, 'after a publish', `${publishes} publishes`, await afterPublishes(server, publishes)))
    }
  } finally {
    await server.stop()
  }
  if (driver === 'pglite' && publishes > 0) {
    const measured = await afterStarts(4110 + index, publishes)
    rows.push(...firstRequestRows(driver, 'on a freshly started server (PGlite: no outside publish)', `${publishes} fresh starts`, measured))
  }
}
console.table(rows)

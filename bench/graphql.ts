// The explorer's nested query (topics -> prompts + activities -> suggested prompts) as one GraphQL
// request, against the REST calls that fetch the same data, on the same server in one run.
// Usage: npx tsx bench/graphql.ts [--duration 10] [--connections 20]
import autocannon from 'autocannon'
import { parseArgs } from 'node:util'
import { exampleQuery } from '../src/graphql/graphiql.js'
import { startServer } from './server-process.js'

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' } } })
const duration = Number(values.duration)
const connections = Number(values.connections)

const server = await startServer('pglite', 4300)
try {
  const get = async (path: string) => (await fetch(`${server.url}${path}`, { headers: server.headers })).json() as Promise<{ data: { slug: string }[] }>
  // The REST calls an app makes for the same screen: 1 + 2 per topic + 1 per activity.
  const topics = (await get('/v1/topics?limit=3')).data
  const paths = ['/v1/topics?limit=3']
  for (const topic of topics) {
    paths.push(`/v1/prompts?topic=${topic.slug}&limit=2`, `/v1/activities?topic=${topic.slug}&limit=2`)
    for (const activity of (await get(`/v1/activities?topic=${topic.slug}&limit=2`)).data) paths.push(`/v1/activities/${activity.slug}`)
  }
  const body = JSON.stringify({ query: exampleQuery })
  const graphql = await autocannon({
    url: `${server.url}/graphql`,
    method: 'POST',
    headers: { ...server.headers, 'content-type': 'application/json' },
    body,
    connections,
    duration,
  })
  const rest = await autocannon({
    url: server.url,
    connections,
    duration,
    headers: server.headers,
    requests: paths.map((path) => ({ method: 'GET' as const, path, headers: server.headers })),
  })
  for (const [name, result] of [
    ['graphql', graphql],
    ['rest', rest],
  ] as const) {
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  }
  const graphqlScreens = graphql.requests.average
  const restScreens = rest.requests.average / paths.length
  console.table([
    {
      way: 'GraphQL, 1 request',
      'req/s': Math.round(graphql.requests.average),
      'screens/s': Math.round(graphqlScreens),
      'p50 ms': graphql.latency.p50,
      'p99 ms': graphql.latency.p99,
    },
    {
      way: `REST, ${paths.length} requests`,
      'req/s': Math.round(rest.requests.average),
      'screens/s': Math.round(restScreens),
      'p50 ms': rest.latency.p50,
      'p99 ms': rest.latency.p99,
    },
  ])
  console.log(`GraphQL serves the explorer's screen ${(graphqlScreens / restScreens).toFixed(2)}x as often as the ${paths.length} REST calls.`)
} finally {
  await server.stop()
}

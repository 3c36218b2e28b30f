// How long the hostile GraphQL requests of tests/security/graphql-hostile.test.ts take: the review's
// 26-layer fragment fan-out is refused in about 10 ms (goal: under 100 ms, with /healthz answered alongside).
// Figures, not assertions: a shared machine makes time bounds flaky in tests.
// Usage: npx tsx bench/hostile-graphql.ts
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'

const fanOut = (layers: number, leaf = 'currentRelease { id }') =>
  `{ ...F${layers} } fragment F0 on Query { ${leaf} }` +
  Array.from({ length: layers }, (_, index) => ` fragment F${index + 1} on Query { ...F${index} ...F${index} }`).join('')

const cases: [name: string, query: string][] = [
  ['fragment fan-out, 26 layers (the review)', fanOut(26)],
  ['fragment fan-out, 60 layers', fanOut(60)],
  ['fragment fan-out over a list', fanOut(40, 'prompts(first: 100) { nodes { slug followUps { slug } } }')],
  ['a fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A currentRelease { id } }'],
  ['depth 200', `{ prompt(slug: "x") { ${'followUps { '.repeat(200)}slug${' }'.repeat(200)} } }`],
  ['2 000 __typename', `{ ${'__typename '.repeat(2_000)} }`],
]

const database = await openDatabase({ dataDir: null })
const app = await buildApp({ config: loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' }), database, logger: false })
try {
  const post = (query: string) => app.inject({ method: 'POST', url: '/graphql', payload: { query } })
  await post(fanOut(3))
  for (const [name, query] of cases) {
    const times: number[] = []
    for (let run = 0; run < 5; run++) {
      const started = performance.now()
      await post(query)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    console.log(`${name}: median ${times[2]?.toFixed(1)} ms (min ${times[0]?.toFixed(1)}, max ${times[4]?.toFixed(1)})`)
  }
  const started = performance.now()
  await Promise.all([post(fanOut(26)), app.inject({ url: '/healthz' })])
  console.log(`the review's query and /healthz together: ${(performance.now() - started).toFixed(1)} ms`)
} finally {
  await app.close()
  await database.close()
}

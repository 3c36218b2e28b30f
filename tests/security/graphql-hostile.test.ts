import t from 'tap'
import { build } from '../helpers/build.js'
import { graphql } from '../helpers/graphql.js'

// The fan-out of the security review: each layer spreads the one below twice, 2^n fields from n lines.
const fanOut = (layers: number, leaf = 'currentRelease { id }') =>
  `{ ...F${layers} } fragment F0 on Query { ${leaf} }` +
  Array.from({ length: layers }, (_, index) => ` fragment F${index + 1} on Query { ...F${index} ...F${index} }`).join('')

const cases: [name: string, query: string, variables?: Record<string, unknown>][] = [
  ['fragment fan-out, 26 layers (the review)', fanOut(26)],
  ['fragment fan-out, 60 layers', fanOut(60)],
  ['fragment fan-out over a list', fanOut(40, 'prompts(first: 100) { nodes { slug followUps { slug } } }')],
  [
    'fan-out through nested lists',
    '{ ...L3 } fragment L0 on Prompt { slug followUps { slug } } ' +
      'fragment L1 on Prompt { ...L0 ...L0 followUps { ...L0 ...L0 } } fragment L2 on Prompt { ...L1 ...L1 followUps { ...L1 } } ' +
      'fragment L3 on Query { prompts(first: 100) { nodes { ...L2 ...L2 } } }',
  ],
  ['a fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A currentRelease { id } }'],
  [
    'wide fan-out: 30 spreads of 30 spreads',
    `{ ...W } fragment W on Query { ${'...V '.repeat(30)} } fragment V on Query { ${'...U '.repeat(30)} } fragment U on Query { currentRelease { id } }`,
  ],
  ['depth 200', `{ prompt(slug: "x") { ${'followUps { '.repeat(200)}slug${' }'.repeat(200)} } }`],
  [
    '1 000 sibling fields with the same name and different arguments',
    `{ ${Array.from({ length: 1_000 }, (_, i) => `topic(slug: "t${i}") { slug }`).join(' ')} }`,
  ],
  ['400 aliases', `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: currentRelease { id }`).join(' ')} }`],
  ['1 000 directives on one field', `{ currentRelease ${'@include(if: true) '.repeat(1_000)}{ id } }`],
  ['2 000 __typename', `{ ${'__typename '.repeat(2_000)} }`],
  ['500 variables declared', `query Q(${Array.from({ length: 500 }, (_, i) => `$v${i}: Int`).join(', ')}) { currentRelease { id } }`],
  ['a variable 50 000 characters long', 'query Q($q: String!) { search(q: $q, first: 5) { nodes { __typename } } }', { q: 'bond '.repeat(10_000) }],
  [
    'a deeply nested variable',
    'query Q($f: PromptFilter) { prompts(filter: $f, first: 1) { nodes { slug } } }',
    { f: JSON.parse(`${'{"age":'.repeat(500)}1${'}'.repeat(500)}`) },
  ],
  ['a variable of the wrong type', 'query Q($n: Int) { prompts(first: $n) { nodes { slug } } }', { n: 'many' }],
  ['first: 2^31', '{ prompts(first: 2147483647) { nodes { slug } } }'],
  ['first: -1', '{ prompts(first: -1) { nodes { slug } } }'],
  [
    'a forged cursor with a huge release',
    `{ prompts(first: 2, after: "${Buffer.from(JSON.stringify({ r: 2 ** 40, o: 0, f: 'x' })).toString('base64url')}") { nodes { slug } } }`,
  ],
  ['a NUL in an argument', '{ search(q: "bond\\u0000", first: 3) { nodes { __typename } } }'],
  ['a NUL in a variable', 'query Q($q: String!) { search(q: $q, first: 3) { nodes { __typename } } }', { q: 'bo\u0000nd' }],
  ['an unknown operationName', '{ currentRelease { id } }'],
]

// How fast these are answered is measured by bench/hostile-graphql.ts: a shared machine makes time bounds flaky.
t.test('hostile GraphQL: every request is answered, never with a 5xx', async (t) => {
  const app = await build(t, 'pglite')
  await graphql(app, '{ currentRelease { id } }')
  for (const [name, query, variables] of cases) {
    const result = await graphql(app, query, variables)
    t.ok(result.status < 500, `${name}: status ${result.status}`)
    t.notMatch(JSON.stringify(result.errors ?? []), /INTERNAL_ERROR/, `${name}: no internal error`)
  }
})

t.test("the review's 26-layer query is refused as too large, and the server stays responsive meanwhile", async (t) => {
  const app = await build(t, 'pglite')
  await graphql(app, fanOut(3))
  const [result, health] = await Promise.all([graphql(app, fanOut(26)), app.inject({ url: '/healthz' })])
  t.equal(health.statusCode, 200)
  t.equal(result.errors?.[0]?.extensions.code, 'QUERY_TOO_COMPLEX')
  t.equal(result.data, undefined, 'no data: the query never ran')
})

t.test('fragments are measured as the query they expand to', async (t) => {
  const app = await build(t, 'pglite')
  // The same 40 aliases, written once and spread twice: 80 aliases, over the limit of 30.
  const twenty = Array.from({ length: 20 }, (_, i) => `a${i}: currentRelease { id }`).join(' ')
  const spread = await graphql(app, `{ ...A ...B } fragment A on Query { ${twenty} } fragment B on Query { ...A }`)
  t.equal(spread.errors?.[0]?.extensions.code, 'TOO_MANY_ALIASES')
  // A modest query through fragments still runs.
  const fine = await graphql(app, '{ ...P } fragment P on Query { prompts(first: 3) { nodes { ...S } } } fragment S on Prompt { slug followUps { slug } }')
  t.equal(fine.errors, undefined)
  t.equal(fine.data?.prompts.nodes.length, 3)
})

import fc from 'fast-check'
import { parse } from 'graphql'
import t from 'tap'
import { build } from '../helpers/build.js'
import { graphql } from '../helpers/graphql.js'

const deep = (levels: number) =>
  `{ prompt(slug: "mom-what-is-hardest-about-letting-me-do-more-alone") { ${'followUps { '.repeat(levels)}text${' }'.repeat(levels)} } }`
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: currentRelease { id }`).join(' ')} }`
const wide = '{ topics(first: 100) { nodes { prompts(first: 100) { nodes { followUps { topics { prompts(first: 100) { nodes { text } } } } } } } } }'

t.test('hostile queries get a clear error: never a 500, never a hang', async (t) => {
  const app = await build(t, 'pglite')
  const cases: [string, unknown, RegExp][] = [
    // Each level is a list, so the size limit is passed before the depth limit: either refusal is right.
    ['depth 50', deep(50), /QUERY_TOO_DEEP|QUERY_TOO_COMPLEX/],
    ['5 000 aliases', aliases(5_000), /PAYLOAD_TOO_LARGE|TOO_MANY_ALIASES|QUERY_TOO_LARGE/],
    ['40 aliases', aliases(40), /TOO_MANY_ALIASES/],
    ['lists of lists', wide, /QUERY_TOO_COMPLEX/],
    ['1 MB query', `{ currentRelease { id } }${' '.repeat(1_000_000)}`, /PAYLOAD_TOO_LARGE/],
    ['30 000 characters', `{ currentRelease { id } }${' '.repeat(30_000)}`, /QUERY_TOO_LARGE/],
    ['depth 50 as a JSON document', parse(deep(50)), /QUERY_TOO_DEEP|QUERY_TOO_COMPLEX/],
    ['40 aliases as a JSON document', parse(aliases(40)), /TOO_MANY_ALIASES/],
    ['lists of lists as a JSON document', parse(wide), /QUERY_TOO_COMPLEX/],
    ['5 000 aliases as a JSON document', parse(aliases(5_000)), /PAYLOAD_TOO_LARGE|TOO_MANY_ALIASES|QUERY_TOO_LARGE/],
    ['a broken JSON document', { kind: 'Document', definitions: [{ kind: 'Nonsense' }] }, /GRAPHQL_BAD_REQUEST/],
    ['not a document', { kind: 'Document', definitions: 'x' }, /GRAPHQL_BAD_REQUEST/],
    ['a number', 42, /GRAPHQL_BAD_REQUEST/],
    ['a syntax error', '{ topics { ', /GRAPHQL_PARSE_FAILED/],
  ]
  for (const [name, query, code] of cases) {
    const started = Date.now()
    const result = await graphql(app, query)
    t.ok(result.status < 500, `${name}: status ${result.status}`)
    t.match(result.errors?.map((error) => error.extensions.code).join(','), code, name)
    t.ok(Date.now() - started < 5_000, `${name}: answered quickly`)
  }
})

t.test('batched queries are off', async (t) => {
  const app = await build(t, 'pglite')
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    payload: [{ query: '{ currentRelease { id } }' }, { query: '{ currentRelease { id } }' }],
  })
  t.equal(response.statusCode, 400)
  t.match(response.json(), { errors: [{ extensions: { code: 'GRAPHQL_BAD_REQUEST' } }] })
})

t.test('status codes follow GraphQL over HTTP', async (t) => {
  const app = await build(t, 'pglite')
  const strict = { accept: 'application/graphql-response+json' }
  const invalid = '{ topics { nodes { titl } } }'
  t.match(await graphql(app, invalid), { status: 200, contentType: /^application\/json/ }, 'application/json: 200 for a well-formed request')
  t.match(await graphql(app, invalid, undefined, strict), { status: 400, contentType: /^application\/graphql-response\+json/ })
  t.match(await graphql(app, deep(50), undefined, strict), { status: 400 })
  const fieldError = await graphql(app, '{ topic(slug: "nope") { title } }', undefined, strict)
  t.match(fieldError, { status: 200, errors: [{ path: ['topic'], extensions: { code: 'TOPIC_NOT_FOUND' } }] })
  const ok = await graphql(app, '{ currentRelease { id } }', undefined, strict)
  t.match(ok, { status: 200, contentType: /^application\/graphql-response\+json/, data: { currentRelease: { id: 1 } } })
  const bad = await graphql(app, '{ prompts(filter: { age: 200, depth: 9 }) { nodes { text } } }')
  t.match(bad.errors, [{ extensions: { code: 'VALIDATION_FAILED', errors: [{ field: 'age' }, { field: 'depth' }] } }])
  const missing = await app.inject({ method: 'POST', url: '/graphql', payload: {} })
  t.equal(missing.statusCode, 400)
  const notJson = await app.inject({ method: 'POST', url: '/graphql', payload: '{"query":', headers: { 'content-type': 'application/json' } })
  t.ok(notJson.statusCode >= 400 && notJson.statusCode < 500)
})

t.test('any string as a query: never a 500', async (t) => {
  const app = await build(t, 'pglite')
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.stringMatching(/^[{}() a-zA-Z:"!$@,.\d[\]]{0,120}$/)), async (query) => {
      const result = await graphql(app, query)
      if (result.status >= 500) throw new Error(`${JSON.stringify(query)} -> ${result.status}`)
    }),
    { numRuns: 200 },
  )
  t.pass('no 5xx')
})

t.test('introspection can be switched off, and suggestions go with it', async (t) => {
  const open = await build(t, 'pglite')
  t.ok((await graphql(open, '{ __schema { queryType { name } } }')).data?.__schema)
  const closed = await build(t, 'pglite', { env: { GRAPHQL_INTROSPECTION: 'false' } })
  const refused = await graphql(closed, '{ __schema { queryType { name } } }')
  t.match(refused.errors, [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }])
  const typo = await graphql(closed, '{ topics { nodes { titl } } }')
  t.notMatch(typo.errors?.[0]?.message, /Did you mean/)
  const enumTypo = await graphql(closed, '{ conversationPlan(input: { age: 9, goal: OPEN, setting: "meal", minutes: 10 }) { age } }')
  t.notMatch(JSON.stringify(enumTypo.errors), /Did you mean/)
  t.ok((await graphql(closed, '{ currentRelease { id } }')).data?.currentRelease)
})

t.test('a body too large or of the wrong type gets the same code from GraphQL as from REST', async (t) => {
  const app = await build(t, 'pglite')
  const large = JSON.stringify({ query: `{ currentRelease { id } }${' '.repeat(200_000)}` })
  const cases: [string, string, number, string][] = [
    ['a 200 KB body', 'application/json', 413, 'PAYLOAD_TOO_LARGE'],
    ['a text/plain body', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ]
  for (const [name, type, status, code] of cases) {
    const payload = status === 413 ? large : '{ currentRelease { id } }'
    const rest = await app.inject({ method: 'POST', url: '/v1/recommendations', headers: { 'content-type': type }, payload })
    const gql = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': type }, payload })
    t.equal(rest.statusCode, status, `REST, ${name}`)
    t.equal(rest.json().code, code, `REST, ${name}`)
    t.equal(gql.statusCode, status, `GraphQL, ${name}`)
    t.equal(gql.json().errors[0].extensions.code, code, `GraphQL, ${name}`)
  }
})

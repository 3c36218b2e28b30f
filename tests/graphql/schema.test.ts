import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql'
import t from 'tap'
import { exampleQuery } from '../../src/graphql/graphiql.js'
import { renderGraphqlTypes } from '../../src/graphql/render-types.js'
import { loadSdl } from '../../src/graphql/sdl.js'
import { projectRoot } from '../../src/paths.js'
import { build } from '../helpers/build.js'
import { graphqlData } from '../helpers/graphql.js'

t.test('every type, field, argument and enum value has a description', async (t) => {
  const schema = buildSchema(loadSdl())
  const missing: string[] = []
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue
    if (!type.description) missing.push(type.name)
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`)
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`)
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`)
    if (isUnionType(type) && !type.description) missing.push(type.name)
  }
  t.same(missing, [], 'undocumented schema elements')
})

t.test('the committed resolver types are what the SDL generates', async (t) => {
  const committed = await readFile(join(projectRoot, 'src/graphql/generated.ts'), 'utf8')
  t.ok(committed === (await renderGraphqlTypes()), 'src/graphql/generated.ts is stale: run `npm run graphql:generate` and commit it')
})

t.test('GraphiQL is served with local assets and opens on a working example', async (t) => {
  const app = await build(t, 'pglite')
  const page = await app.inject('/graphiql')
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /text\/html/)
  t.notMatch(page.payload, /https?:\/\//, 'no asset comes from another host')
  // Every asset the page loads comes from this server; a data: URL (the empty favicon) loads nothing.
  const scripts = [...page.payload.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!).filter((url) => !url.startsWith('data:'))
  t.ok(
    scripts.every((url) => url.startsWith('/graphiql/')),
    'every asset is under /graphiql/',
  )
  t.ok(scripts.length >= 4)
  for (const asset of scripts) t.equal((await app.inject(asset)).statusCode, 200, asset)
  t.equal((await app.inject('/graphiql/assets/nope.js')).statusCode, 404)
  const data = await graphqlData(app, exampleQuery)
  t.equal(data.topics.nodes.length, 3)
})

import { buildSchema, isInputObjectType, isObjectType, type GraphQLNamedType } from 'graphql'
import t from 'tap'
import { z } from 'zod'
import type { Relation } from '../../src/content/types/define.js'
import { contentTypes } from '../../src/content/types/index.js'
import { loadSdl } from '../../src/graphql/sdl.js'

// Each content type is declared once (src/content/types); the API schema, the REST filters and the
// GraphQL vocabulary must follow the declaration, so a new field or filter cannot be half added.
const schema = buildSchema(loadSdl())
const graphqlTypes: Record<string, { object: string; filter?: string }> = {
  topic: { object: 'Topic', filter: 'TopicFilter' },
  faq: { object: 'Faq' },
  prompt: { object: 'Prompt', filter: 'PromptFilter' },
  activity: { object: 'Activity', filter: 'ActivityFilter' },
}

function named(name: string): GraphQLNamedType {
  const type = schema.getType(name)
  if (!type) throw new Error(`the SDL has no type ${name}`)
  return type
}

function enumValues(value: z.ZodType): readonly string[] | null {
  const inner = value instanceof z.ZodOptional ? (value.unwrap() as z.ZodType) : value
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null
}

for (const [type, declared] of Object.entries(contentTypes)) {
  t.test(`the ${type} declaration`, async (t) => {
    const contentFields = Object.keys((declared.content as unknown as z.ZodObject).shape)
    const apiFields = Object.keys(declared.api.shape)
    t.same(
      apiFields,
      ['id', 'version', ...contentFields, ...(declared.derived ?? [])],
      'the API item is the document reference, the declared content and the fields derived from it',
    )

    const mapped = graphqlTypes[type]
    if (!mapped) return
    const object = named(mapped.object)
    t.ok(isObjectType(object))
    if (!isObjectType(object)) return
    const graphqlFields = Object.keys(object.getFields())
    // GraphQL expands the slugs a relation names into the documents, under the name it declares.
    const relations: Record<string, Relation> = declared.relations ?? {}
    for (const field of apiFields) {
      const graphqlName = relations[field]?.graphql ?? field
      t.ok(graphqlFields.includes(graphqlName), `GraphQL ${mapped.object} has ${graphqlName}`)
    }

    if (!mapped.filter) return
    const input = named(mapped.filter)
    t.ok(isInputObjectType(input))
    if (!isInputObjectType(input)) return
    const inputFields = input.getFields()
    t.same(Object.keys(inputFields).sort(), Object.keys(declared.filters).sort(), `${mapped.filter} has exactly the declared filters`)
    for (const [name, filter] of Object.entries(declared.filters)) {
      const values = enumValues(filter.value as z.ZodType)
      const description = inputFields[name]?.description ?? ''
      if (values) {
        for (const value of values) {
          t.ok(description.includes(value) || description.includes('e.g.'), `${mapped.filter}.${name} documents "${value}"`)
        }
      }
    }
  })
}

t.test('every declared filter is a query parameter of its list route and a typed value for services', async (t) => {
  for (const [type, declared] of Object.entries(contentTypes)) {
    for (const [name, filter] of Object.entries(declared.filters)) {
      const typed = (filter.value as z.ZodType).safeParse(undefined)
      t.notOk(typed.success, `${type}.${name}: the typed value is required once given`)
      t.ok((filter.query as z.ZodType).safeParse(undefined).success, `${type}.${name}: the query parameter is optional`)
    }
  }
})

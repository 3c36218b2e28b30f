import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSchema, isListType, isNonNullType, isObjectType, type GraphQLOutputType } from 'graphql'
import t from 'tap'
import { relations, unknownNames } from '../../src/content/relations.js'
import { contentTypes, documentId } from '../../src/content/types/index.js'
import type { DocumentType } from '../../src/content/vocabulary.js'
import { viewOf } from '../../src/documents/visibility.js'
import { loaders, nestedRelationResolvers } from '../../src/graphql/loaders.js'
import { loadSdl } from '../../src/graphql/sdl.js'

// Relations between content types are declared once, in each type's declaration (src/content/types):
// what a policy lets a caller see, the GraphQL fields, and the checks on load and on publish all
// follow them, so a new relation cannot be half added and none of them keeps its own list.
const schema = buildSchema(loadSdl())
const root = new URL('../../src/', import.meta.url).pathname
const objectOf = (type: DocumentType) => contentTypes[type].api.meta()?.id as string

function namedType(type: GraphQLOutputType): string {
  let inner = type
  while (isNonNullType(inner) || isListType(inner)) inner = inner.ofType
  return (inner as { name: string }).name
}

t.test('relations are declared', async (t) => {
  const declared = relations.map((relation) => `${relation.from}.${relation.field} -> ${relation.to}`)
  t.same(declared.sort(), [
    'activity.prompts -> prompt',
    'activity.topics -> topic',
    'faq.topics -> topic',
    'prompt.followUps -> prompt',
    'prompt.resources -> resource',
    'prompt.topics -> topic',
  ])
  for (const relation of relations) {
    const fields = Object.keys((contentTypes[relation.from].content as unknown as { shape?: object }).shape ?? {})
    t.ok(fields.includes(relation.field), `${relation.from} has the field ${relation.field}`)
  }
})

t.test('every declared relation is a GraphQL field with its loader, and every relation loader is declared', async (t) => {
  const expected = new Set(['Release.documents'])
  for (const relation of relations) {
    const [object, field, target] = relation.each
      ? [relation.each.graphql, relation.each.slug, objectOf(relation.to)]
      : [objectOf(relation.from), relation.graphql ?? relation.field, objectOf(relation.to)]
    expected.add(`${object}.${field}`)
    const type = schema.getType(object)
    t.ok(isObjectType(type) && namedType(type.getFields()[field]!.type) === target, `GraphQL ${object}.${field} is of ${target}`)
    if (relation.each) {
      const parent = schema.getType(objectOf(relation.from))
      const listed = isObjectType(parent) && namedType(parent.getFields()[relation.field]!.type)
      t.equal(listed, relation.each.graphql, `${relation.from}.${relation.field} lists ${relation.each.graphql}`)
      const stamping = nestedRelationResolvers[objectOf(relation.from)] as Record<string, unknown> | undefined
      t.ok(stamping?.[relation.field], `a resolver stamps ${relation.field} with the release`)
    }
    if (relation.namedBy) {
      expected.add(`${target}.${relation.namedBy}`)
      const named = schema.getType(target)
      const paged = isObjectType(named) && namedType(named.getFields()[relation.namedBy]!.type)
      t.equal(paged, `${objectOf(relation.from)}Connection`, `GraphQL ${target}.${relation.namedBy} pages ${objectOf(relation.from)}`)
    }
  }
  const loaded = Object.entries(loaders).flatMap(([object, fields]) => Object.keys(fields as object).map((field) => `${object}.${field}`))
  t.same(loaded.sort(), [...expected].sort(), 'the loaders are exactly those of the declared relations')
})

t.test('a view names only documents the caller may read, through every declared relation', async (t) => {
  for (const relation of relations) {
    const entry = (slug: string) => (relation.each ? { [relation.each.slug]: slug, why: 'x' } : slug)
    const document = { slug: 'here', [relation.field]: [entry('seen'), entry('unseen')] }
    const visible = new Set([documentId(relation.to, 'seen')])
    const seen = viewOf(relation.from, document, visible) as Record<string, unknown>
    t.same(seen[relation.field], [entry('seen')], `${relation.from}.${relation.field} drops what the caller may not read`)
    const everything = new Set([documentId(relation.to, 'seen'), documentId(relation.to, 'unseen')])
    t.equal(viewOf(relation.from, document, everything), document, 'and allocates nothing when all may be read')
  }
})

t.test('load and publish checks find an unknown name through every declared relation', async (t) => {
  for (const relation of relations) {
    const documents: Partial<Record<DocumentType, { content: object }[]>> = {}
    for (const type of Object.keys(contentTypes) as DocumentType[]) documents[type] = [{ content: { slug: 'known' } }]
    const entry = (slug: string) => (relation.each ? { [relation.each.slug]: slug } : slug)
    documents[relation.from] = [{ content: { slug: 'known', [relation.field]: [entry('known'), entry('nowhere')] } }]
    const found = unknownNames(documents).filter((name) => name.relation === relation)
    t.same(
      found.map((name) => [name.index, name.slug]),
      [[1, 'nowhere']],
      `${relation.from}.${relation.field}`,
    )
  }
})

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

t.test('visibility, loaders, load and publish checks read the relations from the declarations', async (t) => {
  const names = [...new Set(relations.flatMap((relation) => [relation.field, relation.graphql, relation.namedBy]))].filter(Boolean)
  // A member access or a string naming a relation field; a policy's topics are the policy's, not a relation.
  const perType = new RegExp(`(?<!policy\\??)\\.(${names.join('|')})\\b|'(${names.join('|')})'`)
  for (const file of ['documents/visibility.ts', 'documents/catalogue.ts', 'documents/service.ts', 'graphql/loaders.ts', 'graphql/type-resolvers.ts']) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n')
    const found = lines.filter((line) => perType.test(line))
    t.same(found, [], `${file} names no relation field`)
  }
  // The load check and the publisher's check (wherever the publisher lives) are unknownNames.
  const publishers = sources(root).filter((file) => readFileSync(file, 'utf8').includes('in the release this would publish'))
  t.ok(publishers.length > 0, 'found the publisher')
  for (const file of [join(root, 'content/load-content.ts'), ...publishers]) {
    const text = readFileSync(file, 'utf8')
    t.ok(text.includes('unknownNames('), `${file} checks names with unknownNames`)
    t.notOk(/followUps|suggestedPrompts|\w\.topics\b|assertKnown|missing\(/.test(text), `${file} has no per-type name check`)
  }
})

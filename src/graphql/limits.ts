import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  visit,
  type ArgumentNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

export interface QueryLimits {
  /** Nesting of fields, introspection excluded. */
  depth: number
  aliases: number
  /** Every node of the document: bounds a pre-parsed JSON document as a token limit bounds a string. */
  nodes: number
  /** Fields the query may resolve, each multiplied by the sizes of the lists around it. */
  cost: number
}

export const defaultLimits: QueryLimits = { depth: 12, aliases: 30, nodes: 3_000, cost: 50_000 }

const DEFAULT_PAGE = 20
const MAX_PAGE = 100
const PLAIN_LIST_SIZE = 10

interface Measure {
  depth: number
  aliases: number
  cost: number
}

/** One validation rule for all limits, so a string query and a pre-parsed document are bounded alike. */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument()
    let nodes = 0
    visit(document, {
      enter() {
        nodes++
      },
    })
    if (nodes > limits.nodes) {
      context.reportError(limitError('QUERY_TOO_LARGE', `The query has ${nodes} syntax nodes; the limit is ${limits.nodes}.`))
      return {}
    }
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    return {
      OperationDefinition(operation) {
        const root = operation.operation === 'query' ? context.getSchema().getQueryType() : null
        if (!root) return
        const measure: Measure = { depth: 0, aliases: 0, cost: 0 }
        walk(operation.selectionSet, root, 1, 1, new Set(), fragments, context, measure)
        if (measure.depth > limits.depth) {
          context.reportError(limitError('QUERY_TOO_DEEP', `The query nests ${measure.depth} levels; the limit is ${limits.depth}.`))
        }
        if (measure.aliases > limits.aliases) {
          context.reportError(limitError('TOO_MANY_ALIASES', `The query uses ${measure.aliases} aliases; the limit is ${limits.aliases}.`))
        }
        if (measure.cost > limits.cost) {
          context.reportError(
            limitError('QUERY_TOO_COMPLEX', `The query could resolve ${measure.cost} fields; the limit is ${limits.cost}. Ask for smaller pages.`),
          )
        }
      },
    }
  }
}

function walk(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  depth: number,
  multiplier: number,
  visiting: Set<string>,
  fragments: Map<string, FragmentDefinitionNode>,
  context: ValidationContext,
  measure: Measure,
) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      if (selection.alias) measure.aliases++
      measure.depth = Math.max(measure.depth, depth)
      measure.cost += multiplier
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined
      if (!field || !selection.selectionSet) continue
      const size = listSize(field, selection.arguments ?? [], parent.name)
      walk(selection.selectionSet, getNamedType(field.type), depth + 1, multiplier * size, visiting, fragments, context, measure)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent
      walk(selection.selectionSet, condition ?? parent, depth, multiplier, visiting, fragments, context, measure)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || visiting.has(name)) continue
      const condition = context.getSchema().getType(fragment.typeCondition.name.value) ?? parent
      visiting.add(name)
      walk(fragment.selectionSet, condition, depth, multiplier, visiting, fragments, context, measure)
      visiting.delete(name)
    }
  }
}

// A connection field multiplies by its `first` (default page size when omitted); its edges and nodes
// lists are that same page. Other lists are assumed to hold a handful of items.
function listSize(field: GraphQLField<unknown, unknown>, args: readonly ArgumentNode[], parentName: string): number {
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = args.find((arg) => arg.name.value === 'first')
    if (!first) return DEFAULT_PAGE
    return first.value.kind === Kind.INT ? Math.min(MAX_PAGE, Math.max(1, Number(first.value.value))) : MAX_PAGE
  }
  const inner = isNonNullType(field.type) ? field.type.ofType : field.type
  if (!isListType(inner) || parentName.endsWith('Connection')) return 1
  return PLAIN_LIST_SIZE
}

function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } })
}

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
    const measurer = new Measurer(context, fragments, limits)
    return {
      OperationDefinition(operation) {
        const root = operation.operation === 'query' ? context.getSchema().getQueryType() : null
        if (!root) return
        const exceeded = measurer.operation(operation.selectionSet, root)
        if (exceeded) context.reportError(exceeded)
      },
    }
  }
}

/** A selection set's size, counted from its own level: its fields' depth, aliases and cost at multiplier 1. */
interface Measure {
  depth: number
  aliases: number
  cost: number
}

class LimitExceeded extends Error {
  constructor(readonly error: GraphQLError) {
    super(error.message)
  }
}

/**
 * Measures an operation in time linear in the document: each fragment is measured once, by itself,
 * and every spread of it adds that measure scaled by the lists around the spread. The walk stops at
 * the first limit passed, so a query built to explode (fragments spreading fragments twice, 2^n
 * fields) is refused as soon as its size passes the limit, not after counting it.
 */
class Measurer {
  private readonly measured = new Map<string, Measure>()
  private readonly inProgress = new Set<string>()

  constructor(
    private readonly context: ValidationContext,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly limits: QueryLimits,
  ) {}

  operation(selectionSet: SelectionSetNode, root: GraphQLNamedType): GraphQLError | null {
    try {
      this.check(this.selectionSet(selectionSet, root, 1))
      return null
    } catch (error) {
      if (error instanceof LimitExceeded) return error.error
      throw error
    }
  }

  private selectionSet(selectionSet: SelectionSetNode, parent: GraphQLNamedType, multiplier: number): Measure {
    const total: Measure = { depth: 0, aliases: 0, cost: 0 }
    for (const selection of selectionSet.selections) {
      let part: Measure
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue
        part = { depth: 1, aliases: selection.alias ? 1 : 0, cost: multiplier }
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined
        if (field && selection.selectionSet) {
          const size = listSize(field, selection.arguments ?? [], parent.name)
          const inner = this.selectionSet(selection.selectionSet, getNamedType(field.type), multiplier * size)
          part = { depth: 1 + inner.depth, aliases: part.aliases + inner.aliases, cost: part.cost + inner.cost }
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.context.getSchema().getType(selection.typeCondition.name.value) : parent
        part = this.selectionSet(selection.selectionSet, condition ?? parent, multiplier)
      } else {
        const fragment = this.fragment(selection.name.value, parent)
        part = { depth: fragment.depth, aliases: fragment.aliases, cost: fragment.cost * multiplier }
      }
      total.depth = Math.max(total.depth, part.depth)
      total.aliases += part.aliases
      total.cost += part.cost
      this.check(total)
    }
    return total
  }

  /** A fragment's own measure at multiplier 1, computed once; a cycle (refused by another rule) counts nothing. */
  private fragment(name: string, parent: GraphQLNamedType): Measure {
    const known = this.measured.get(name)
    if (known) return known
    const definition = this.fragments.get(name)
    if (!definition || this.inProgress.has(name)) return { depth: 0, aliases: 0, cost: 0 }
    this.inProgress.add(name)
    const condition = this.context.getSchema().getType(definition.typeCondition.name.value) ?? parent
    const measure = this.selectionSet(definition.selectionSet, condition, 1)
    this.inProgress.delete(name)
    this.measured.set(name, measure)
    return measure
  }

  private check(measure: Measure): void {
    const { limits } = this
    if (measure.depth > limits.depth) {
      throw new LimitExceeded(limitError('QUERY_TOO_DEEP', `The query nests more than ${limits.depth} levels, the limit.`))
    }
    if (measure.aliases > limits.aliases) {
      throw new LimitExceeded(limitError('TOO_MANY_ALIASES', `The query uses more than ${limits.aliases} aliases, the limit.`))
    }
    if (measure.cost > limits.cost) {
      throw new LimitExceeded(limitError('QUERY_TOO_COMPLEX', `The query could resolve more than ${limits.cost} fields, the limit. Ask for smaller pages.`))
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

import type { FastifyRequest } from 'fastify'
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'
import { assertScope } from '../caller/caller.js'
import { changeQueries } from './change-resolvers.js'
import { queryResolvers } from './query-resolvers.js'

/**
 * Root fields that read published content: they need `content:read`, as their REST routes do. Every
 * other root field (editorial work, history, schedules, audit, webhooks) is checked by its service,
 * with the scopes its REST route declares, so a `webhooks:admin` or `keys:admin` key needs no
 * `content:read` for them.
 */
const contentFields: ReadonlySet<string> = new Set([...Object.keys(queryResolvers), ...Object.keys(changeQueries)])

/**
 * Refuses, before anything runs, an operation that selects a content field the caller's key may not
 * read: one 403 FORBIDDEN for the request, as the REST route would answer, never partial data.
 */
export function assertOperationScopes(request: FastifyRequest, document: DocumentNode): void {
  const principal = request.principal
  if (!principal) return
  const operation = selectedOperation(document, operationNameOf(request))
  if (!operation) return
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  for (const field of rootFields(operation.selectionSet, fragments, new Set())) {
    if (contentFields.has(field)) assertScope(principal, ['content:read'], `The field "${field}"`)
  }
}

function operationNameOf(request: FastifyRequest): string | undefined {
  const source = (request.method === 'GET' ? request.query : request.body) as { operationName?: unknown } | undefined
  return typeof source?.operationName === 'string' ? source.operationName : undefined
}

function selectedOperation(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
  return name === undefined ? operations[0] : operations.find((operation) => operation.name?.value === name)
}

/** The root field names an operation selects, through fragments (each visited once) and inline fragments. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): string[] {
  const names: string[] = []
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value)
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...rootFields(selection.selectionSet, fragments, seen))
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = fragments.get(selection.name.value)
      if (fragment) names.push(...rootFields(fragment.selectionSet, fragments, seen))
    }
  }
  return names
}

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql'
import { MAX_INT } from '../http/schemas.js'

const DRAFT = 'draft'

function selector(value: unknown): number | 'draft' {
  if (value === DRAFT) return DRAFT
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_INT) return value
  throw new GraphQLError('A release is a release id (a positive Int) or "draft".')
}

/** `release` arguments: a release id, or "draft" for the preview of the pending drafts. */
export const ReleaseSelector = new GraphQLScalarType({
  name: 'ReleaseSelector',
  serialize: selector,
  parseValue: selector,
  parseLiteral(node) {
    if (node.kind === Kind.INT) return selector(Number(node.value))
    if (node.kind === Kind.STRING) return selector(node.value)
    throw new GraphQLError('A release is a release id (a positive Int) or "draft".')
  },
})

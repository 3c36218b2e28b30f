import type { z } from 'zod'
import { AppError } from '../errors.js'

/**
 * Validates a use case's typed input with its schema. REST has validated its parameters already, so
 * this fails only for adapters that pass typed arguments straight through (GraphQL): nulls count as absent,
 * unless the use case gives null a meaning of its own (clearing a field).
 */
export function parseInput<T extends z.ZodType>(schema: T, value: Record<string, unknown>, nulls: 'absent' | 'kept' = 'absent'): z.output<T> {
  const parsed = schema.safeParse(nulls === 'kept' ? value : withoutNulls(value))
  if (parsed.success) return parsed.data
  const errors = parsed.error.issues.flatMap((issue) => {
    const field = issue.path.join('.')
    const keys = (issue as { keys?: string[] }).keys
    if (issue.code === 'unrecognized_keys' && keys) {
      return keys.map((key) => ({ location: 'arguments', field: [field, key].filter(Boolean).join('.'), message: 'is not a known field' }))
    }
    return [{ location: 'arguments', field: field || '(root)', message: issue.message }]
  })
  throw new AppError('VALIDATION_FAILED', `Invalid arguments: ${errors.map((item) => `${item.field} ${item.message}`).join('; ')}`, errors)
}

function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null && item !== undefined))
}

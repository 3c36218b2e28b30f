import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, type FieldError } from '../errors.js'

const MAX_DEPTH = 32
// With the u flag a pair is one code point, so this matches only a surrogate that is not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

/**
 * No text input may hold a NUL character or a lone UTF-16 surrogate (`"\udfff"` in JSON): PostgreSQL
 * refuses the first in text (22021) and the second in jsonb (22P02), and neither is text a person
 * wrote, so they would otherwise surface as a server error deep in a query. Checked once for every
 * route, REST and GraphQL alike (its query and variables too), before validation. A surrogate written
 * as an escape inside a GraphQL document is refused by the GraphQL parser itself.
 */
export const inputGuardPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', (request, _reply, done) => {
      // An unmatched path is a 404 whatever it holds.
      if (request.is404) return done()
      const errors: FieldError[] = []
      for (const [location, value] of [
        ['querystring', request.query],
        ['params', request.params],
        ['body', request.body],
      ] as const) {
        findBadText(value, '', location, errors, 0)
      }
      if (errors.length === 0) return done()
      done(
        new AppError(
          'VALIDATION_FAILED',
          `Text must not contain NUL characters or lone UTF-16 surrogates: ${errors.map((item) => item.field).join(', ')}.`,
          errors,
        ),
      )
    })
  },
  { name: 'input-guard' },
)

/** Why a text input is refused, or undefined when it may pass. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character'
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (not valid Unicode text)'
  return undefined
}

function findBadText(value: unknown, path: string, location: string, errors: FieldError[], depth: number): void {
  if (errors.length >= 20 || depth > MAX_DEPTH) return
  if (typeof value === 'string') {
    const message = textProblem(value)
    if (message) errors.push({ location, field: path || '(root)', message })
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findBadText(item, path ? `${path}.${index}` : String(index), location, errors, depth + 1))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const message = textProblem(key)
      if (message) errors.push({ location, field: path || '(root)', message })
      findBadText(item, path ? `${path}.${key}` : key, location, errors, depth + 1)
    }
  }
}

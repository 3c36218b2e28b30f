import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, type FieldError } from '../errors.js'

const MAX_DEPTH = 32

/**
 * No text input may hold a NUL character: PostgreSQL refuses it in text (22021), so it would
 * otherwise surface as a server error deep in a query. Checked once for every route, REST and
 * GraphQL alike (its variables too), before validation.
 */
export const inputGuardPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', (request, _reply, done) => {
      // An unmatched path is a 404 whatever it holds.
      if (request.is404) return done()
      const errors: FieldError[] = []
      for (const [location, value] of [['querystring', request.query], ['params', request.params], ['body', request.body]] as const) {
        findNul(value, '', location, errors, 0)
      }
      if (errors.length === 0) return done()
      done(new AppError('VALIDATION_FAILED', `Text must not contain NUL characters: ${errors.map((item) => item.field).join(', ')}.`, errors))
    })
  },
  { name: 'input-guard' },
)

function findNul(value: unknown, path: string, location: string, errors: FieldError[], depth: number): void {
  if (errors.length >= 20 || depth > MAX_DEPTH) return
  if (typeof value === 'string') {
    if (value.includes('\u0000')) errors.push({ location, field: path || '(root)', message: 'must not contain a NUL character' })
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findNul(item, path ? `${path}.${index}` : String(index), location, errors, depth + 1))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) errors.push({ location, field: path || '(root)', message: 'must not contain a NUL character' })
      findNul(item, path ? `${path}.${key}` : key, location, errors, depth + 1)
    }
  }
}

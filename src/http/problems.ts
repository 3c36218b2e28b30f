import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { AppError, errorCatalogue, problemType, type ErrorCode, type FieldError } from '../errors.js'

const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  404: 'ROUTE_NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  503: 'SERVICE_UNAVAILABLE',
}

function validationErrors(error: FastifyError): FieldError[] {
  const location = error.validationContext ?? 'request'
  return (error.validation ?? []).flatMap((issue) => {
    const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.')
    const keys = (issue.params as { keys?: unknown }).keys
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({ location, field: [field, String(key)].filter(Boolean).join('.'), message: 'is not a known field' }))
    }
    return [{ location, field: field || '(root)', message: issue.message ?? 'is not valid' }]
  })
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = validationErrors(error)
    const summary = errors.map((item) => `${item.field} ${item.message}`).join('; ')
    return new AppError('VALIDATION_FAILED', `Invalid ${error.validationContext ?? 'request'}: ${summary}`, errors)
  }
  const status = error.statusCode ?? 500
  const code = status < 500 ? (codeByStatus[status] ?? 'MALFORMED_REQUEST') : status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR'
  const detail = status < 500 ? error.message : 'Something went wrong on our side; quote the request id if you report it.'
  return new AppError(code, detail)
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  return reply
    .code(error.status)
    .type('application/problem+json')
    .header('cache-control', 'no-store')
    .send({
      type: problemType(error.code),
      title: errorCatalogue[error.code].title,
      status: error.status,
      detail: error.detail,
      code: error.code,
      instance: request.url.split('?')[0] ?? request.url,
      requestId: String(request.id),
      ...(error.errors ? { errors: error.errors } : {}),
    })
}

// Database errors carry the SQL and its parameters in their message: log only the driver's code.
function loggable(error: FastifyError) {
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined
  return { type: error.name, code: cause?.code ?? error.code, stack: error.stack?.split('\n').slice(1, 6).join('\n') }
}

export const problemsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error)
    if (appError.status >= 500) request.log.error({ err: loggable(error) }, 'request failed')
    return sendProblem(request, reply, appError)
  })
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND', `${request.method} ${request.url.split('?')[0]} is not an endpoint of this API; see /docs.`)),
  )
}, { name: 'problems' })

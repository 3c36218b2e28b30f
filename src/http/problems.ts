import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { isUnavailable } from '../db/unavailable.js'
import { AppError, errorCatalogue, problemType, type ErrorCode, type FieldError } from '../errors.js'
import { looksLikeKey, maskFieldErrors, maskKeys } from '../keys/mask.js'
import { loggableError } from './error-log.js'
import { decodedUrl } from './url.js'

/** Seconds a caller should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5

const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  404: 'ROUTE_NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'HEADERS_TOO_LARGE',
  503: 'SERVICE_UNAVAILABLE',
}

const MAX_INSTANCE_LENGTH = 200

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

/** Any error, as the problem a caller is shown: 4xx messages are ours or Fastify's; 5xx never say more than their code. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (isUnavailable(error)) return unavailable()
  const fastifyError = error as FastifyError
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const errors = validationErrors(fastifyError)
    const summary = errors.map((item) => `${item.field} ${item.message}`).join('; ')
    return new AppError('VALIDATION_FAILED', `Invalid ${fastifyError.validationContext ?? 'request'}: ${summary}`, errors)
  }
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500
  if (status >= 500) {
    return status === 503 ? unavailable() : new AppError('INTERNAL_ERROR', 'Something went wrong on our side; quote the request id if you report it.')
  }
  return new AppError(frameworkCode(status, 'MALFORMED_REQUEST'), clientMessage(fastifyError))
}

/**
 * The code of a 4xx Fastify raised itself (a body too large, an unsupported content type...), for REST
 * and GraphQL alike; a plain 400 takes the adapter's own code.
 */
export function frameworkCode(status: number, plain400: ErrorCode): ErrorCode {
  return status === 400 ? plain400 : (codeByStatus[status] ?? plain400)
}

export const unavailable = () =>
  new AppError('SERVICE_UNAVAILABLE', `The database is unavailable or too slow right now; retry in ${RETRY_AFTER_SECONDS} seconds.`)

// Fastify's own 4xx messages are safe to show, but some quote the input (a URL, a header): keep them short.
export function clientMessage(error: FastifyError): string {
  const message = error.message ?? 'The request is not valid.'
  return message.length > 200 || looksLikeKey(decodedUrl(message)) ? 'The request is not valid.' : message
}

/** The request path, if it is short and names no key; problems never echo a long or secret URL. */
function instanceOf(request: FastifyRequest): string | undefined {
  const path = request.url.split('?')[0] ?? ''
  return path.length <= MAX_INSTANCE_LENGTH && path.startsWith('/') && !looksLikeKey(decodedUrl(path)) ? path : undefined
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError, echoPath = true) {
  if (error.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS))
  const instance = echoPath ? instanceOf(request) : undefined
  return (
    reply
      .code(error.status)
      .type('application/problem+json')
      .header('cache-control', 'no-store')
      // Set here as well as in onRequest: router errors are answered before any hook runs.
      .header('x-request-id', String(request.id))
      .send({
        type: problemType(error.code),
        title: errorCatalogue[error.code].title,
        status: error.status,
        // A detail quotes what the caller sent (an id, a slug): never anything that could be a key.
        detail: maskKeys(error.detail),
        code: error.code,
        ...(instance ? { instance } : {}),
        requestId: String(request.id),
        ...(error.errors ? { errors: maskFieldErrors(error.errors) } : {}),
      })
  )
}

export const problemsPlugin = fp(
  async (app: FastifyInstance) => {
    const { failures } = app
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const appError = toAppError(error)
      if (appError.status >= 500) {
        failures.error(
          appError.code === 'INTERNAL_ERROR' ? `INTERNAL_ERROR:${String((error as Error)?.name)}` : appError.code,
          { err: loggableError(error), reqId: request.id },
          'request failed',
        )
      }
      return sendProblem(request, reply, appError)
    })
    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, new AppError('ROUTE_NOT_FOUND', `No endpoint answers ${request.method} at this path; see /docs.`)),
    )
  },
  { name: 'problems', decorators: { fastify: ['failures'] } },
)

/** Errors the router raises before any route or hook runs (a malformed URL, a path too long). */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400
  const code = codeByStatus[status] ?? 'MALFORMED_REQUEST'
  const detail = code === 'URI_TOO_LONG' ? 'The URL is too long.' : 'The URL could not be read; check its percent-encoding.'
  return sendProblem(request, reply, new AppError(code, detail), false)
}

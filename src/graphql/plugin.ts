import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { GraphQLError, NoSchemaIntrospectionCustomRule, print, type DocumentNode } from 'graphql'
import mercurius, { type MercuriusContext } from 'mercurius'
import { AppError, errorCatalogue, type ErrorCode, type FieldError } from '../errors.js'
import { loggableError } from '../http/error-log.js'
import { clientMessage, frameworkCode, RETRY_AFTER_SECONDS, toAppError } from '../http/problems.js'
import { scopes } from '../caller/caller.js'
import { maskFieldErrors, maskKeys } from '../keys/mask.js'
import { graphqlReads } from './context.js'
import { graphiqlRoutes } from './graphiql.js'
import { defaultLimits, queryLimitsRule, type QueryLimits } from './limits.js'
import { textValuesRule } from './text-values.js'
import { loaders } from './loaders.js'
import { loadSdl } from './sdl.js'
import { assertOperationScopes } from './scopes.js'
import { resolvers } from './type-resolvers.js'

export interface GraphqlOptions {
  introspection: boolean
  limits?: QueryLimits
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json'
const MAX_QUERY_LENGTH = 20_000
const requestErrorCodes = new Set<string>([
  'GRAPHQL_BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COMPLEX',
])

interface FormattedError {
  message: string
  locations?: readonly { line: number; column: number }[]
  path?: readonly (string | number)[]
  extensions: Record<string, unknown> & { code: string }
}

export const graphqlPlugin = fp(
  async (app: FastifyInstance, options: GraphqlOptions) => {
    const validationRules = [queryLimitsRule(options.limits ?? defaultLimits), textValuesRule]
    if (!options.introspection) validationRules.push(NoSchemaIntrospectionCustomRule)

    await app.register(mercurius, {
      schema: loadSdl(),
      resolvers: resolvers as never,
      loaders,
      path: '/graphql',
      graphiql: false,
      jit: 1,
      allowBatchedQueries: false,
      validationRules,
      // Any valid key may ask: each operation is then checked by the scopes of the fields it selects.
      // dailyPrompt without a date answers today's prompt.
      additionalRouteOptions: { preValidation: normaliseRequest, config: { scope: scopes, cache: { graphqlDailyFields: ['dailyPrompt'] } } },
      errorFormatter: (execution, context) => formatErrors(execution, context, options.introspection),
      // One read context per request: the caller's reader, and a snapshot per release its fields ask for.
      context: (request) => ({ reads: graphqlReads(request, app.services), services: app.services }),
    })
    app.graphql.addHook('preExecution', async (_schema, document, context) => {
      assertOperationScopes(context.reply.request, document)
    })
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/graphql') && request.routeOptions.url === '/graphql' && prefersGraphqlResponse(request)) {
        reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`)
      }
      return payload
    })
    await app.register(graphiqlRoutes)
  },
  { name: 'graphql' },
)

/**
 * Batches are refused, and a query sent as a pre-parsed JSON document is printed back to a string,
 * so that every request meets the same parser, length cap and validation rules. The other members
 * follow the GraphQL-over-HTTP specification: `operationName` is a string (or null), `variables` and
 * `extensions` are maps, and null stands for absent.
 */
async function normaliseRequest(request: FastifyRequest) {
  if (request.method !== 'POST') return checkLength((request.query as { query?: unknown }).query)
  const body = request.body as unknown
  if (Array.isArray(body)) throw badRequest('Batched queries are not supported; send one operation per request.')
  if (!body || typeof body !== 'object') throw badRequest('The body must be a JSON object with a "query".')
  const payload = body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown }
  if (payload.operationName !== undefined && payload.operationName !== null && typeof payload.operationName !== 'string') {
    throw badRequest('"operationName" must be a string.')
  }
  for (const member of ['variables', 'extensions'] as const) {
    const value = payload[member]
    if (value === null) delete payload[member]
    else if (value !== undefined && (typeof value !== 'object' || Array.isArray(value))) throw badRequest(`"${member}" must be an object.`)
  }
  if (payload.query !== undefined && typeof payload.query !== 'string') {
    const document = payload.query as DocumentNode
    if (!document || typeof document !== 'object' || document.kind !== 'Document' || !Array.isArray(document.definitions)) {
      throw badRequest('"query" must be a string, or a GraphQL document as JSON.')
    }
    try {
      payload.query = print(document)
    } catch {
      throw badRequest('"query" is not a valid GraphQL document.')
    }
  }
  checkLength(payload.query)
}

function checkLength(query: unknown) {
  if (typeof query === 'string' && query.length > MAX_QUERY_LENGTH) {
    throw new GraphqlHttpError('QUERY_TOO_LARGE', `The query has ${query.length} characters; the limit is ${MAX_QUERY_LENGTH}.`)
  }
}

class GraphqlHttpError extends Error {
  readonly statusCode = 400
  constructor(
    readonly graphqlCode: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

const badRequest = (message: string) => new GraphqlHttpError('GRAPHQL_BAD_REQUEST', message)

function prefersGraphqlResponse(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes(GRAPHQL_RESPONSE)
}

/**
 * Every error carries a code from the REST catalogue in `extensions.code`. Status codes follow the
 * GraphQL-over-HTTP specification: with `application/graphql-response+json`, a request that fails
 * before execution (parse, validation, limits) is 400; with `application/json` it is 200, as is any
 * response that executed. Requests that are not well-formed HTTP are 4xx either way.
 */
function formatErrors(execution: { data?: unknown; errors?: readonly GraphQLError[] }, context: MercuriusContext, introspection: boolean) {
  const reply = context.reply as FastifyReply
  const errors = (execution.errors ?? [])
    .flatMap(expand)
    .map((error) => formatError(error, introspection, reply))
    .map((error) => ({
      ...error,
      message: maskKeys(error.message),
      ...(error.extensions.errors ? { extensions: { ...error.extensions, errors: maskFieldErrors(error.extensions.errors as FieldError[]) } } : {}),
    }))
  const executed = execution.data !== undefined && execution.data !== null
  // Errors raised before execution by HTTP concerns (auth, rate limit, body size) set the status.
  const httpStatus = (execution.errors ?? [])
    .filter((error) => !error.path)
    .map((error) => error.originalError as { statusCode?: unknown; code?: unknown } | undefined)
    .filter((original) => original instanceof AppError || (typeof original?.code === 'string' && original.code.startsWith('FST_')))
    .map((original) => original?.statusCode)
    .find((status): status is number => typeof status === 'number' && status >= 400)
  const requestError = !executed && errors.length > 0 && errors.every((error) => requestErrorCodes.has(error.extensions.code))
  const wellFormedHttp = !errors.some((error) => error.extensions.code === 'GRAPHQL_BAD_REQUEST')
  // The database failed: the caller may retry. With graphql-response+json and no data, that is a 503.
  const unavailable = errors.some((error) => error.extensions.code === 'SERVICE_UNAVAILABLE')
  if (unavailable) reply.header('retry-after', String(RETRY_AFTER_SECONDS))
  let statusCode = 200
  if (httpStatus) statusCode = httpStatus
  else if (!wellFormedHttp) statusCode = 400
  else if (requestError && prefersGraphqlResponse(reply.request)) statusCode = 400
  else if (unavailable && !executed && prefersGraphqlResponse(reply.request)) statusCode = 503
  // `data` is there once execution started (null when a non-null root field failed), and absent when the
  // request failed before it (parse, validation, limits, authentication), as the specification asks.
  const started = executed || errors.some((error) => error.path !== undefined)
  return { statusCode, response: (started ? { data: execution.data ?? null, errors } : { errors }) as never }
}

// Mercurius wraps all validation errors of a request in one error; report each.
function expand(error: GraphQLError): GraphQLError[] {
  const original = error.originalError as { code?: unknown; errors?: unknown } | undefined
  const inner = original?.code === 'MER_ERR_GQL_VALIDATION' ? original.errors : undefined
  if (!Array.isArray(inner)) return [error]
  return inner.map((item: unknown) => {
    if (item instanceof GraphQLError) return item
    // Not a GraphQL error: the HTTP body itself did not match (operationName, variables...).
    const message = `Invalid request body: ${String((item as { message?: unknown })?.message ?? item)}`
    return new GraphQLError(message, { originalError: badRequest(message) })
  })
}

function formatError(error: GraphQLError, introspection: boolean, reply: FastifyReply): FormattedError {
  const original = error.originalError as (Error & { statusCode?: number; code?: string; graphqlCode?: ErrorCode }) | undefined
  const base = { message: error.message, ...(error.locations ? { locations: error.locations } : {}), ...(error.path ? { path: error.path } : {}) }
  if (original instanceof AppError) {
    return { ...base, extensions: { code: original.code, status: original.status, ...(original.errors ? { errors: original.errors } : {}) } }
  }
  if (original instanceof GraphqlHttpError) return { message: original.message, extensions: { code: original.graphqlCode, status: 400 } }
  const ownCode = error.extensions?.code
  if (typeof ownCode === 'string' && ownCode in errorCatalogue) return { ...base, extensions: { code: ownCode, status: 400 } }
  if (original && typeof original.statusCode === 'number' && original.statusCode >= 400 && original.statusCode < 500 && !error.path) {
    const code = frameworkCode(original.statusCode, 'GRAPHQL_BAD_REQUEST')
    return { message: clientMessage(original as FastifyError), extensions: { code, status: original.statusCode } }
  }
  if (!error.path) {
    const parse = error.message.startsWith('Syntax Error')
    const message = introspection ? error.message : error.message.replace(/ ?Did you mean .*\?$/, '')
    return { ...base, message, extensions: { code: parse ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED', status: 400 } }
  }
  // Never the message: a database error's carries the SQL and its parameters.
  const problem = toAppError(original ?? error)
  const failures = (reply.server as FastifyInstance).failures
  failures.error(
    `graphql:${problem.code}:${String(original?.name)}`,
    { err: loggableError(original ?? error), path: error.path, reqId: reply.request.id },
    'GraphQL resolver failed',
  )
  return { ...base, message: problem.detail, extensions: { code: problem.code, status: problem.status, requestId: String(reply.request.id) } }
}

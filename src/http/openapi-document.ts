/**
 * The last pass over the OpenAPI document @fastify/swagger builds from the route schemas: what is true
 * of every operation is declared here once (servers, the headers every response carries, the access,
 * 500 and 503 problems, 304 on conditional reads, integer formats), and the examples recorded from the
 * bundled content (openapi/examples.json, written by `npm run openapi:generate`) are laid in.
 */
import { errorCatalogue, problemType, type ErrorCode } from '../errors.js'
import { RETRY_AFTER_SECONDS } from './problems.js'

type Json = Record<string, unknown>
type Operation = Json & {
  operationId?: string
  parameters?: Json[]
  responses?: Record<string, Json>
  security?: unknown[]
  'x-reads'?: boolean
}

/** Examples recorded from the bundled content: operationId → status → response body. */
export type RecordedExamples = Record<string, Record<string, unknown>>

/** openapi/examples.json: what `npm run openapi:generate` recorded, and the runtime lays into the document. */
export interface ExamplesFile {
  /** operationId → status → body. */
  operations: RecordedExamples
  /** status → a problem any operation may answer with (401, 403, 429). */
  problems: Record<string, unknown>
  /** operationId → the path parameters its examples were recorded with. */
  parameters: Record<string, Record<string, string | number>>
}

/** A route marker the route transform sets on content reads; it never reaches the document. */
export const READS_MARKER = 'x-reads'

const MAX_SAFE = Number.MAX_SAFE_INTEGER
const INT32_MAX = 2_147_483_647

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` })

const headerComponents: Record<string, Json> = {
  'X-Request-Id': {
    description:
      "The request's id: the caller's own `x-request-id` when it is 1 to 64 of `A-Z a-z 0-9 _ . : -` and could not be an API " +
      'key or its secret (no run of 43 or more of `A-Z a-z 0-9 _ -` other than a lower-case slug), a new UUID otherwise. ' +
      'Also in every problem as `requestId`; quote it when reporting a problem.',
    required: true,
    schema: { type: 'string', maxLength: 64, pattern: '^[\\w.:-]{1,64}$' },
    example: '6f1c2d4e-8a3b-4c5d-9e0f-112233445566',
  },
  'RateLimit-Policy': {
    description:
      'The quota this key (or, without a key, this address) is counted against, in the IETF RateLimit header fields draft: ' +
      '`"key";q=<requests>;w=<window seconds>`.',
    schema: { type: 'string', maxLength: 100 },
    example: '"key";q=600;w=60',
  },
  RateLimit: {
    description: 'Where the caller stands in that quota: `"key";r=<remaining>;t=<seconds until the window resets>`.',
    schema: { type: 'string', maxLength: 100 },
    example: '"key";r=599;t=60',
  },
  'RateLimit-Limit': {
    description: 'Older draft, still sent: the requests allowed per window.',
    schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 1_000_000 },
    example: 600,
  },
  'RateLimit-Remaining': {
    description: 'Older draft, still sent: the requests left in this window.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 1_000_000 },
    example: 599,
  },
  'RateLimit-Reset': {
    description: 'Older draft, still sent: seconds until the window resets.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 60 },
    example: 60,
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 3600 },
    example: 42,
  },
  'Content-Release': {
    description: 'The release that answered: its id, or `draft` for a preview of the pending drafts.',
    schema: { type: 'string', maxLength: 10, pattern: '^([1-9][0-9]{0,9}|draft)$' },
    example: '1',
  },
  ETag: {
    description: "The response's entity tag: send it as `If-None-Match` to get a 304 when nothing changed.",
    schema: { type: 'string', maxLength: 100 },
    example: '"d8e5Yv2mQ1lq9x3wPhN0sKcT4Ao="',
  },
  'Cache-Control': {
    description:
      'How long the response may be kept: `private, max-age=31536000, immutable` for a pinned release, ' +
      '`private, max-age=60, stale-while-revalidate=300` for the current one, `no-store` for previews, admin ' +
      'answers and problems.',
    schema: { type: 'string', maxLength: 100 },
    example: 'private, max-age=60, stale-while-revalidate=300',
  },
  Vary: {
    description: '`authorization`: what a key sees depends on its content policy.',
    schema: { type: 'string', maxLength: 100 },
    example: 'authorization',
  },
  'Access-Control-Allow-Origin': {
    description: 'Sent to browsers calling from an origin listed in `CORS_ORIGINS` (none by default).',
    schema: { type: 'string', maxLength: 200 },
    example: 'https://app.example.org',
  },
  'WWW-Authenticate': {
    description: 'The Bearer challenge (RFC 6750): `error="invalid_token"` when a key was sent but is not valid.',
    required: true,
    schema: { type: 'string', maxLength: 200 },
    example: 'Bearer realm="strengthening-bonds", error="invalid_token"',
  },
}

// Route-declared header names, as the document spells them.
const canonicalNames: Record<string, string> = {
  'cache-control': 'Cache-Control',
  etag: 'ETag',
  location: 'Location',
  'content-release': 'Content-Release',
  'retry-after': 'Retry-After',
  vary: 'Vary',
}

const rateLimitHeaders = {
  'RateLimit-Policy': ref('RateLimit-Policy'),
  RateLimit: ref('RateLimit'),
  'RateLimit-Limit': ref('RateLimit-Limit'),
  'RateLimit-Remaining': ref('RateLimit-Remaining'),
  'RateLimit-Reset': ref('RateLimit-Reset'),
}

const contentHeaders = {
  'Content-Release': ref('Content-Release'),
  ETag: ref('ETag'),
  'Cache-Control': ref('Cache-Control'),
  Vary: ref('Vary'),
}

const sharedProblems: Record<string, { name: string; description: string; code: ErrorCode }> = {
  401: { name: 'Unauthorized', description: 'Missing, unknown, expired or revoked API key; see `WWW-Authenticate`.', code: 'UNAUTHORIZED' },
  403: { name: 'Forbidden', description: 'The API key lacks the scope this needs.', code: 'FORBIDDEN' },
  429: {
    name: 'TooManyRequests',
    description:
      'Rate limit reached (or, on `/v1/events`, too many streams open): retry after `Retry-After` seconds. The `RateLimit` headers say where you stand.',
    code: 'RATE_LIMITED',
  },
  500: { name: 'InternalError', description: 'A fault on our side; the body names nothing of it. Quote `requestId` if you report it.', code: 'INTERNAL_ERROR' },
  503: {
    name: 'ServiceUnavailable',
    description: 'No release is published yet, or the database is unreachable: retry after `Retry-After` seconds.',
    code: 'SERVICE_UNAVAILABLE',
  },
}

/** A problem as the service sends it, for examples the recording has no request for. */
function problemExample(code: ErrorCode, detail: string) {
  const entry = errorCatalogue[code]
  return { type: problemType(code), title: entry.title, status: entry.status, detail, code, requestId: headerComponents['X-Request-Id']!.example }
}

const genericDetails: Partial<Record<ErrorCode, string>> = {
  INTERNAL_ERROR: 'Something went wrong on our side; quote the request id if you report it.',
  SERVICE_UNAVAILABLE: `The database is unavailable or too slow right now; retry in ${RETRY_AFTER_SECONDS} seconds.`,
}

export function finishDocument<T extends object>(
  document: T,
  examples: RecordedExamples,
  generic: Record<string, unknown>,
  pathParameters: Record<string, Record<string, string | number>>,
): T {
  const doc = document as unknown as Json & { paths: Record<string, Record<string, Operation>>; components: Json }
  doc.servers = [
    {
      url: '/',
      description: 'The server that serves this document, local or production; Swagger UI\'s "Try it out" calls it.',
      'x-internal': false,
    },
  ]
  const info = doc.info as Json
  info.contact = { name: 'Strengthening Bonds API team' }
  info.license = { name: 'Proprietary: use under a partner agreement', identifier: 'LicenseRef-Proprietary' }
  doc.components.headers = headerComponents

  // The problems every operation may answer with are declared once, under components.responses.
  const shared: Record<string, Json> = {}
  for (const [status, problem] of Object.entries(sharedProblems)) {
    const response: Json = { description: problem.description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }
    response.headers = headersOf(status, response, { isApi: status !== '500', reads: false })
    const media = (response.content as Record<string, Json>)['application/problem+json']!
    media.example = generic[status] ?? problemExample(problem.code, genericDetails[problem.code] ?? errorCatalogue[problem.code].title)
    shared[problem.name] = response
  }
  doc.components.responses = shared
  const sharedRef = (status: string) => ({ $ref: `#/components/responses/${sharedProblems[status]!.name}` })

  for (const [path, item] of Object.entries(doc.paths)) {
    const isApi = path.startsWith('/v1/')
    for (const [method, operation] of Object.entries(item)) {
      const reads = operation[READS_MARKER] === true
      delete operation[READS_MARKER]
      const responses = (operation.responses ??= {})
      if (!isApi) operation.security = []
      for (const parameter of operation.parameters ?? []) {
        const value = pathParameters[operation.operationId ?? '']?.[parameter.name as string]
        if (parameter.in === 'path' && value !== undefined) parameter.example ??= value
        // A deprecated parameter says so where generators look: on the parameter, not only its schema.
        if ((parameter.schema as Json | undefined)?.deprecated === true) parameter.deprecated = true
      }
      if (reads && method === 'get') {
        operation.parameters = [
          ...(operation.parameters ?? []),
          {
            in: 'header',
            name: 'If-None-Match',
            required: false,
            description: 'The `ETag` of a response you hold: a 304 with no body says it is still what this request would return.',
            schema: { type: 'string', maxLength: 200 },
          },
        ]
        responses['304'] = { description: 'Not modified: the `If-None-Match` ETag still matches; keep what you hold.' }
      }
      const replaced = isApi ? Object.keys(sharedProblems) : ['500']
      for (const [status, response] of Object.entries(responses)) {
        if (replaced.includes(status)) continue
        response.headers = headersOf(status, response, { isApi, reads })
        const example = examples[operation.operationId ?? '']?.[status] ?? genericExample(status, response, generic)
        const content = response.content as Record<string, Json> | undefined
        const media = content?.['application/json'] ?? content?.['application/problem+json']
        if (media && example !== undefined) media.example = example
      }
      for (const status of replaced) responses[status] = sharedRef(status)
      sortResponses(operation)
    }
  }
  tidySchemas(doc)
  return document
}

function genericExample(status: string, response: Json, generic: Record<string, unknown>) {
  const content = response.content as Record<string, unknown> | undefined
  return content?.['application/problem+json'] ? generic[status] : undefined
}

function headersOf(status: string, response: Json, route: { isApi: boolean; reads: boolean }): Json {
  const declared: Json = {}
  for (const [name, header] of Object.entries((response.headers as Json | undefined) ?? {})) {
    declared[canonicalNames[name.toLowerCase()] ?? name] = header
  }
  const code = Number(status)
  const isProblem = Boolean((response.content as Json | undefined)?.['application/problem+json'])
  const headers: Json = {}
  // Authentication runs before the rate limiter, which counts per key: a 401 is not counted.
  if (route.isApi && code !== 401 && code < 500) Object.assign(headers, rateLimitHeaders)
  if (route.reads && (code < 300 || code === 304 || code === 308)) Object.assign(headers, contentHeaders)
  if (code === 429 || code === 503) headers['Retry-After'] = ref('Retry-After')
  if (code === 401) headers['WWW-Authenticate'] = ref('WWW-Authenticate')
  if (isProblem) headers['Cache-Control'] = { description: '`no-store`: a problem is never cached.', schema: { type: 'string', const: 'no-store' } }
  Object.assign(headers, declared)
  headers['X-Request-Id'] = ref('X-Request-Id')
  headers['Access-Control-Allow-Origin'] = ref('Access-Control-Allow-Origin')
  return headers
}

function sortResponses(operation: Operation) {
  const entries = Object.entries(operation.responses ?? {}).sort(([a], [b]) => a.localeCompare(b))
  operation.responses = Object.fromEntries(entries)
}

/**
 * zod writes ±(2^53 - 1) as the bounds of every unbounded integer, which Swagger UI then shows as
 * example values: they go, and each integer says whether it fits in 32 bits.
 */
function tidySchemas(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(tidySchemas)
  if (!node || typeof node !== 'object') return
  const schema = node as Json
  if (schema.type === 'integer') {
    if (schema.minimum === -MAX_SAFE) delete schema.minimum
    if (schema.maximum === MAX_SAFE) delete schema.maximum
    const fits = typeof schema.maximum === 'number' && schema.maximum <= INT32_MAX && (typeof schema.minimum !== 'number' || schema.minimum >= -INT32_MAX - 1)
    schema.format ??= fits ? 'int32' : 'int64'
  }
  for (const value of Object.values(schema)) tidySchemas(value)
}

import { z } from 'zod'

export const MAX_INT = 2_147_483_647

const DIGITS = /^(0|[1-9][0-9]{0,9})$/

/**
 * An integer from a URL: plain decimal digits only, so "0x1", " 1", "1.0" and "1e3" are refused
 * rather than read as numbers, then range-checked before it can reach SQL.
 */
export function integerQuery(min: number, max: number) {
  return integerWithin(z.number({ error: 'must be a whole number written in digits' }).int().min(min).max(max))
}

/** The same, for a number schema with its own default or description. */
export function integerWithin<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && DIGITS.test(value) ? Number(value) : value), schema)
}

export const releaseQuery = z
  .union([z.literal('current'), z.literal('draft'), integerQuery(1, MAX_INT).describe('A release id.')])
  .optional()
  .transform((value) => (value === 'current' ? undefined : value))
  .describe(
    'Release to read from: a release id to pin, `current` (the default), or `draft`: the current release with the ' +
      'pending drafts laid over it, for keys with the `content:preview` scope (`Content-Release: draft`, never cached).',
  )

export const limitQuery = integerWithin(z.number({ error: 'must be a whole number written in digits' }).int().min(1).max(100).default(20)).describe(
  'Page size, 1 to 100.',
)

export const cursorQuery = z.string().max(200).optional().describe('Opaque cursor from `page.nextCursor` of the previous page; keeps reading the same release.')

/** The optional `If-Match` header of a conditional write; the service answers 428 when it is required and missing. */
export function ifMatchHeader(description: string) {
  return z.strictObject({ 'if-match': z.string().max(200).optional().describe(description) }).passthrough()
}

export const slugParam = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "boundaries"')

export const pageInfo = z.object({
  limit: z.number().int().describe('Page size used for this page.'),
  nextCursor: z.string().nullable().describe('Cursor for the next page, or null on the last page.'),
})

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: pageInfo })
}

export const fieldError = z.object({
  location: z.string().describe('Where the bad value was: querystring, params, body or headers.'),
  field: z.string().describe('Path of the bad field.'),
  message: z.string(),
})

export const problem = z
  .object({
    type: z.string().describe('URI reference naming the problem type.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable machine-readable code from the error catalogue.'),
    instance: z.string().optional().describe('Path of the request that failed; left out when the path is long or malformed.'),
    requestId: z.string().describe('Also sent as the `x-request-id` header; quote it when reporting a problem.'),
    errors: z.array(fieldError).optional().describe('Every bad field, for validation errors.'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (`application/problem+json`).' })

/** A JSON success response with the description shown in the OpenAPI document. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } }
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid parameters: `errors` lists every bad field.',
  401: 'Missing or invalid credentials.',
  403: 'The credentials lack a required scope.',
  404: 'Nothing with this id in the release, or no such release.',
  409: 'The request conflicts with the current state (an existing document, a draft in another state, nothing to publish).',
  412: 'The document changed since you read it (`If-Match` is stale): read it again.',
  415: 'Unsupported content type.',
  422: 'The change would break the content rules: `errors` lists each.',
  428: "This write needs an `If-Match` header with the document's ETag.",
  429: 'Too many requests; retry after the `Retry-After` seconds.',
  503: 'No release published yet, or the database is unreachable.',
}

/** Error responses, declared as RFC 9457 problem documents for the OpenAPI description. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: problemDescriptions[status] ?? 'Error', content: { 'application/problem+json': { schema: problem } } }]),
  ) as { [K in S[number]]: { description: string; content: { 'application/problem+json': { schema: typeof problem } } } }
}

/** The 308 a former slug answers with. */
export function movedResponse(example: { id: string; slug: string; location: string }) {
  return {
    308: {
      description: 'The slug is a former one (the document was renamed or merged): `Location` gives its successor, with the same query string.',
      headers: {
        location: { type: 'string', description: "The successor's URL." },
        'content-release': { type: 'string', description: 'Release that resolved the former slug.' },
      },
      content: {
        'application/json': {
          schema: z
            .object({
              id: z.string().describe('Id of the successor.'),
              slug: z.string().describe('Slug of the successor.'),
              location: z.string().describe('Same as the `Location` header.'),
            })
            .meta({ example }),
        },
      },
    },
  }
}

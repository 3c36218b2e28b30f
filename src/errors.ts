export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_REQUEST: { status: 400, title: 'The request could not be parsed' },
  INVALID_CURSOR: { status: 400, title: 'The pagination cursor is not valid for this request' },
  GRAPHQL_BAD_REQUEST: { status: 400, title: 'The GraphQL request is not well-formed' },
  GRAPHQL_PARSE_FAILED: { status: 400, title: 'The GraphQL query has a syntax error' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, title: 'The GraphQL query does not match the schema' },
  QUERY_TOO_LARGE: { status: 400, title: 'The GraphQL query is too large' },
  QUERY_TOO_DEEP: { status: 400, title: 'The GraphQL query nests too deeply' },
  TOO_MANY_ALIASES: { status: 400, title: 'The GraphQL query uses too many aliases' },
  QUERY_TOO_COMPLEX: { status: 400, title: 'The GraphQL query could resolve too many fields' },
  KEY_IN_URL: { status: 400, title: 'API keys must not be sent in the URL' },
  UNAUTHORIZED: { status: 401, title: 'A valid API key is required' },
  FORBIDDEN: { status: 403, title: 'The API key lacks the scope this needs' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such endpoint' },
  KEY_NOT_FOUND: { status: 404, title: 'No such API key' },
  RELEASE_NOT_FOUND: { status: 404, title: 'No such release' },
  TOPIC_NOT_FOUND: { status: 404, title: 'No such topic in this release' },
  FAQ_NOT_FOUND: { status: 404, title: 'No such FAQ in this release' },
  PROMPT_NOT_FOUND: { status: 404, title: 'No such prompt in this release' },
  ACTIVITY_NOT_FOUND: { status: 404, title: 'No such activity in this release' },
  RESOURCE_NOT_FOUND: { status: 404, title: 'No such crisis resource in this release for this region' },
  NO_PROMPT_MATCHES: { status: 404, title: 'No prompt matches these filters' },
  DOCUMENT_VERSION_NOT_FOUND: { status: 404, title: 'No published version with this id and number' },
  DOCUMENT_NOT_FOUND: { status: 404, title: 'No such document' },
  DRAFT_NOT_FOUND: { status: 404, title: 'The document has no draft' },
  SCHEDULE_NOT_FOUND: { status: 404, title: 'No such schedule' },
  WEBHOOK_NOT_FOUND: { status: 404, title: 'No such webhook' },
  DELIVERY_NOT_FOUND: { status: 404, title: 'No such webhook delivery' },
  DOCUMENT_EXISTS: { status: 409, title: 'A document with this id already exists' },
  INVALID_TRANSITION: { status: 409, title: 'The draft is not in a state that allows this' },
  NOTHING_TO_PUBLISH: { status: 409, title: 'There is nothing to publish' },
  WEBHOOK_DISABLED: { status: 409, title: 'The webhook is disabled' },
  TOO_MANY_STREAMS: { status: 429, title: 'This API key has too many event streams open' },
  SCHEDULE_NOT_PENDING: { status: 409, title: 'The schedule has already fired or was cancelled' },
  SINCE_AHEAD: { status: 409, title: 'The release to sync from is newer than the current release' },
  PRECONDITION_FAILED: { status: 412, title: 'The resource changed since you read it' },
  CONTENT_RULES_FAILED: { status: 422, title: 'The content would break the content rules' },
  SCHEDULE_IN_PAST: { status: 422, title: 'A release cannot be scheduled in the past' },
  PRECONDITION_REQUIRED: { status: 428, title: 'This write needs an If-Match header' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  URI_TOO_LONG: { status: 414, title: 'The URL is too long' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL_ERROR: { status: 500, title: 'Internal server error' },
  NO_CURRENT_RELEASE: { status: 503, title: 'No content has been published yet' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'The service is temporarily unavailable' },
} as const satisfies Record<string, { status: number; title: string }>

export type ErrorCode = keyof typeof errorCatalogue

export interface FieldError {
  location: string
  field: string
  message: string
}

export class AppError extends Error {
  readonly status: number

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail)
    this.name = 'AppError'
    this.status = errorCatalogue[code].status
  }

  /** Fastify and mercurius read the HTTP status from here. */
  get statusCode(): number {
    return this.status
  }
}

export function problemType(code: ErrorCode): string {
  return `/problems/${code.toLowerCase().replaceAll('_', '-')}`
}

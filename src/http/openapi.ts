import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import pkg from '../../package.json' with { type: 'json' }
import { projectRoot } from '../paths.js'
import { finishDocument, READS_MARKER, type ExamplesFile } from './openapi-document.js'

export const EXAMPLES_FILE = join(projectRoot, 'openapi', 'examples.json')

/** The examples `npm run openapi:generate` recorded from the bundled content; none before the first run. */
function recordedExamples(): ExamplesFile {
  if (!existsSync(EXAMPLES_FILE)) return { operations: {}, problems: {}, parameters: {} }
  return JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8'))
}

export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    const examples = recordedExamples()
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Strengthening Bonds content API',
          version: pkg.version,
          description:
            'Versioned guidance, conversation prompts and activities for apps that help mothers and sons build a strong ' +
            'relationship.\n\nEvery content read is served from a **release**, an immutable snapshot: the current one by ' +
            'default, or the one pinned with `?release=<id>`. The `Content-Release` response header names it. Keys with ' +
            '`content:preview` read the pending drafts over the current release with `?release=draft` (`Content-Release: ' +
            'draft`, never cached). Editors draft, review, publish, roll back and schedule under `/v1/admin`. Errors are ' +
            'RFC 9457 `application/problem+json` with a stable `code`. Lists are paginated with `limit` and an opaque `cursor`.',
        },
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              description:
                'An API key, sent as `Authorization: Bearer msb_…`. Never put it in a URL. In development, calls ' +
                'without a key are let in as an anonymous editor (read, preview, write, publish).',
            },
          },
        },
        security: [{ bearerAuth: [] }],
        tags: [
          { name: 'Guide', description: "The client's guide: introduction, nine topics, conclusion and FAQs." },
          { name: 'Prompts', description: 'Conversation prompts, the prompt of the day and conversation plans.' },
          {
            name: 'Crisis resources',
            description: "Who to contact when what a son shares is serious, for the caller's region; each value checked against an official page.",
          },
          { name: 'Activities', description: 'Things to do together, and recommendations that explain themselves.' },
          { name: 'Search', description: 'Full-text search across all content.' },
          { name: 'Releases', description: 'Immutable content snapshots and the document versions they publish.' },
          { name: 'Sync', description: 'Delta sync for apps: what changed since a release, deletions included.' },
          { name: 'Keys', description: 'API keys for partners (scope `keys:admin`).' },
          {
            name: 'Editorial',
            description: "Drafts, review and publishing for the organisation's editors (scopes `content:write` and `content:publish`).",
          },
          {
            name: 'Webhooks',
            description: 'Signed HTTP callbacks (Standard Webhooks) when a release is published or rolled back (scope `webhooks:admin`).',
          },
          { name: 'Operations', description: 'Liveness and readiness probes; open, no key needed.' },
        ],
      },
      // GraphQL routes are described by the GraphQL schema, not here.
      transform: withResponseHeaders(createJsonSchemaTransform({ skipList: ['/graphql'] })),
      transformObject: (document) =>
        finishDocument(withoutUnusedComponents(jsonSchemaTransformObject(document)), examples.operations, examples.problems, examples.parameters ?? {}),
    })
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'openapi' },
)

type OpenapiObject = ReturnType<typeof jsonSchemaTransformObject>
type RouteTransform = ReturnType<typeof createJsonSchemaTransform>

/**
 * The zod transform rebuilds each `content` response from its description and content only, dropping
 * the response headers a route declares (`headers: { name: { type, description } }`); put them back,
 * so @fastify/swagger describes them.
 */
function withResponseHeaders(transform: RouteTransform): RouteTransform {
  return (document) => {
    const result = transform(document)
    const declared = (document.schema as { response?: Record<string, { headers?: unknown }> } | undefined)?.response
    const transformed = (result.schema as { response?: Record<string, Record<string, unknown>> } | undefined)?.response
    if (declared && transformed) {
      for (const [status, response] of Object.entries(declared)) {
        if (response?.headers && transformed[status]) transformed[status] = { ...transformed[status], headers: response.headers }
      }
    }
    // Content reads get their headers, If-None-Match and 304 in finishDocument.
    if ((document.route.config as { reads?: boolean } | undefined)?.reads) (result.schema as Record<string, unknown>)[READS_MARKER] = true
    return result
  }
}

// The zod transform emits every registered schema twice (input and output shapes); keep the referenced ones.
function withoutUnusedComponents(document: OpenapiObject): OpenapiObject {
  const components = (document as { components?: { schemas?: Record<string, unknown> } }).components ?? {}
  const schemas = { ...(components.schemas ?? {}) }
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...components, schemas } })
    const unused = Object.keys(schemas).filter((name) => !text.includes(`"#/components/schemas/${name}"`))
    if (unused.length === 0) break
    for (const name of unused) delete schemas[name]
  }
  return { ...document, components: { ...components, schemas } } as OpenapiObject
}

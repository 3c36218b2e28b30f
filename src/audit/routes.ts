import { callerOf } from '../caller/from-request.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendUncachedPage } from '../http/release-reply.js'
import { cursorQuery, jsonResponse, limitQuery, listOf, problemResponses } from '../http/schemas.js'
import { auditFilters } from './service.js'

const auditRow = z
  .object({
    id: z.number().int().describe('Rows are numbered in the order they were written.'),
    at: z.string().describe('When the change was made (ISO 8601, UTC): the start of its transaction.'),
    keyId: z.string().nullable().describe('The API key that made it; null for the command line tools and the content import.'),
    keyName: z.string().describe('The key\'s name, or the tool, such as "keys CLI (maria)" or "content import".'),
    requestId: z.string().nullable().describe('The `x-request-id` of the request that made it, if a request did.'),
    action: z.string().describe('What was done, such as `draft.edit`, `release.publish`, `key.create` or `key.revoke`.'),
    target: z.string().describe('What it was done to: a document id, `release:<id>`, `schedule:<id>` or `key:<id>`.'),
    detail: z.record(z.string(), z.unknown()).nullable().describe("What else the action records (a note, a revision, a key's scopes); never a key's secret."),
  })
  .meta({
    id: 'AuditEntry',
    description: 'One recorded change.',
    example: {
      id: 42,
      at: '2025-03-01T09:30:00.000Z',
      keyId: 'k7Qm2xPa0000',
      keyName: 'Ana (editor)',
      requestId: '3f1c2b9e-6d1a-4c55-9a57-1f0e8a2b7c11',
      action: 'draft.edit',
      target: 'topic:boundaries',
      detail: { revision: 3, state: 'draft', note: 'Clearer second paragraph' },
    },
  })

const noStore = { 'cache-control': { type: 'string', description: '`no-store`: the log changes with every write and is for admins only.' } }

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { audit } = app.services

  app.get('/v1/admin/audit', {
    config: { scope: ['keys:admin', 'content:publish'] as const },
    schema: {
      tags: ['Editorial', 'Keys'],
      operationId: 'listAuditLog',
      summary: 'The audit log: who changed what, and when',
      description:
        'Every change to drafts, releases, schedules and API keys, newest first, as it was recorded in the transaction ' +
        'of the change. The log is append-only: the database refuses to change or delete a row. Filters combine; ' +
        '`action` is exact, or a prefix when it ends in `.`; `since` is inclusive, `until` exclusive. Needs the scope ' +
        '`keys:admin` or `content:publish`.',
      querystring: z.strictObject({
        ...auditFilters,
        limit: limitQuery,
        cursor: cursorQuery.describe('Opaque cursor from `page.nextCursor` of the previous page; repeat the same filters.'),
      }),
      response: {
        200: { ...jsonResponse(listOf(auditRow), 'One page of rows, newest first.'), headers: noStore },
        ...problemResponses(400, 401, 403, 429),
      },
    },
    handler: async (request, reply) => {
      const page = await audit.list(callerOf(request), request.query)
      return sendUncachedPage(reply, request.query.limit, page)
    },
  })
}

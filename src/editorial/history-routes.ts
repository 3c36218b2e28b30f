import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendUncachedPage } from '../http/release-reply.js'
import { problemResponses, cursorQuery, integerQuery, jsonResponse, limitQuery, MAX_INT, pageInfo } from '../http/schemas.js'
import { callerOf } from '../caller/from-request.js'
import { diffSide, restoreInput } from './history.js'
import { documentParams, documentResponse, ifMatch, publisher, reader, sendDocument, tags, writer } from './routes.js'
import { note } from './service.js'

// Examples are the bundled prompt "What made you laugh the most today?" after an editor's change.
const exampleId = 'prompt:what-made-you-laugh-today'

const versionEntry = z.object({
  entry: z.literal('version'),
  version: z.number().int().describe('Version number.'),
  createdAt: z.string().describe('When the version was written (ISO 8601).'),
  releaseId: z.number().int().describe('The first release that published it.'),
  source: z.enum(['import', 'publish', 'rollback', 'schedule']).describe('What made that release.'),
  author: z
    .string()
    .nullable()
    .describe("Who published it (a key's name, from the audit log); null when the audit log names no one (imports from before the editorial API)."),
  note: z.string().describe('The note of that release.'),
})

const revisionEntry = z.object({
  entry: z.literal('revision'),
  revision: z.number().int().describe('The draft revision (the draft\'s ETag was `"d<revision>"`).'),
  action: z.string().describe('create, edit, restore, archive, submit, approve, reject, discard or publish.'),
  state: z.string().nullable().describe("The draft's state after the change; null once it was discarded or published."),
  kind: z.string().nullable().describe('edit or archive.'),
  createdAt: z.string().describe('When (ISO 8601).'),
  author: z.string().describe('Name of the key that made the change.'),
  note: z.string().nullable().describe('Why, as the editor wrote it.'),
})

const historyEntry = z
  .discriminatedUnion('entry', [versionEntry, revisionEntry])
  .meta({ id: 'DocumentHistoryEntry', description: 'A published version (`entry: version`) or a draft revision (`entry: revision`).' })

const historyExample = {
  data: [
    {
      entry: 'version',
      version: 2,
      createdAt: '2026-11-20T09:30:00.000Z',
      releaseId: 2,
      source: 'publish',
      author: 'Ben (publisher)',
      note: 'November prompts',
    },
    {
      entry: 'revision',
      revision: 4,
      action: 'publish',
      state: null,
      kind: 'edit',
      createdAt: '2026-11-20T09:30:00.000Z',
      author: 'Ben (publisher)',
      note: 'November prompts',
    },
    {
      entry: 'revision',
      revision: 1,
      action: 'edit',
      state: 'draft',
      kind: 'edit',
      createdAt: '2026-11-19T16:02:11.000Z',
      author: 'Ana (editor)',
      note: 'Warmer wording',
    },
    {
      entry: 'version',
      version: 1,
      createdAt: '2026-11-01T08:00:00.000Z',
      releaseId: 1,
      source: 'import',
      author: 'content import',
      note: 'Bundled content, imported on first start',
    },
  ],
  page: { limit: 20, nextCursor: null },
}

const diffSideQuery = diffSide.optional()
const diffSideOut = z.union([z.number().int(), z.literal('draft')])

const documentDiff = z
  .object({
    from: diffSideOut
      .nullable()
      .describe('The version compared from, or `draft`; null when the document has no published version (the diff starts from `{}`).'),
    to: diffSideOut.describe('The version compared to, or `draft`.'),
    patch: z
      .array(z.object({ op: z.string(), path: z.string(), value: z.unknown().optional(), from: z.string().optional() }))
      .describe('A JSON Patch (RFC 6902) that turns the `from` body into the `to` body.'),
    changes: z
      .array(
        z.object({
          field: z.string().describe('A top-level field of the content.'),
          change: z.enum(['added', 'removed', 'changed']),
          before: z.unknown().optional().describe('Its value in `from`; absent when added.'),
          after: z.unknown().optional().describe('Its value in `to`; absent when removed.'),
        }),
      )
      .describe('The changed top-level fields, for people.'),
  })
  .meta({
    id: 'DocumentDiff',
    example: {
      from: 1,
      to: 'draft',
      patch: [{ op: 'replace', path: '/text', value: 'What made you laugh out loud today?' }],
      changes: [{ field: 'text', change: 'changed', before: 'What made you laugh the most today?', after: 'What made you laugh out loud today?' }],
    },
  })

const rollback = z
  .object({
    releaseId: z.number().int().describe('The new release, now current.'),
    restoredFrom: z.number().int().describe('The release whose mapping it copies.'),
    added: z.array(z.string()).describe('Documents it publishes that the previous current release did not.'),
    changed: z.array(z.string()).describe('Documents it publishes at another version.'),
    removed: z.array(z.string()).describe('Documents it no longer publishes.'),
  })
  .meta({ id: 'RolledBackRelease', example: { releaseId: 3, restoredFrom: 1, added: [], changed: [exampleId], removed: [] } })

export const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { history } = app.services

  app.get('/v1/admin/documents/:id/versions', {
    config: reader,
    schema: {
      tags,
      operationId: 'listDocumentHistory',
      summary: "A document's history: published versions and draft revisions",
      description:
        'Every published version (with the first release that published it, and who published it and why) and every ' +
        'draft revision (action, state, author, note), newest first. Drafts laid over a release for preview are not history.',
      params: documentParams,
      querystring: z.strictObject({ limit: limitQuery, cursor: cursorQuery.describe('Opaque cursor from `page.nextCursor` of the previous page.') }),
      response: {
        200: jsonResponse(z.object({ data: z.array(historyEntry), page: pageInfo }).meta({ example: historyExample }), 'One page, newest first.'),
        ...problemResponses(400, 401, 403, 404, 429),
      },
    },
    handler: async (request, reply) => {
      const { limit, cursor } = request.query
      const page = await history.history(callerOf(request), request.params.id, { limit, cursor })
      return sendUncachedPage(reply, limit, page)
    },
  })

  app.get('/v1/admin/documents/:id/diff', {
    config: reader,
    schema: {
      tags,
      operationId: 'getDocumentDiff',
      summary: 'What changed between two bodies of a document',
      description:
        '`from` and `to` are each a version number or `draft`; `from` defaults to the published version (or `{}` when ' +
        'there is none) and `to` to the draft. A version that was never published is 404 `DOCUMENT_VERSION_NOT_FOUND`; ' +
        '`draft` without a draft (or with an archive draft, which has no body) is 404 `DRAFT_NOT_FOUND`.',
      params: documentParams,
      querystring: z.strictObject({
        from: diffSideQuery.describe('A version number or `draft`; the published version by default.').meta({ example: 1 }),
        to: diffSideQuery.describe('A version number or `draft` (the default).').meta({ example: 'draft' }),
      }),
      response: { 200: jsonResponse(documentDiff, 'The difference.'), ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => reply.header('cache-control', 'no-store').send(await history.diff(callerOf(request), request.params.id, request.query)),
  })

  app.post('/v1/admin/documents/:id/restore', {
    config: writer,
    schema: {
      tags,
      operationId: 'restoreDocumentVersion',
      summary: 'Make an earlier version the draft',
      description:
        "The version's body becomes the draft (state draft), reviewed and published like any edit; an archived document " +
        "comes back this way. Needs `If-Match` with the document's ETag: 428 without it, 412 when it changed since. A " +
        'version that lacks a field its type now requires is refused (400, `errors` names each field) and nothing is ' +
        "written: replace the draft with that version's content and the fields set instead.",
      params: documentParams,
      headers: ifMatch,
      body: restoreInput.meta({ example: { version: 1, note: 'Back to the original wording' } }),
      response: { 200: documentResponse('The document with the restored draft.'), ...problemResponses(400, 401, 403, 404, 412, 428, 429) },
    },
    handler: async (request, reply) =>
      sendDocument(reply, await history.restore(callerOf(request), request.params.id, request.body, request.headers['if-match'])),
  })

  app.post('/v1/admin/releases/:id/restore', {
    config: publisher,
    schema: {
      tags,
      operationId: 'rollbackRelease',
      summary: 'Roll back to an earlier release',
      description:
        'Publishes a new release (source `rollback`, based on the current one) that maps every document to the version ' +
        'release `id` published, in one transaction; every instance serves it at once. Pending drafts are left as they ' +
        'are. The same mapping as the current release is 409 `NOTHING_TO_PUBLISH`.',
      params: z.strictObject({ id: integerQuery(1, MAX_INT).describe('The release to restore.') }),
      body: z.strictObject({ note }).meta({ example: { note: 'Undo the November prompts' } }),
      response: { 201: jsonResponse(rollback, 'The new release.'), ...problemResponses(400, 401, 403, 404, 409, 429) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(await history.rollback(callerOf(request), request.params.id, request.body)),
  })
}

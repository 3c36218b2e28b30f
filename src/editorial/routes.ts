import { callerOf } from '../caller/from-request.js'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { documentTypes } from '../content/vocabulary.js'
import { AppError } from '../errors.js'
import type { Scope } from '../caller/caller.js'
import { sendUncachedPage } from '../http/release-reply.js'
import { problemResponses, cursorQuery, ifMatchHeader, jsonResponse, limitQuery } from '../http/schemas.js'
import { documentListCursor } from './list-cursor.js'
import { scheduledResponse, sendSchedule } from './schedule-routes.js'
import { reviewFields } from '../publishing/review.js'
import { publishAtInput } from './schedules.js'
import { contentInput, draftStates, editableTypes, note, type EditorialDocument } from './service.js'
import { documentIdValue } from '../content/types/define.js'

export const tags = ['Editorial']
export const writer = { scope: 'content:write' as const }
export const publisher = { scope: 'content:publish' as const }
export const reader = { scope: ['content:write', 'content:publish'] as const }

/** A valid new prompt: the OpenAPI example, and what the sync benchmark creates 500 of. */
export const exampleContent = {
  slug: 'what-made-you-laugh-today',
  text: 'What made you laugh today?',
  followUps: [],
  topics: ['connection-beyond-shared-experiences'],
  ageMin: 4,
  ageMax: 12,
  depth: 1,
  settings: ['meal', 'bedtime'],
  direction: 'either',
  competencies: ['relationship-skills'],
  sensitive: false,
  purpose: 'everyday',
  responseTip: 'Laugh along first, then share something that made you laugh today too.',
}

const draftView = z.object({
  kind: z.enum(['edit', 'archive']).describe('edit: a new body; archive: removal from the next release.'),
  state: z.enum(draftStates),
  revision: z.number().int().describe('Bumped by every change.'),
  etag: z.string().describe("The draft's ETag; send it as `If-Match` to change the draft."),
  baseVersion: z.number().int().nullable().describe('The published version the draft started from; null for a new document.'),
  content: z.record(z.string(), z.unknown()).nullable().describe('The draft body; null for an archive.'),
  updatedAt: z.string(),
  updatedBy: z.string().describe('Name of the key that last changed it.'),
})

const editorialDocument = z
  .object({
    id: z.string().meta({ example: 'prompt:what-made-you-laugh-today' }),
    type: z.enum(documentTypes),
    slug: z.string(),
    state: z.enum(['published', 'unpublished', ...draftStates]).describe("A draft's state, or published/unpublished when there is none."),
    published: z.object({ version: z.number().int(), content: z.record(z.string(), z.unknown()) }).nullable(),
    draft: draftView.nullable(),
    etag: z.string().describe('What `If-Match` must carry for the next write (also the `ETag` header).'),
  })
  .meta({ id: 'EditorialDocument', description: 'A document as editors see it: what is published, and the pending draft.' })

export const documentParams = z.strictObject({ id: documentIdValue })
// A bodiless POST (curl -X POST) arrives as null: the note is optional, and so is the body.
const optionalNote = z.strictObject({ note: note.optional() }).nullish()
const etagHeader = { etag: { type: 'string', description: "The document's current ETag, for `If-Match`." } }
export const ifMatch = ifMatchHeader("The document's ETag, from its GET or the last write.")

export function sendDocument(reply: FastifyReply, doc: EditorialDocument, status = 200) {
  return reply.code(status).header('etag', doc.etag).header('cache-control', 'no-store').send(doc)
}

export const documentResponse = (description: string) => ({ ...jsonResponse(editorialDocument, description), headers: etagHeader })

export const editorialRoutes: FastifyPluginAsyncZod = async (app) => {
  const { editorial } = app.services

  // RFC 7396 patches arrive as application/merge-patch+json.
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string))
    } catch {
      done(new AppError('MALFORMED_REQUEST', 'The merge patch is not valid JSON.'), undefined)
    }
  })

  app.post('/v1/admin/documents', {
    config: writer,
    schema: {
      tags,
      operationId: 'createDocument',
      summary: 'Create a document as a draft',
      description:
        "The content is validated by its type's declaration; every bad field is named. The document is published by a release once its draft is approved.",
      body: z
        .strictObject({ type: z.enum(editableTypes), content: contentInput, note: note.optional() })
        .meta({ example: { type: 'prompt', content: exampleContent, note: 'A light opener for dinner' } }),
      response: { 201: documentResponse('The new document and its draft.'), ...problemResponses(400, 401, 403, 409, 429) },
    },
    handler: async (request, reply) => sendDocument(reply, await editorial.create(callerOf(request), request.body), 201),
  })

  app.get('/v1/admin/documents', {
    config: reader,
    schema: {
      tags,
      operationId: 'listEditorialDocuments',
      summary: 'List documents with their drafts',
      description:
        'Every document of the catalogue, published or not, with the state of its pending draft. Filter by `type` or by ' +
        "`state` (`published`, `unpublished`, or a draft state) to build an editor's worklist.",
      querystring: z.strictObject({
        type: z.enum(['section', ...editableTypes]).optional(),
        state: z.enum(['published', 'unpublished', ...draftStates]).optional(),
        hasDraft: z
          .enum(['true', 'false'])
          .transform((value) => value === 'true')
          .optional(),
        limit: limitQuery,
        cursor: cursorQuery,
      }),
      response: {
        200: jsonResponse(
          z.object({ data: z.array(editorialDocument), page: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }) }),
          'One page, by document id.',
        ),
        ...problemResponses(400, 401, 403, 429),
      },
    },
    handler: async (request, reply) => {
      const { cursor, limit, ...filters } = request.query
      const after = cursor === undefined ? undefined : documentListCursor.rest.decode(cursor)
      const page = await editorial.list(callerOf(request), { ...filters, limit, after })
      const nextCursor = page.nextAfter === null ? null : documentListCursor.rest.encode(page.nextAfter)
      return sendUncachedPage(reply, limit, { items: page.items, nextCursor })
    },
  })

  app.get('/v1/admin/documents/:id', {
    config: reader,
    schema: {
      tags,
      operationId: 'getEditorialDocument',
      summary: 'One document: published version, draft and ETag',
      description: "The document's published body (if any), its pending draft (if any) and the `ETag` to send as `If-Match` with the next edit.",
      params: documentParams,
      response: { 200: documentResponse('The document.'), ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => sendDocument(reply, await editorial.get(callerOf(request), request.params.id)),
  })

  app.put('/v1/admin/documents/:id/draft', {
    config: writer,
    schema: {
      tags,
      operationId: 'replaceDraft',
      summary: 'Replace the draft',
      description:
        "Needs `If-Match` with the document's ETag: 428 without it, 412 when the document changed since. Editing an approved draft sends it back to draft.",
      params: documentParams,
      headers: ifMatch,
      body: z.strictObject({ content: contentInput, note: note.optional() }),
      response: { 200: documentResponse('The document with its new draft.'), ...problemResponses(400, 401, 403, 404, 412, 428, 429) },
    },
    handler: async (request, reply) =>
      sendDocument(reply, await editorial.replace(callerOf(request), request.params.id, request.body.content, request.headers['if-match'], request.body.note)),
  })

  app.patch('/v1/admin/documents/:id/draft', {
    config: writer,
    schema: {
      tags,
      operationId: 'patchDraft',
      summary: 'Edit the draft with a JSON Merge Patch (RFC 7396)',
      description: 'The patch applies to the draft, or to the published version when there is none. Needs `If-Match`, as PUT does.',
      params: documentParams,
      headers: ifMatch,
      querystring: z.strictObject({ note: note.optional().describe('Why; recorded with the revision.') }),
      body: contentInput.meta({ example: { text: 'What made you laugh out loud today?' } }),
      response: { 200: documentResponse('The document with its new draft.'), ...problemResponses(400, 401, 403, 404, 412, 415, 428, 429) },
    },
    handler: async (request, reply) =>
      sendDocument(reply, await editorial.patch(callerOf(request), request.params.id, request.body, request.headers['if-match'], request.query.note)),
  })

  app.delete('/v1/admin/documents/:id/draft', {
    config: writer,
    schema: {
      tags,
      operationId: 'discardDraft',
      summary: 'Discard the draft',
      description:
        "The published version, if any, stays. Needs `If-Match` with the document's ETag: 428 without it, 412 when the draft changed since you read it.",
      params: documentParams,
      headers: ifMatch,
      response: { 200: documentResponse('The document without a draft.'), ...problemResponses(400, 401, 403, 404, 412, 428, 429) },
    },
    handler: async (request, reply) => sendDocument(reply, await editorial.discard(callerOf(request), request.params.id, request.headers['if-match'])),
  })

  app.post('/v1/admin/documents/:id/archive', {
    config: writer,
    schema: {
      tags,
      operationId: 'archiveDocument',
      summary: 'Remove a document from the next release',
      description: "Makes an archive draft, reviewed and published like an edit. The document's versions stay readable forever.",
      params: documentParams,
      headers: ifMatch,
      body: optionalNote,
      response: { 200: documentResponse('The document with its archive draft.'), ...problemResponses(400, 401, 403, 404, 409, 412, 428, 429) },
    },
    handler: async (request, reply) =>
      sendDocument(reply, await editorial.archive(callerOf(request), request.params.id, request.headers['if-match'], request.body?.note)),
  })

  const transitions: [action: 'submit' | 'approve' | 'reject', scope: Scope, summary: string, description: string][] = [
    [
      'submit',
      'content:write',
      'Submit the draft for review (draft -> in-review)',
      'Moves a draft in state `draft` to `in-review`, with an optional note for the reviewer. A draft in any other state is 409 `INVALID_TRANSITION`.',
    ],
    [
      'approve',
      'content:publish',
      'Approve the draft (in-review -> approved)',
      'Marks a draft in review as approved: the next release (`POST /v1/admin/releases`) publishes it. Editing an approved draft sends it back to `draft`.',
    ],
    [
      'reject',
      'content:publish',
      'Send the draft back with a note (in-review -> draft)',
      "Returns a draft in review to its author as `draft`. The note saying what to change is required and kept in the document's history.",
    ],
  ]
  for (const [action, scope, summary, description] of transitions) {
    app.post(`/v1/admin/documents/:id/${action}`, {
      config: { scope },
      schema: {
        tags,
        operationId: `${action}Draft`,
        summary,
        description,
        params: documentParams,
        body: action === 'reject' ? z.strictObject({ note }) : optionalNote,
        response: { 200: documentResponse('The document with its draft in the new state.'), ...problemResponses(400, 401, 403, 404, 409, 429) },
      },
      handler: async (request, reply) => {
        const editor = callerOf(request)
        const why = (request.body as { note?: string } | undefined)?.note
        const id = request.params.id
        const doc =
          action === 'submit'
            ? await editorial.submit(editor, id, why)
            : action === 'approve'
              ? await editorial.approve(editor, id, why)
              : await editorial.reject(editor, id, why)
        return sendDocument(reply, doc)
      },
    })
  }

  app.post('/v1/admin/releases', {
    config: publisher,
    schema: {
      tags,
      operationId: 'publishRelease',
      summary: 'Publish approved drafts as a new release, now or at a set time',
      description:
        'Without `publishAt`, in one transaction: every approved draft, or the listed ones (which must be approved), become ' +
        'new versions (archive drafts leave the release), and the result is the new current release on every instance ' +
        '(201). The release must keep the content rules; nothing to publish gives 409.\n\nWith `publishAt` (in the ' +
        'future, with `Z` or an offset), it is scheduled instead (202, `Location` names the schedule): the listed ' +
        'documents must exist and have a draft now, and be approved when it fires; without a list, every approved draft ' +
        'then. It fires exactly once, on one instance; see `GET /v1/admin/schedules/{id}`.\n\nName who reviewed the content ' +
        'with `reviewedBy` and `reviewedAt` (and optionally `reviewNote`): the release records them once and serves them on ' +
        '`GET /v1/releases`; they never change afterwards.',
      body: z
        .strictObject({ documents: z.array(documentParams.shape.id).min(1).max(1_000).optional(), note, publishAt: publishAtInput.optional(), ...reviewFields })
        .meta({
          example: {
            note: 'December prompts',
            documents: ['prompt:what-made-you-laugh-today'],
            publishAt: '2026-12-01T08:00:00+01:00',
            reviewedBy: 'Dana Cole, school counselor',
            reviewedAt: '2026-11-24T17:30:00+01:00',
            reviewNote: 'Read every prompt in the release for ages 6-12.',
          },
        }),
      response: {
        201: jsonResponse(
          z.object({ releaseId: z.number().int(), published: z.array(z.string()), archived: z.array(z.string()) }).meta({ id: 'PublishedRelease' }),
          'Published now (no `publishAt`): the new release.',
        ),
        202: scheduledResponse,
        ...problemResponses(400, 401, 403, 409, 415, 429),
        422: {
          ...problemResponses(422)[422],
          description: 'The change would break the content rules (`CONTENT_RULES_FAILED`), or `publishAt` is not in the future (`SCHEDULE_IN_PAST`).',
        },
      },
    },
    handler: async (request, reply) => {
      const outcome = await app.services.schedules.publishOrSchedule(callerOf(request), request.body)
      if ('scheduled' in outcome) return sendSchedule(reply, outcome.scheduled, 202)
      return reply.code(201).header('cache-control', 'no-store').send(outcome.published)
    },
  })
}

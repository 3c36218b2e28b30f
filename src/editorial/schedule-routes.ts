import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendUncachedPage } from '../http/release-reply.js'
import { problemResponses, cursorQuery, fieldError, ifMatchHeader, integerQuery, jsonResponse, limitQuery, listOf, MAX_INT } from '../http/schemas.js'
import { callerOf } from '../caller/from-request.js'
import { reviewResponseFields } from '../publishing/review.js'
import { rescheduleInput, scheduleStates, type ScheduleView } from './schedules.js'

const tags = ['Editorial']
const reader = { scope: ['content:write', 'content:publish'] as const }
const publisher = { scope: 'content:publish' as const }

const exampleSchedule: ScheduleView = {
  id: 3,
  publishAt: '2026-12-01T07:00:00.000Z',
  documents: ['prompt:what-made-you-laugh-today'],
  note: 'December prompts',
  state: 'scheduled',
  revision: 1,
  etag: '"s1"',
  releaseId: null,
  error: null,
  attempts: 0,
  reviewedBy: 'Dana Cole, school counselor',
  reviewedAt: '2026-11-24T16:30:00.000Z',
  reviewNote: 'Read every prompt in the release for ages 6-12.',
  createdBy: 'Ben (publisher)',
  createdAt: '2026-11-25T10:12:00.000Z',
  updatedAt: '2026-11-25T10:12:00.000Z',
}

export const scheduleSchema = z
  .object({
    id: z.number().int(),
    publishAt: z.string().describe('When it publishes (UTC).'),
    documents: z.array(z.string()).nullable().describe('The drafts it publishes (they must be approved when it fires); null: every approved draft then.'),
    note: z.string().describe("What the release is for; it becomes the release's note."),
    state: z.enum(scheduleStates).describe('scheduled (waiting), published (fired once), failed (waits for an editor to reschedule it) or cancelled.'),
    revision: z.number().int().describe('Bumped by every change, the firing included.'),
    etag: z.string().describe("The schedule's ETag (also the `ETag` header); send it as `If-Match` to change or cancel it."),
    releaseId: z.number().int().nullable().describe('The release it published, once published.'),
    error: z
      .object({ code: z.string(), detail: z.string(), errors: z.array(fieldError) })
      .nullable()
      .describe("Why the last attempt failed (the publish's problem: code, detail and errors), while failed."),
    attempts: z.number().int().describe('How many times it was fired.'),
    ...reviewResponseFields,
    createdBy: z.string().describe('Name of the key that scheduled it; it publishes as "<name> (schedule <id>)".'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Schedule',
    description: 'A release to publish at a set time; it fires exactly once, on whichever instance claims it first.',
    example: exampleSchedule,
  })

const etagHeader = { etag: { type: 'string', description: 'The schedule\'s ETag (`"s<revision>"`), for `If-Match`.' } }
const scheduleResponse = (description: string) => ({ ...jsonResponse(scheduleSchema, description), headers: etagHeader })

/** The 202 of `POST /v1/admin/releases` with `publishAt`. */
export const scheduledResponse = {
  ...jsonResponse(scheduleSchema, 'Scheduled, not yet published: the schedule, its `Location` and its `ETag`.'),
  headers: { location: { type: 'string', description: 'The schedule: `/v1/admin/schedules/{id}`.' }, ...etagHeader },
}

export function sendSchedule(reply: FastifyReply, schedule: ScheduleView, status: 200 | 202 = 200) {
  if (status === 202) reply.header('location', `/v1/admin/schedules/${schedule.id}`)
  return reply.code(status).header('etag', schedule.etag).header('cache-control', 'no-store').send(schedule)
}

const problemText: Record<number, string> = {
  404: 'No schedule with this id (`SCHEDULE_NOT_FOUND`).',
  409: 'The schedule already fired or was cancelled (`SCHEDULE_NOT_PENDING`).',
  412: 'The schedule changed since you read it (`If-Match` is stale): read it again.',
  422: '`publishAt` is not in the future (`SCHEDULE_IN_PAST`).',
  428: "This change needs an `If-Match` header with the schedule's ETag.",
}

/** The shared problem responses, worded for schedules. */
export function scheduleProblems<const S extends readonly number[]>(...statuses: S) {
  const responses = problemResponses(...statuses)
  for (const status of statuses) {
    const text = problemText[status]
    if (text) (responses as Record<number, { description: string }>)[status]!.description = text
  }
  return responses
}

const scheduleParams = z.strictObject({ id: integerQuery(1, MAX_INT).describe('Schedule id.').meta({ example: 3 }) })
const ifMatch = ifMatchHeader("The schedule's ETag, from its GET.")

export const scheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { schedules } = app.services

  app.get('/v1/admin/schedules', {
    config: reader,
    schema: {
      tags,
      operationId: 'listSchedules',
      summary: 'List scheduled releases, newest first',
      description: 'Every schedule, pending or not: fired, failed and cancelled ones stay as history. Filter by `state`.',
      querystring: z.strictObject({
        state: z.enum(scheduleStates).optional().describe('Only schedules in this state.'),
        limit: limitQuery,
        cursor: cursorQuery.describe('Opaque cursor from `page.nextCursor` of the previous page.'),
      }),
      response: { 200: jsonResponse(listOf(scheduleSchema), 'One page of schedules, newest first.'), ...scheduleProblems(400, 401, 403, 429) },
    },
    handler: async (request, reply) => {
      const page = await schedules.list(callerOf(request), request.query)
      return sendUncachedPage(reply, request.query.limit, page)
    },
  })

  app.get('/v1/admin/schedules/:id', {
    config: reader,
    schema: {
      tags,
      operationId: 'getSchedule',
      summary: 'One scheduled release, with its ETag',
      description: 'Its state, the release it published once fired, or why it failed.',
      params: scheduleParams,
      response: { 200: scheduleResponse('The schedule.'), ...scheduleProblems(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => sendSchedule(reply, await schedules.get(callerOf(request), request.params.id)),
  })

  app.patch('/v1/admin/schedules/:id', {
    config: publisher,
    schema: {
      tags,
      operationId: 'rescheduleRelease',
      summary: "Change a scheduled release's time, note or drafts",
      description:
        'Only a scheduled or failed schedule can change (409 otherwise); a failed one is scheduled again, and fires at ' +
        'the next poll if its time has passed. `documents: null` means every approved draft when it fires. Needs ' +
        "`If-Match` with the schedule's ETag: 428 without it, 412 when it changed since.",
      params: scheduleParams,
      headers: ifMatch,
      body: rescheduleInput.meta({ example: { publishAt: '2026-12-01T09:00:00+01:00', note: 'December prompts, an hour later' } }),
      response: { 200: scheduleResponse('The changed schedule.'), ...scheduleProblems(400, 401, 403, 404, 409, 412, 415, 422, 428, 429) },
    },
    handler: async (request, reply) =>
      sendSchedule(reply, await schedules.reschedule(callerOf(request), request.params.id, request.body, request.headers['if-match'])),
  })

  app.delete('/v1/admin/schedules/:id', {
    config: publisher,
    schema: {
      tags,
      operationId: 'cancelSchedule',
      summary: 'Cancel a scheduled release',
      description:
        'It will not fire; the schedule stays, in state cancelled, as history. Only a scheduled or failed schedule can be ' +
        'cancelled (409 otherwise). With `If-Match`, only if it is still the one you read.',
      params: scheduleParams,
      headers: ifMatch,
      response: { 200: scheduleResponse('The cancelled schedule.'), ...scheduleProblems(400, 401, 403, 404, 409, 412, 415, 429) },
    },
    handler: async (request, reply) => sendSchedule(reply, await schedules.cancel(callerOf(request), request.params.id, request.headers['if-match'])),
  })
}

import type { Tx } from '../db/executor.js'
import { type Caller, type Conditional, type Scope, changedSinceRead, checkIfMatch, requireScope } from '../caller/caller.js'
import { and, asc, desc, eq, inArray, lt, lte, sql } from 'drizzle-orm'
import { z } from 'zod'
import { silentLog, type BackgroundLog } from '../background-log.js'
import { documentIdValue } from '../content/types/define.js'
import { appendAudit } from '../audit/writer.js'
import type { AppDatabase } from '../db/database.js'
import { documentDrafts, documents, releaseSchedules } from '../db/schema.js'
import { isUnavailable } from '../db/unavailable.js'
import { appendEvent } from '../events/repository.js'
import { AppError, type FieldError } from '../errors.js'
import { loggableError } from '../http/error-log.js'
import { MAX_INT } from '../http/schemas.js'
import { parseInput } from '../read/input.js'
import { beforeIdCursor, decodeBeforeIdCursor } from '../read/paging.js'
import type { PublishResult } from '../publishing/drafts.js'
import type { Publisher } from '../publishing/publisher.js'
import { reviewColumns, reviewOf, reviewView, storedReview } from '../publishing/review.js'
import { note, publishRequest, type EditorialService } from './service.js'

/*
 * Scheduled releases, and the runner that fires them.
 *
 * Why no job library: pg-boss (10 is the Node 20 line) needs a pg Pool, so it cannot run on the embedded
 * PGlite database; and a queue outside the publishing transaction cannot promise "exactly once" anyway
 * (the job and the release would commit separately). Here the guarantee comes from the row itself: a due
 * schedule is claimed with FOR UPDATE SKIP LOCKED inside the very transaction that publishes it and marks
 * it published, so whichever instance claims it publishes it, once, or the whole attempt rolls back.
 */

export const scheduleStates = ['scheduled', 'published', 'failed', 'cancelled'] as const
export type ScheduleState = (typeof scheduleStates)[number]
/** Only these can still be changed or cancelled; a failed one goes back to scheduled when changed. */
const pendingStates: ScheduleState[] = ['scheduled', 'failed']

/** Why a schedule's last attempt failed: the error the publish gave. */
export interface ScheduleFailure {
  code: string
  detail: string
  errors: FieldError[]
}

export interface ScheduleView {
  id: number
  publishAt: string
  /** The drafts it publishes; null: every approved draft when it fires. */
  documents: string[] | null
  note: string
  state: ScheduleState
  revision: number
  etag: string
  releaseId: number | null
  error: ScheduleFailure | null
  attempts: number
  /** The review the release will record (null: none). */
  reviewedBy: string | null
  reviewedAt: string | null
  reviewNote: string | null
  createdBy: string
  createdAt: string
  updatedAt: string
}

// Timestamps past this cannot be stored by PostgreSQL once an offset moves them into the year 10000.
const LAST_MOMENT = Date.UTC(10_000, 0, 1)

/** An RFC 3339 time with `Z` or an offset: a local time would mean something else to every instance and editor. */
export const publishAtInput = z.iso
  .datetime({ offset: true, error: 'must be an RFC 3339 date-time with Z or an offset, such as 2026-12-01T08:00:00+01:00' })
  .max(64)
  .refine((value) => Date.parse(value) < LAST_MOMENT, 'must be before the year 10000')
  .describe('When to publish: an RFC 3339 date-time with `Z` or an offset, in the future.')

const scheduleId = z.number().int().min(1).max(MAX_INT)
const documentList = z.array(documentIdValue).min(1).max(1_000)
export const scheduleInput = publishRequest.extend({ publishAt: publishAtInput })
export const rescheduleInput = z.strictObject({
  publishAt: publishAtInput.optional(),
  note: note.optional(),
  documents: documentList.nullable().optional().describe('The drafts to publish; null: every approved draft when it fires; absent: unchanged.'),
})
const listInput = z.strictObject({
  state: z.enum(scheduleStates).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
})

type ScheduleRow = typeof releaseSchedules.$inferSelect
type Fired = { id: number; outcome: 'published'; releaseId: number } | { id: number; outcome: 'failed'; error: ScheduleFailure }

export const scheduleEtag = (revision: number) => `"s${revision}"`

/**
 * Releases to publish later, written once for REST and GraphQL (scopes are checked here), and `runDue`,
 * which the runner calls on every instance. Every write appends an audit row in its transaction; changes
 * compare and swap on the schedule's revision, so an edit never races the runner unnoticed.
 */
export class ScheduleService {
  constructor(
    private readonly db: AppDatabase,
    private readonly publisher: Publisher,
    private readonly editorial: EditorialService,
    private readonly log: BackgroundLog = silentLog,
  ) {}

  /** POST /v1/admin/releases: publishes the approved drafts now, or schedules them when `publishAt` is given. */
  async publishOrSchedule(editor: Caller, input: { publishAt?: string | undefined }): Promise<{ published: PublishResult } | { scheduled: ScheduleView }> {
    if (input.publishAt !== undefined) return { scheduled: await this.schedule(editor, input) }
    return { published: await this.editorial.publish(editor, input) }
  }

  async schedule(editor: Caller, input: unknown): Promise<ScheduleView> {
    requireScope(editor, 'content:publish')
    const request = parseInput(scheduleInput, input as Record<string, unknown>)
    assertFuture(request.publishAt)
    const review = reviewOf(request)
    if (request.documents) await assertDrafts(this.db, request.documents)
    const row = await this.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(releaseSchedules)
        .values({
          publishAt: new Date(request.publishAt),
          documents: request.documents ?? null,
          note: request.note,
          state: 'scheduled',
          createdByKeyId: editor.keyId,
          createdByName: editor.name,
          ...reviewColumns(review),
        })
        .returning()
      await audit(tx, editor, 'schedule.create', created!, {
        publishAt: created!.publishAt.toISOString(),
        documents: created!.documents,
        note: created!.note,
        ...(review ? { review } : {}),
      })
      return created!
    })
    return view(row)
  }

  async get(editor: Caller, id: unknown): Promise<ScheduleView> {
    requireScope(editor, 'content:write', 'content:publish')
    return view(await this.find(id))
  }

  /** Schedules, newest first. */
  async list(editor: Caller, input: unknown): Promise<{ items: ScheduleView[]; nextCursor: string | null }> {
    requireScope(editor, 'content:write', 'content:publish')
    const filters = parseInput(listInput, input as Record<string, unknown>)
    const before = decodeBeforeIdCursor(filters.cursor)
    const rows = await this.db
      .select()
      .from(releaseSchedules)
      .where(and(filters.state ? eq(releaseSchedules.state, filters.state) : undefined, before === undefined ? undefined : lt(releaseSchedules.id, before)))
      .orderBy(desc(releaseSchedules.id))
      .limit(filters.limit + 1)
    const page = rows.slice(0, filters.limit)
    return { items: page.map(view), nextCursor: rows.length > filters.limit ? beforeIdCursor(page.at(-1)!.id) : null }
  }

  /** Changes the time, note or drafts of a pending schedule; a failed one is scheduled again. */
  async reschedule(editor: Caller, id: unknown, input: unknown, ifMatch: string | undefined): Promise<ScheduleView> {
    requireScope(editor, 'content:publish')
    const current = await this.find(id)
    const changes = parseInput(rescheduleInput, input as Record<string, unknown>)
    // Explicit null clears the list (parseInput reads nulls as absent, so it is taken from the input).
    const documents = (input as { documents?: unknown }).documents === null ? null : changes.documents
    checkPending(current, 'changed')
    checkIfMatch(conditional(current), ifMatch)
    if (changes.publishAt !== undefined) assertFuture(changes.publishAt)
    if (documents) await assertDrafts(this.db, documents)
    const values = {
      ...(changes.publishAt !== undefined ? { publishAt: new Date(changes.publishAt) } : {}),
      ...(changes.note !== undefined ? { note: changes.note } : {}),
      ...(documents !== undefined ? { documents } : {}),
      state: 'scheduled' as const,
      error: null,
    }
    return (await this.write(editor, current, values, 'schedule.reschedule')) ?? this.lostRace(current.id, 'changed')
  }

  /** Cancels a pending schedule; the row stays, as history. */
  async cancel(editor: Caller, id: unknown, ifMatch: string | undefined): Promise<ScheduleView> {
    requireScope(editor, 'content:publish')
    const current = await this.find(id)
    checkPending(current, 'cancelled')
    checkIfMatch(conditional(current), ifMatch, { required: false })
    const cancelled = await this.write(editor, current, { state: 'cancelled' }, 'schedule.cancel')
    if (cancelled) return cancelled
    // Without If-Match the caller asked to cancel whatever it is now: try again on the newer revision.
    if (ifMatch === undefined) return this.cancel(editor, id, ifMatch)
    return this.lostRace(current.id, 'cancelled')
  }

  /**
   * Fires every schedule due at `asOf` (default: the database's clock), one transaction each, until none
   * is left; returns what happened. A database outage is thrown, so the caller tries again later; it
   * never marks a schedule failed. Safe to call on every instance at once.
   */
  async runDue(asOf?: Date): Promise<Fired[]> {
    const fired: Fired[] = []
    for (;;) {
      const next = await this.fireNext(asOf)
      if (next === null) return fired
      if (next !== 'handled elsewhere') fired.push(next)
    }
  }

  /** Fires the first due schedule; null when none is due. */
  private async fireNext(asOf: Date | undefined): Promise<Fired | 'handled elsewhere' | null> {
    const attempt: { row?: ScheduleRow } = {}
    try {
      const done = await this.publisher.publish({
        claim: async (tx) => {
          const [row] = await tx
            .select()
            .from(releaseSchedules)
            .where(and(eq(releaseSchedules.state, 'scheduled'), lte(releaseSchedules.publishAt, asOf ?? sql`now()`)))
            .orderBy(asc(releaseSchedules.publishAt), asc(releaseSchedules.id))
            .limit(1)
            .for('update', { skipLocked: true })
          attempt.row = row
          return row !== undefined
        },
        run: async (publish) => {
          const row = attempt.row!
          const editor = scheduleEditor(row)
          const published = await publish.drafts(editor, { documents: row.documents ?? undefined, note: row.note }, 'schedule', {
            event: { scheduleId: row.id },
            review: storedReview(row),
          })
          await publish.tx
            .update(releaseSchedules)
            .set({
              state: 'published',
              releaseId: published.releaseId,
              error: null,
              attempts: row.attempts + 1,
              revision: row.revision + 1,
              updatedAt: new Date(),
            })
            .where(eq(releaseSchedules.id, row.id))
          await audit(publish.tx, editor, 'schedule.fire', row, {
            releaseId: published.releaseId,
            published: published.published,
            archived: published.archived,
          })
          return { id: row.id, releaseId: published.releaseId }
        },
      })
      if (!done) return null
      return { id: done.id, outcome: 'published', releaseId: done.releaseId }
    } catch (error) {
      if (!attempt.row || isUnavailable(error)) throw error
      const failure = await this.markFailed(attempt.row, error)
      return failure ? { id: attempt.row.id, outcome: 'failed', error: failure } : 'handled elsewhere'
    }
  }

  /**
   * Records a failed attempt, in a transaction of its own (the publishing one rolled back). It is not
   * retried: it would fail again until an editor acts, and rescheduling it is that act. Null when another
   * instance (which claimed it in between) or an editor got to it first.
   */
  private async markFailed(row: ScheduleRow, error: unknown): Promise<ScheduleFailure | null> {
    const failure = failureOf(error)
    const marked = await this.db.transaction(async (tx) => {
      // Claimed again: unless another instance holds it, or an editor changed it in the meantime.
      const [still] = await tx
        .select()
        .from(releaseSchedules)
        .where(and(eq(releaseSchedules.id, row.id), eq(releaseSchedules.state, 'scheduled'), eq(releaseSchedules.revision, row.revision)))
        .for('update', { skipLocked: true })
      if (!still) return false
      await tx
        .update(releaseSchedules)
        .set({ state: 'failed', error: failure, attempts: still.attempts + 1, revision: still.revision + 1, updatedAt: new Date() })
        .where(eq(releaseSchedules.id, still.id))
      await audit(tx, scheduleEditor(still), 'schedule.fail', still, { error: failure })
      await appendEvent(tx, {
        type: 'schedule.failed',
        data: { scheduleId: still.id, publishAt: still.publishAt.toISOString(), note: still.note, error: failure },
      })
      return true
    })
    if (!marked) return null
    const cause = error instanceof AppError ? {} : { err: loggableError(error) }
    this.log.warn({ scheduleId: row.id, code: failure.code, ...cause }, 'a scheduled release failed; it waits for an editor to reschedule it')
    return failure
  }

  private async find(id: unknown): Promise<ScheduleRow> {
    const scheduleIdValue = parseInput(z.strictObject({ id: scheduleId }), { id }).id
    const [row] = await this.db.select().from(releaseSchedules).where(eq(releaseSchedules.id, scheduleIdValue))
    if (!row) throw new AppError('SCHEDULE_NOT_FOUND', `No schedule ${scheduleIdValue}.`)
    return row
  }

  /** Writes the change if the schedule is still the one read (compare and swap on its revision); null when not. */
  private async write(editor: Caller, current: ScheduleRow, values: Partial<ScheduleRow>, action: string): Promise<ScheduleView | null> {
    const row = await this.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(releaseSchedules)
        .set({ ...values, revision: current.revision + 1, updatedAt: new Date() })
        .where(and(eq(releaseSchedules.id, current.id), eq(releaseSchedules.revision, current.revision), inArray(releaseSchedules.state, pendingStates)))
        .returning()
      if (!updated) return null
      await audit(tx, editor, action, updated, {
        from: current.state,
        state: updated.state,
        publishAt: updated.publishAt.toISOString(),
        documents: updated.documents,
        note: updated.note,
      })
      return updated
    })
    return row && view(row)
  }

  /** A change lost a race (the runner fired the schedule, or another editor changed it): says which. */
  private async lostRace(id: number, verb: 'changed' | 'cancelled'): Promise<never> {
    const now = await this.find(id)
    checkPending(now, verb)
    throw stale(now)
  }
}

/** The schedule's creator publishes it, named after the schedule in the revisions and the audit log. */
function scheduleEditor(row: ScheduleRow): Caller {
  return { keyId: row.createdByKeyId, name: `${row.createdByName} (schedule ${row.id})`, scopes: new Set<Scope>(['content:publish']) }
}

function failureOf(error: unknown): ScheduleFailure {
  if (error instanceof AppError) return { code: error.code, detail: error.detail, errors: error.errors ?? [] }
  // Never the message: database errors carry SQL and parameters there.
  return { code: 'INTERNAL_ERROR', detail: 'Publishing failed unexpectedly; the server log has the details.', errors: [] }
}

async function audit(tx: Tx, editor: Caller, action: string, row: ScheduleRow, detail: Record<string, unknown>) {
  await appendAudit(tx, editor, { action, target: `schedule:${row.id}`, detail: { revision: row.revision, ...detail } })
}

function assertFuture(publishAt: string) {
  if (Date.parse(publishAt) <= Date.now()) {
    throw new AppError('SCHEDULE_IN_PAST', `publishAt ${publishAt} is not in the future (it is now ${new Date().toISOString()}).`)
  }
}

/** Listed documents must exist and have a draft now; they must also be approved by the time it fires. */
async function assertDrafts(db: AppDatabase, ids: string[]) {
  const rows = await db
    .select({ id: documents.id, draft: documentDrafts.documentId })
    .from(documents)
    .leftJoin(documentDrafts, eq(documentDrafts.documentId, documents.id))
    .where(inArray(documents.id, ids))
  const found = new Map(rows.map((row) => [row.id, row.draft !== null]))
  const errors = ids.flatMap((id, index): FieldError[] => {
    if (!found.has(id)) return [{ location: 'body', field: `documents.${index}`, message: `"${id}" does not exist` }]
    if (!found.get(id)) return [{ location: 'body', field: `documents.${index}`, message: `"${id}" has no draft to publish` }]
    return []
  })
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'Every listed document must exist and have a draft: `errors` names each that does not.', errors)
}

function checkPending(row: ScheduleRow, verb: 'changed' | 'cancelled') {
  if (!pendingStates.includes(row.state)) {
    throw new AppError('SCHEDULE_NOT_PENDING', `Schedule ${row.id} is ${row.state}; only a scheduled or failed schedule can be ${verb}.`)
  }
}

/** The schedule as a conditional write names it. */
function conditional(row: ScheduleRow): Conditional {
  return { label: `Schedule ${row.id}`, etag: scheduleEtag(row.revision), readAt: `/v1/admin/schedules/${row.id}` }
}

function stale(row: ScheduleRow) {
  return changedSinceRead(conditional(row))
}

function view(row: ScheduleRow): ScheduleView {
  return {
    id: row.id,
    publishAt: row.publishAt.toISOString(),
    documents: row.documents ?? null,
    note: row.note,
    state: row.state,
    revision: row.revision,
    etag: scheduleEtag(row.revision),
    releaseId: row.releaseId,
    error: (row.error as ScheduleFailure | null) ?? null,
    attempts: row.attempts,
    ...reviewView(storedReview(row)),
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

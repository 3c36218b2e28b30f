import { createHash } from 'node:crypto'
import { z } from 'zod'
import { cursorCodec, invalidCursor } from '../cursor.js'
import { MAX_INT } from '../http/schemas.js'
import type { ReadContext } from './context.js'
import { parseInput } from './input.js'

const windowCursor = cursorCodec(
  z.strictObject({
    // A release id; negative for a preview (whose cursors only continue under release=draft).
    r: z
      .number()
      .int()
      .min(-MAX_INT)
      .max(MAX_INT)
      .refine((id) => id !== 0),
    o: z.number().int().min(0).max(1_000_000),
    f: z.string().max(16),
  }),
)

export const MAX_PAGE = 100
export const DEFAULT_PAGE = 20

/** What a caller asks of a list: how many, and where to continue (the cursor of the previous page). */
export interface PageArgs {
  limit?: number | null | undefined
  cursor?: string | null | undefined
}

const pageArgs = z.strictObject({
  limit: z.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE),
  cursor: z.string().max(200).optional(),
})

/** Where a page starts and how long it is, for one release and one set of filters. */
export interface PageWindow {
  releaseId: number
  offset: number
  limit: number
  filterKey: string
}

/** A page of items, with what both adapters need: REST's next cursor, GraphQL's cursor per edge. */
export interface Paged<T> {
  items: T[]
  limit: number
  nextCursor: string | null
  /** The cursor that continues after the item at this index of `items`. */
  cursorAfter(index: number): string
}

function filterKey(filters: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined && value !== null)
      .sort(),
  )
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12)
}

/** The release a cursor reads: paging continues on the snapshot it started on. */
export function releaseOfCursor(cursor: string): number {
  return windowCursor.decode(cursor).r
}

/**
 * Opens the page a caller asked for. A cursor carries the release it started on and the filters it
 * was made for: it must be used on that snapshot (the read context was built from it) with the same filters.
 */
export function openPage(read: ReadContext, args: PageArgs, filters: Record<string, unknown>): PageWindow {
  const { limit, cursor } = parseInput(pageArgs, { limit: args.limit, cursor: args.cursor })
  const key = filterKey(filters)
  const releaseId = read.snapshot.releaseId
  if (cursor === undefined) return { releaseId, offset: 0, limit, filterKey: key }
  const decoded = windowCursor.decode(cursor)
  if (decoded.f !== key) throw invalidCursor('The cursor was issued for different filters; repeat the same filters.')
  if (decoded.r !== releaseId) throw invalidCursor(`The cursor reads release ${decoded.r}, not release ${releaseId}.`)
  return { releaseId, offset: decoded.o, limit, filterKey: key }
}

function cursorAt(window: PageWindow, offset: number): string {
  return windowCursor.encode({ r: window.releaseId, o: offset, f: window.filterKey })
}

/** The page made of the rows read for a window: up to limit + 1, the extra one telling whether more follow. */
export function paged<T>(window: PageWindow, rows: T[]): Paged<T> {
  const hasMore = rows.length > window.limit
  return {
    items: hasMore ? rows.slice(0, window.limit) : rows,
    limit: window.limit,
    nextCursor: hasMore ? cursorAt(window, window.offset + window.limit) : null,
    cursorAfter: (index) => cursorAt(window, window.offset + index + 1),
  }
}

/** A page of a list already in memory (a topic's prompts...), with cursors bound to its parent. */
export function pageOfList<T>(read: ReadContext, all: T[], args: PageArgs, parentKey: string): Paged<T> {
  const window = openPage(read, args, { parent: parentKey })
  return paged(window, all.slice(window.offset, window.offset + window.limit + 1))
}

const beforeIdCodec = cursorCodec(z.strictObject({ before: z.number().int().positive().max(MAX_INT) }))

/**
 * The cursor of a list paged newest first by a serial id (releases, schedules, the audit log): rows are
 * only appended, so "older than row n" is a stable place to continue from.
 */
export function beforeIdCursor(id: number): string {
  return beforeIdCodec.encode({ before: id })
}

/** The id a `beforeIdCursor` continues before; undefined for the first page. */
export function decodeBeforeIdCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined
  return beforeIdCodec.decode(cursor).before
}

import { createHash } from 'node:crypto'
import { z } from 'zod'
import { AppError } from '../errors.js'
import { MAX_INT } from './schemas.js'

const cursorPayload = z.strictObject({
  r: z.number().int().positive().max(MAX_INT),
  o: z.number().int().min(0).max(1_000_000),
  f: z.string().max(16),
})

export interface PageRequest {
  releaseId: number | undefined
  offset: number
  limit: number
  filterKey: string
}

export function filterKey(filters: Record<string, unknown>): string {
  const canonical = JSON.stringify(Object.entries(filters).filter(([, value]) => value !== undefined).sort())
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12)
}

/**
 * A cursor carries the release it started on, so paging continues on the same snapshot even if
 * a new release is published meanwhile, and the filters it was made for.
 */
export function readPage(
  query: { release?: number | undefined; cursor?: string | undefined; limit: number },
  filters: Record<string, unknown>,
): PageRequest {
  const key = filterKey(filters)
  if (query.cursor === undefined) return { releaseId: query.release, offset: 0, limit: query.limit, filterKey: key }
  let decoded: z.infer<typeof cursorPayload>
  try {
    decoded = cursorPayload.parse(JSON.parse(Buffer.from(query.cursor, 'base64url').toString('utf8')))
  } catch {
    throw new AppError('INVALID_CURSOR', 'The cursor is malformed; pass page.nextCursor from the previous page unchanged.')
  }
  if (decoded.f !== key) {
    throw new AppError('INVALID_CURSOR', 'The cursor was issued for different filters; repeat the same filters.')
  }
  if (query.release !== undefined && query.release !== decoded.r) {
    throw new AppError('INVALID_CURSOR', `The cursor reads release ${decoded.r}, not release ${query.release}.`)
  }
  return { releaseId: decoded.r, offset: decoded.o, limit: query.limit, filterKey: key }
}

export function nextCursor(page: PageRequest, releaseId: number, hasMore: boolean): string | null {
  return hasMore ? cursorAt(page, releaseId, page.offset + page.limit) : null
}

/** The cursor that continues after the item at position `offset - 1`. */
export function cursorAt(page: Pick<PageRequest, 'filterKey'>, releaseId: number, offset: number): string {
  return Buffer.from(JSON.stringify({ r: releaseId, o: offset, f: page.filterKey })).toString('base64url')
}

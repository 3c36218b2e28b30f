import type { z } from 'zod'
import { AppError } from './errors.js'

/**
 * How a pager writes its cursor on the wire. Clients hold cursors across deploys, so each pager keeps
 * the form it was published with; unifying them is a change to the public contract, not a refactor.
 */
export type CursorWire =
  /** base64url of a small JSON object: every pager but one. */
  | 'json'
  /** base64url of a bare string: the editorial document list in REST. */
  | 'text'
  /** The bare string itself: the editorial document list in GraphQL. */
  | 'plain'

export interface CursorCodec<Position, Written = Position> {
  encode(position: Written): string
  /** The position a cursor holds; a cursor that does not hold one is refused as INVALID_CURSOR. */
  decode(cursor: string): Position
}

/** A cursor refused for a reason of its own (made for other filters, another release...). */
export function invalidCursor(message: string): AppError {
  return new AppError('INVALID_CURSOR', message)
}

export function malformedCursor(): AppError {
  return invalidCursor('The cursor is malformed; pass the cursor from the previous page unchanged.')
}

function written(cursor: string, wire: CursorWire): unknown {
  if (wire === 'plain') return cursor
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  return wire === 'text' ? text : JSON.parse(text)
}

/** The one codec every pager uses: a position checked by its schema on the way in, in the pager's wire form. */
export function cursorCodec<S extends z.ZodType>(schema: S, wire: CursorWire = 'json'): CursorCodec<z.output<S>, z.input<S>> {
  return {
    encode(position) {
      if (wire === 'plain') return String(position)
      return Buffer.from(wire === 'text' ? String(position) : JSON.stringify(position)).toString('base64url')
    },
    decode(cursor) {
      let value: unknown
      try {
        value = written(cursor, wire)
      } catch {
        throw malformedCursor()
      }
      const parsed = schema.safeParse(value)
      if (!parsed.success) throw malformedCursor()
      return parsed.data
    },
  }
}

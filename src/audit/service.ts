import { userInfo } from 'node:os'
import { and, desc, eq, gte, like, lt } from 'drizzle-orm'
import { z } from 'zod'
import type { AppDatabase } from '../db/database.js'
import { auditLog } from '../db/schema.js'
import { requireScope, type Actor, type Caller } from '../caller/caller.js'
import { keyId } from '../keys/schemas.js'
import { parseInput } from '../read/input.js'
import { beforeIdCursor, decodeBeforeIdCursor } from '../read/paging.js'

/** Calls made by the process itself, with no request (start-up, tests, benchmarks). */
export const inProcess: Actor = { keyId: null, name: 'in-process call' }

/** A command line tool run by someone on the server, e.g. "keys CLI (maria)". */
export function cliActor(tool: string): Actor {
  return { keyId: null, name: `${tool} (${osUser()})` }
}

function osUser(): string {
  try {
    return userInfo().username
  } catch {
    // No passwd entry (some containers): the environment may still say who it is.
    return process.env.USER ?? process.env.LOGNAME ?? 'unknown user'
  }
}

const EARLIEST = Date.parse('0001-01-01T00:00:00Z')
const LATEST = Date.UTC(10_000, 0, 1)

/** An RFC 3339 date-time the database can compare with (years 1 to 9999 once in UTC). */
const dateTime = z.iso
  .datetime({ offset: true })
  .max(64)
  .refine((value) => Date.parse(value) >= EARLIEST && Date.parse(value) < LATEST, 'must fall between the years 1 and 9999 in UTC')

/** The filters of a listing, shared by REST's query string and the service (which GraphQL calls). */
export const auditFilters = {
  action: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.?$/, 'must be an action such as "draft.edit", or a prefix ending in "." such as "draft."')
    .optional()
    .describe('An action, such as `key.create`, or a prefix ending in `.`, such as `draft.` (every draft change).')
    .meta({ example: 'draft.' }),
  target: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_.:-]+$/, 'must be a target such as "prompt:what-made-you-laugh-today", "release:3" or "key:k7Qm2xPa0000"')
    .optional()
    .describe('What was changed: a document id, `release:<id>`, `schedule:<id>` or `key:<id>`.')
    .meta({ example: 'topic:boundaries' }),
  keyId: keyId.optional().describe('Only changes made with this API key (its id).').meta({ example: 'k7Qm2xPa0000' }),
  since: dateTime.optional().describe('Only changes at or after this RFC 3339 date-time.').meta({ example: '2025-01-01T00:00:00Z' }),
  until: dateTime.optional().describe('Only changes before this RFC 3339 date-time.').meta({ example: '2025-02-01T00:00:00+01:00' }),
}

const listInput = z.strictObject({
  ...auditFilters,
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
})

export interface AuditRow {
  id: number
  at: string
  keyId: string | null
  keyName: string
  requestId: string | null
  action: string
  target: string
  detail: Record<string, unknown> | null
}

/**
 * Reads the audit log (append-only: the database refuses updates and deletes). For key admins and
 * publishers; the scope is checked here, so REST and GraphQL agree.
 */
export class AuditService {
  constructor(private readonly db: AppDatabase) {}

  /** One page of rows matching the filters, newest first, and the cursor that continues after it. */
  async list(caller: Caller, input: Record<string, unknown>): Promise<{ items: AuditRow[]; nextCursor: string | null }> {
    requireScope(caller, 'keys:admin', 'content:publish')
    const { action, target, keyId, since, until, limit, cursor } = parseInput(listInput, input)
    const before = decodeBeforeIdCursor(cursor)
    const rows = await this.db
      .select()
      .from(auditLog)
      .where(
        and(
          action === undefined ? undefined : action.endsWith('.') ? like(auditLog.action, `${action}%`) : eq(auditLog.action, action),
          target === undefined ? undefined : eq(auditLog.target, target),
          keyId === undefined ? undefined : eq(auditLog.keyId, keyId),
          since === undefined ? undefined : gte(auditLog.at, new Date(since)),
          until === undefined ? undefined : lt(auditLog.at, new Date(until)),
          before === undefined ? undefined : lt(auditLog.id, before),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(limit + 1)
    const items = rows.slice(0, limit).map(toRow)
    return { items, nextCursor: rows.length > limit ? beforeIdCursor(items.at(-1)!.id) : null }
  }
}

function toRow(row: typeof auditLog.$inferSelect): AuditRow {
  return { ...row, at: row.at.toISOString(), detail: (row.detail as Record<string, unknown> | null) ?? null }
}

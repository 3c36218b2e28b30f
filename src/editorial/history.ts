import { type Caller, requireScope } from '../caller/caller.js'
import { isDeepStrictEqual } from 'node:util'
import { and, asc, desc, eq, inArray, like, min, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm'
import { createPatch, type Operation } from 'rfc6902'
import { z } from 'zod'
import { cursorCodec } from '../cursor.js'
import type { AppDatabase } from '../db/database.js'
import { auditLog, documentVersions, draftRevisions, releaseItems, releases } from '../db/schema.js'
import { releaseItemVersion } from '../documents/repository.js'
import { AppError } from '../errors.js'
import { integerWithin, MAX_INT } from '../http/schemas.js'
import { parseInput } from '../read/input.js'
import type { Publisher } from '../publishing/publisher.js'
import type { Rollback } from '../publishing/rollback.js'
import type { PublishedSource } from '../releases/repository.js'
import { note, type EditorialDocument, type EditorialService } from './service.js'

/** A published version of a document, as its history lists it. */
export interface VersionEntry {
  entry: 'version'
  version: number
  createdAt: string
  /** The first release that published it. */
  releaseId: number
  source: PublishedSource
  /** Who published it, from the audit log; null when the audit log names no one (imports from before the editorial API). */
  author: string | null
  /** The note of the release that published it. */
  note: string
}

/** One change to a document's draft, as its history lists it. */
export interface RevisionEntry {
  entry: 'revision'
  revision: number
  /** create, edit, restore, archive, submit, approve, reject, discard or publish. */
  action: string
  /** The draft's state after the change; null once it is discarded or published. */
  state: string | null
  kind: string | null
  createdAt: string
  author: string
  note: string | null
}

export type HistoryEntry = VersionEntry | RevisionEntry

export interface HistoryPage {
  items: HistoryEntry[]
  nextCursor: string | null
}

export type DiffSide = number | 'draft'

export interface FieldChange {
  field: string
  change: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

export interface DocumentDiff {
  /** A version number, `draft`, or null when the default (the published version) does not exist. */
  from: DiffSide | null
  to: DiffSide
  /** RFC 6902 operations turning the `from` body into the `to` body. */
  patch: Operation[]
  changes: FieldChange[]
}

/** A version number, a release id, a revision row: what an int4 column holds, from 1. */
const positive = z.number().int().min(1).max(MAX_INT)
/** A version number or `draft`; digits as text too, as a query string or a GraphQL String carries them. */
export const diffSide = z.union([z.literal('draft'), integerWithin(positive).describe('A version number.')])
const historyInput = z.strictObject({ limit: z.number().int().min(1).max(100).default(20), cursor: z.string().max(200).optional() })
const diffInput = z.strictObject({ from: diffSide.optional(), to: diffSide.optional() })
export const restoreInput = z.strictObject({ version: positive.describe('The version to restore.'), note: note.optional() })
const rollbackInput = z.strictObject({ id: positive, note })

// Newest first: by time (to the microsecond), a version before the draft revision its publish wrote in
// the same transaction (both carry the transaction's time), then by number.
const VERSION_RANK = 1
const REVISION_RANK = 0
// `t` stays below PostgreSQL's bigint limit (19 digits may not), so a forged cursor is a 400, not a 22003.
const historyPosition = z.strictObject({ t: z.string().regex(/^[0-9]{1,18}$/), k: z.union([z.literal(VERSION_RANK), z.literal(REVISION_RANK)]), n: positive })
type Position = z.infer<typeof historyPosition>
const historyCursor = cursorCodec(historyPosition)

/**
 * A document's history and its uses: every published version and draft revision, the difference
 * between any two of its bodies, restoring an old body as the draft, and rolling the whole content back
 * to an earlier release. Scopes are checked here, as in the editorial service, so REST and GraphQL agree.
 */
export class HistoryService {
  constructor(
    private readonly db: AppDatabase,
    private readonly publisher: Publisher,
    private readonly editorial: EditorialService,
  ) {}

  /** Published versions and draft revisions, newest first; preview versions are a draft overlay, not history. */
  async history(editor: Caller, id: string, input: { limit?: unknown; cursor?: unknown }): Promise<HistoryPage> {
    requireScope(editor, 'content:write', 'content:publish')
    const { limit, cursor } = parseInput(historyInput, input)
    const after = cursor === undefined ? undefined : historyCursor.decode(cursor)
    const doc = await this.editorial.get(editor, id)
    const [versions, revisions] = await Promise.all([this.versions(doc.id, after, limit + 1), this.revisions(doc.id, after, limit + 1)])
    const merged = [...versions, ...revisions].sort((a, b) => compare(b.position, a.position))
    const page = merged.slice(0, limit)
    return { items: page.map((item) => item.entry), nextCursor: merged.length > limit ? historyCursor.encode(page.at(-1)!.position) : null }
  }

  /** What changed between two bodies of a document, as an RFC 6902 patch and field by field. */
  async diff(editor: Caller, id: string, input: { from?: unknown; to?: unknown }): Promise<DocumentDiff> {
    requireScope(editor, 'content:write', 'content:publish')
    const sides = parseInput(diffInput, input)
    const doc = await this.editorial.get(editor, id)
    const from = sides.from ?? doc.published?.version ?? null
    const to = sides.to ?? 'draft'
    // One after the other, so a bad `from` is the error reported whatever `to` is.
    const before = await this.body(doc, from)
    const after = await this.body(doc, to)
    return { from, to, patch: createPatch(before, after), changes: fieldChanges(before, after) }
  }

  /**
   * Makes a version's body the new draft, with If-Match as for any draft edit. An archived document
   * comes back as a draft. The body must meet its type's current declaration: a version older than a
   * field the type now requires is refused with each such field named, and nothing is written.
   */
  async restore(editor: Caller, id: string, input: { version?: unknown; note?: unknown }, ifMatch: string | undefined): Promise<EditorialDocument> {
    requireScope(editor, 'content:write')
    const { version, note: why } = parseInput(restoreInput, input)
    const doc = await this.editorial.get(editor, id)
    const body = await this.versionBody(doc.id, version)
    try {
      return await this.editorial.restore(editor, doc.id, body, ifMatch, why)
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error
      throw new AppError(
        'VALIDATION_FAILED',
        `Version ${version} of "${doc.id}" does not meet its type's current declaration (\`errors\` names each field): ` +
          "replace the draft with that version's content and these fields set.",
        error.errors,
      )
    }
  }

  /**
   * Publishes a new release (source rollback) with the mapping of an earlier one, through the publisher;
   * every instance serves it at once. Drafts are left as they are.
   */
  async rollback(editor: Caller, id: unknown, input: { note?: unknown }): Promise<Rollback> {
    requireScope(editor, 'content:publish')
    const { id: releaseId, note: why } = parseInput(rollbackInput, { ...input, id })
    return this.publisher.publish({ run: (publish) => publish.rollBack(editor, releaseId, why) })
  }

  private async body(doc: EditorialDocument, side: DiffSide | null): Promise<Record<string, unknown>> {
    if (side === null) return {}
    if (side !== 'draft') return this.versionBody(doc.id, side)
    // An archive draft removes the document; it has no body to compare.
    if (doc.draft?.kind !== 'edit' || !doc.draft.content) throw new AppError('DRAFT_NOT_FOUND', `"${doc.id}" has no draft with a body.`)
    return doc.draft.content
  }

  private async versionBody(id: string, version: number): Promise<Record<string, unknown>> {
    const [row] = await this.db
      .select({ body: documentVersions.body })
      .from(documentVersions)
      .where(and(eq(documentVersions.documentId, id), eq(documentVersions.version, version), eq(documentVersions.preview, false)))
    if (!row) throw new AppError('DOCUMENT_VERSION_NOT_FOUND', `No published version ${version} of "${id}".`)
    return row.body as Record<string, unknown>
  }

  private async versions(id: string, after: Position | undefined, limit: number): Promise<Positioned[]> {
    const at = microseconds(documentVersions.createdAt)
    const rows = await this.db
      .select({
        version: documentVersions.version,
        createdAt: documentVersions.createdAt,
        at: sql<string>`${at}::text`,
        releaseId: min(releaseItems.releaseId),
      })
      .from(documentVersions)
      .innerJoin(releaseItems, releaseItemVersion)
      .innerJoin(releases, and(eq(releases.id, releaseItems.releaseId), ne(releases.source, 'preview')))
      .where(and(eq(documentVersions.documentId, id), eq(documentVersions.preview, false), olderThan(at, documentVersions.version, VERSION_RANK, after)))
      .groupBy(documentVersions.documentId, documentVersions.version)
      .orderBy(desc(at), desc(documentVersions.version))
      .limit(limit)
    const publishes = await this.publishes(rows.map((row) => row.releaseId!))
    return rows.map((row) => {
      const release = publishes.get(row.releaseId!)!
      return {
        position: { t: row.at, k: VERSION_RANK, n: row.version },
        entry: { entry: 'version' as const, version: row.version, createdAt: row.createdAt.toISOString(), releaseId: row.releaseId!, ...release },
      }
    })
  }

  /** Source, note and author (from the audit log; none for imports) of the releases that first published versions. */
  private async publishes(releaseIds: number[]) {
    if (releaseIds.length === 0) return new Map<number, { source: PublishedSource; note: string; author: string | null }>()
    const [rows, audits] = await Promise.all([
      this.db.select({ id: releases.id, source: releases.source, note: releases.note }).from(releases).where(inArray(releases.id, releaseIds)),
      this.db
        .select({ target: auditLog.target, author: auditLog.keyName })
        .from(auditLog)
        .where(
          and(
            inArray(
              auditLog.target,
              releaseIds.map((id) => `release:${id}`),
            ),
            like(auditLog.action, 'release.%'),
          ),
        )
        .orderBy(asc(auditLog.id)),
    ])
    const authors = new Map<string, string>()
    for (const audit of audits) if (!authors.has(audit.target)) authors.set(audit.target, audit.author)
    return new Map(rows.map((row) => [row.id, { source: row.source as PublishedSource, note: row.note, author: authors.get(`release:${row.id}`) ?? null }]))
  }

  private async revisions(id: string, after: Position | undefined, limit: number): Promise<Positioned[]> {
    const at = microseconds(draftRevisions.createdAt)
    const rows = await this.db
      .select({
        id: draftRevisions.id,
        revision: draftRevisions.revision,
        action: draftRevisions.action,
        state: draftRevisions.state,
        kind: draftRevisions.kind,
        author: draftRevisions.authorName,
        note: draftRevisions.note,
        createdAt: draftRevisions.createdAt,
        at: sql<string>`${at}::text`,
      })
      .from(draftRevisions)
      .where(and(eq(draftRevisions.documentId, id), olderThan(at, draftRevisions.id, REVISION_RANK, after)))
      .orderBy(desc(at), desc(draftRevisions.id))
      .limit(limit)
    return rows.map(({ id: rowId, at: t, createdAt, ...row }) => ({
      position: { t, k: REVISION_RANK, n: rowId },
      entry: { entry: 'revision' as const, ...row, createdAt: createdAt.toISOString() },
    }))
  }
}

interface Positioned {
  position: Position
  entry: HistoryEntry
}

/** A timestamp to the microsecond (JavaScript dates stop at the millisecond, too coarse for a cursor). */
function microseconds(column: AnyColumn): SQL<string> {
  return sql<string>`(extract(epoch from ${column}) * 1000000)::bigint`
}

/** Entries of one kind (`rank`) that come after the cursor, newest first. */
function olderThan(at: SQL, number: AnyColumn, rank: number, after: Position | undefined): SQL | undefined {
  if (!after) return undefined
  const t = sql`${after.t}::bigint`
  if (rank < after.k) return sql`${at} <= ${t}`
  if (rank > after.k) return sql`${at} < ${t}`
  return sql`(${at} < ${t} or (${at} = ${t} and ${number} < ${after.n}))`
}

function compare(a: Position, b: Position): number {
  const at = BigInt(a.t) - BigInt(b.t)
  if (at !== 0n) return at < 0n ? -1 : 1
  return a.k - b.k || a.n - b.n
}

/** The top-level fields that differ between two bodies, in the order the bodies list them. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return fields.flatMap((field): FieldChange[] => {
    if (!Object.hasOwn(before, field)) return [{ field, change: 'added', after: after[field] }]
    if (!Object.hasOwn(after, field)) return [{ field, change: 'removed', before: before[field] }]
    return isDeepStrictEqual(before[field], after[field]) ? [] : [{ field, change: 'changed', before: before[field], after: after[field] }]
  })
}

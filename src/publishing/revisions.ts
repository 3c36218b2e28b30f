import type { Tx } from '../db/executor.js'
import type { Caller } from '../caller/caller.js'
import { appendAudit } from '../audit/writer.js'
import { inArray, max } from 'drizzle-orm'
import { draftRevisions } from '../db/schema.js'
import { chunks } from './versions.js'

export type Revision = {
  documentId: string
  revision: number
  action: string
  state: string | null
  kind: string | null
  body: unknown
  note: string | null | undefined
}

/** Appends draft revisions, without audit rows (an import or a release names them in one row of its own). */
export async function appendRevisions(tx: Tx, editor: Caller, revisions: Revision | Revision[]) {
  for (const batch of chunks([revisions].flat())) await insertRevisions(tx, editor, batch)
}

/** Appends draft revisions and an audit row for each: a few statements however many revisions there are. */
export async function appendRevisionsWithAudit(tx: Tx, editor: Caller, revisions: Revision | Revision[], detail: Record<string, unknown> = {}) {
  for (const batch of chunks([revisions].flat())) {
    await insertRevisions(tx, editor, batch)
    await appendAudit(
      tx,
      editor,
      ...batch.map((revision) => ({
        action: `draft.${revision.action}`,
        target: revision.documentId,
        detail: { revision: revision.revision, state: revision.state, note: revision.note ?? null, ...detail },
      })),
    )
  }
}

async function insertRevisions(tx: Tx, editor: Caller, batch: Revision[]) {
  await tx
    .insert(draftRevisions)
    .values(batch.map((revision) => ({ ...revision, note: revision.note ?? null, authorKeyId: editor.keyId, authorName: editor.name })))
}

/** The last revision number of each document's draft history (absent: none yet). */
export async function lastRevisions(tx: Tx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const rows = await tx
    .select({ documentId: draftRevisions.documentId, revision: max(draftRevisions.revision) })
    .from(draftRevisions)
    .where(inArray(draftRevisions.documentId, ids))
    .groupBy(draftRevisions.documentId)
  return new Map(rows.map((row) => [row.documentId, row.revision ?? 0]))
}

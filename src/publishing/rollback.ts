import type { Tx } from '../db/executor.js'
import type { Caller } from '../caller/caller.js'
import { appendAudit } from '../audit/writer.js'
import { AppError } from '../errors.js'
import { findRelease, mappingChanges, releaseMapping } from '../releases/repository.js'
import { publishMapping } from './release-writer.js'
import { storedReview } from './review.js'

export interface Rollback {
  releaseId: number
  restoredFrom: number
  added: string[]
  changed: string[]
  removed: string[]
}

/**
 * Publishes a new release (source rollback) with the mapping of an earlier one, in the publisher's
 * transaction, with its review (the same content). Drafts are left as they are. The earlier release kept the content rules when it was
 * published, so they are not checked again.
 */
export async function rollBack(tx: Tx, editor: Caller, releaseId: number, note: string): Promise<Rollback> {
  const restored = await findRelease(tx, releaseId)
  if (!restored) throw new AppError('RELEASE_NOT_FOUND', `Release ${releaseId} does not exist.`)
  const mapping = new Map((await releaseMapping(tx, releaseId, null)).map((item) => [item.documentId, item.version]))
  // The same versions, so the same review: the restored release's record, as it was written.
  const published = await publishMapping(tx, { note, source: 'rollback', review: storedReview(restored) }, () => mapping)
  if (!published) throw new AppError('NOTHING_TO_PUBLISH', `Release ${releaseId} publishes what the current release does.`)
  const rollback = { releaseId: published.release.id, restoredFrom: releaseId, ...sorted(mappingChanges(published.previous, mapping, (version) => version)) }
  await appendAudit(tx, editor, { action: 'release.rollback', target: `release:${rollback.releaseId}`, detail: { note, ...rollback } })
  return rollback
}

function sorted(changes: { added: string[]; changed: string[]; removed: string[] }) {
  return { added: changes.added.sort(), changed: changes.changed.sort(), removed: changes.removed.sort() }
}

import type { AppDatabase } from '../db/database.js'
import { auditLog } from '../db/schema.js'
import { auditAuthor, type Actor } from '../caller/caller.js'

interface AuditEntry {
  action: string
  target: string
  detail: Record<string, unknown>
}

/**
 * Appends rows to the audit log, in the caller's transaction: they exist exactly if the change does.
 * The one writer of audit rows (tests/architecture holds every other file to it).
 */
export async function appendAudit(tx: Pick<AppDatabase, 'insert'>, actor: Actor, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return
  await tx.insert(auditLog).values(entries.map((entry) => ({ ...auditAuthor(actor), ...entry })))
}

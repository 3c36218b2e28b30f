import { createHash } from 'node:crypto'
import type { ContentPolicy } from '../keys/schemas.js'

/**
 * What a request reads: one immutable release, the current one or one the caller pinned, or the
 * preview of the drafts over the current one. Locales will be a further field of the snapshot.
 */
export interface Snapshot {
  readonly releaseId: number
  /** The caller named the release (or a cursor did): the answer never changes. */
  readonly pinned: boolean
  /** The drafts laid over the current release (`release=draft`): never cached, never shared. */
  readonly preview?: boolean
}

/** Who reads: the content policy that bounds everything served, and the key that carries it. */
export interface Reader {
  /** null only for keys without a policy: every reader states its policy, none defaults to it. */
  readonly policy: ContentPolicy | null
  /** Equal for equal policies, different otherwise: the part of a cache key that separates callers. */
  readonly policyKey: string
  readonly keyId: string | null
}

/** One per request, built once: every service read takes it first. */
export interface ReadContext extends Reader {
  readonly snapshot: Snapshot
}

const UNRESTRICTED = 'all'

/** A stable fingerprint of a policy: key order does not matter, every value does. */
export function policyFingerprint(policy: ContentPolicy | null): string {
  if (policy === null) return UNRESTRICTED
  const canonical = JSON.stringify(
    Object.entries(policy)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]): [string, unknown] => [name, Array.isArray(value) ? [...value].sort() : value])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22)
}

const readers = new WeakMap<object, Reader>()

/** The reader of an authenticated principal, computed once per principal object. */
export function readerOf(principal: { keyId: string | null; policy: ContentPolicy | null }): Reader {
  let reader = readers.get(principal)
  if (!reader) {
    reader = { policy: principal.policy, policyKey: policyFingerprint(principal.policy), keyId: principal.keyId }
    readers.set(principal, reader)
  }
  return reader
}

export function readContext(reader: Reader, snapshot: Snapshot): ReadContext {
  return { policy: reader.policy, policyKey: reader.policyKey, keyId: reader.keyId, snapshot }
}

import { AppError } from '../errors.js'

export const scopes = ['content:read', 'content:preview', 'content:write', 'content:publish', 'keys:admin', 'webhooks:admin', 'metrics:read'] as const
export type Scope = (typeof scopes)[number]

/** Who is calling an admin use case: the key (or the development caller) and the request, for the revisions and the audit log. */
export interface Caller {
  keyId: string | null
  name: string
  scopes: ReadonlySet<Scope>
  requestId?: string | undefined
}

/** Who made a change: an API key (id and name), or a named tool (no key id); and the request, if any. */
export type Actor = Pick<Caller, 'keyId' | 'name' | 'requestId'>

/**
 * Refuses a caller that has none of these scopes, in the same words wherever a scope is checked: the
 * route's, a service's (so REST and GraphQL agree), or a parameter's (`release=draft`).
 */
export function assertScope(caller: { keyId: string | null; scopes: ReadonlySet<Scope> }, anyOf: readonly Scope[], what = 'This'): void {
  if (anyOf.some((scope) => caller.scopes.has(scope))) return
  const named = anyOf.map((scope) => `"${scope}"`).join(' or ')
  if (caller.keyId === null) {
    // The development caller sent no key: say how to get one that has the scope.
    throw new AppError(
      'FORBIDDEN',
      `${what} needs the ${named} scope. Calls without an API key do not have it: send a key that does, as ` +
        `Authorization: Bearer msb_..., made with npm run keys -- create --name me --scopes ${anyOf[0]}.`,
    )
  }
  throw new AppError('FORBIDDEN', `${what} needs the ${named} scope. This API key does not have it; ask for a key with that scope.`)
}

export function requireScope(caller: Caller, ...anyOf: Scope[]) {
  assertScope(caller, anyOf)
}

/** The author columns of an audit row. */
export function auditAuthor(actor: Actor) {
  return { keyId: actor.keyId, keyName: actor.name, requestId: actor.requestId ?? null }
}

/** Whether an If-Match value names this ETag, or `*` (a weak `W/` tag compares by its opaque part). */
export function ifMatchHolds(ifMatch: string, etag: string): boolean {
  const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  return tags.includes(etag) || tags.includes('*')
}

/** What a conditional write is about: how the messages name it, its current ETag, and where a caller reads it. */
export interface Conditional {
  label: string
  etag: string
  readAt: string
}

/**
 * The one If-Match check of every conditional write (documents, schedules, webhooks): 428 naming the ETag to
 * send and where it comes from when the header is missing (unless `required` is false), 412 when it is stale.
 */
export function checkIfMatch(target: Conditional, ifMatch: string | undefined, { required = true } = {}): void {
  if (ifMatch === undefined) {
    if (required) throw ifMatchRequired(target)
    return
  }
  if (!ifMatchHolds(ifMatch, target.etag)) throw changedSinceRead(target)
}

export function ifMatchRequired(target: Conditional): AppError {
  return new AppError('PRECONDITION_REQUIRED', `Send If-Match: ${target.etag} (the ETag of GET ${target.readAt}).`)
}

/**
 * 412 for a write whose If-Match no longer holds. The ETag is left out when the change was seen only by the
 * conditional update itself (another writer got there between the read and the write).
 */
export function changedSinceRead(target: Pick<Conditional, 'label'> & { etag?: string | undefined }): AppError {
  const now = target.etag ? ` (now ${target.etag})` : ''
  return new AppError('PRECONDITION_FAILED', `${target.label} changed since you read it${now}; read it again and reapply your change.`)
}
